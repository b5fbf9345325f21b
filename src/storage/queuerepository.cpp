#include "queuerepository.h"

#include "changefeedrepository.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

QueueRepository::QueueRepository(Database &db) : m_db(db) {}

Result<core::Queue> QueueRepository::create(const core::Queue &input)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement insert(m_db, QStringLiteral("INSERT INTO queues (name, description, created_at) "
                                          "VALUES (?, ?, ?) RETURNING id"));
    insert.bind(input.name.trimmed()).bind(input.description);
    if (!insert.bindTime(QDateTime::currentDateTimeUtc()).exec()) {
        if (insert.error().kind != StorageError::Kind::Duplicate)
            return insert.error();
        return StorageError{StorageError::Kind::Duplicate,
                            tr("A queue named %1 already exists.").arg(input.name)};
    }
    core::Queue queue = input;
    queue.name = input.name.trimmed();
    queue.id = insert.next() ? insert.id(0) : 0;
    if (const Result<void> fed =
            ChangeFeedRepository(m_db).append(EntityType::Queue, queue.id, ChangeOperation::Create);
        !fed)
        return fed.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return queue;
}

Result<core::Queue> QueueRepository::get(qint64 id)
{
    return single(QStringLiteral("id = ?"), id, QString::number(id));
}

Result<core::Queue> QueueRepository::findByName(const QString &name)
{
    return single(QStringLiteral("name = ?"), name.trimmed(), name);
}

Result<QList<core::Queue>> QueueRepository::list()
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<QList<qint64>> QueueRepository::members(qint64 queueId)
{
    Statement select(m_db, QStringLiteral("SELECT user_id FROM user_queues WHERE queue_id = ? "
                                          "ORDER BY user_id"));
    if (!select.bind(queueId).exec())
        return select.error();
    QList<qint64> out;
    while (select.next())
        out.append(select.id(0));
    return out;
}

Result<core::Queue> QueueRepository::single(const QString &where, const QVariant &value,
                                            const QString &who)
{
    const Result<QList<core::Queue>> found = select(where, {value});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StorageError{StorageError::Kind::NotFound, tr("Queue %1 does not exist.").arg(who)};
    }
    return found->constFirst();
}

Result<QList<core::Queue>> QueueRepository::select(const QString &where, const QVariantList &values)
{
    Statement rows(m_db,
                   u"SELECT id, name, description FROM queues WHERE " + where + u" ORDER BY name");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<core::Queue> out;
    while (rows.next())
        out.append({rows.id(0), rows.text(1), rows.text(2)});
    return out;
}

} // namespace sd::storage
