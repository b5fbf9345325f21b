#include "calendarrepository.h"

#include "configchange.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

namespace {

using Kind = StorageError::Kind;

StorageError writeError(const StorageError &error, const QString &name)
{
    if (error.kind != Kind::Duplicate)
        return error;
    return {Kind::Duplicate,
            CalendarRepository::tr("A calendar named %1 already exists.").arg(name)};
}

StorageError notFound(qint64 id)
{
    return {Kind::NotFound, CalendarRepository::tr("Calendar %1 does not exist.").arg(id)};
}

std::optional<StorageError> refuseBlank(const QString &name)
{
    if (!name.trimmed().isEmpty())
        return std::nullopt;
    return StorageError{Kind::Invalid, CalendarRepository::tr("A calendar needs a name.")};
}

} // namespace

CalendarRepository::CalendarRepository(Database &db) : m_db(db) {}

Result<QList<StoredCalendar>> CalendarRepository::list()
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<StoredCalendar> CalendarRepository::get(qint64 id)
{
    Result<QList<StoredCalendar>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->takeFirst();
}

Result<StoredCalendar> CalendarRepository::findByName(const QString &name)
{
    Result<QList<StoredCalendar>> found = select(QStringLiteral("name = ?"), {name.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return StorageError{Kind::NotFound, tr("There is no calendar named \"%1\".").arg(name)};
    return found->takeFirst();
}

Result<StoredCalendar> CalendarRepository::create(const QString &name,
                                                  const core::BusinessCalendar &calendar,
                                                  qint64 actorId)
{
    if (const auto refused = refuseBlank(name))
        return *refused;
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    StoredCalendar stored{0, name.trimmed(), calendar, QDateTime::currentDateTimeUtc()};
    Statement insert(m_db, QStringLiteral("INSERT INTO calendars (name, definition, updated_at) "
                                          "VALUES (?, ?, ?) RETURNING id"));
    insert.bind(stored.name).bind(QString::fromUtf8(calendar.toJson()));
    if (!insert.bindTime(stored.updatedAt).exec())
        return writeError(insert.error(), stored.name);
    stored.id = insert.next() ? insert.id(0) : 0;
    if (const Result<void> recorded =
            ConfigChange::record(m_db, EntityType::Calendar, stored.id, ChangeOperation::Create,
                                 actorId, {}, stored.name);
        !recorded)
        return recorded.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<StoredCalendar> CalendarRepository::update(qint64 id, const QString &name,
                                                  const core::BusinessCalendar &calendar,
                                                  qint64 actorId)
{
    if (const auto refused = refuseBlank(name))
        return *refused;
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<QString> before = nameOf(id);
    if (!before)
        return before.error();
    StoredCalendar stored{id, name.trimmed(), calendar, QDateTime::currentDateTimeUtc()};
    Statement write(m_db, QStringLiteral("UPDATE calendars SET name = ?, definition = ?, "
                                         "updated_at = ? WHERE id = ?"));
    write.bind(stored.name).bind(QString::fromUtf8(calendar.toJson()));
    if (!write.bindTime(stored.updatedAt).bind(id).exec())
        return writeError(write.error(), stored.name);
    if (write.rowsAffected() == 0)
        return notFound(id);
    if (const Result<void> recorded =
            ConfigChange::record(m_db, EntityType::Calendar, id, ChangeOperation::Update, actorId,
                                 before.value(), stored.name);
        !recorded)
        return recorded.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> CalendarRepository::remove(qint64 id, qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<QString> before = nameOf(id);
    if (!before)
        return before.error();
    // Asked first so the admin learns why; the foreign key alone would only say "invalid".
    Statement users(m_db,
                    QStringLiteral("SELECT COUNT(*) FROM sla_policies WHERE calendar_id = ?"));
    if (!users.bind(id).exec())
        return users.error();
    if (const int count = users.next() ? int(users.id(0)) : 0; count > 0) {
        return StorageError{Kind::Conflict,
                            tr("Calendar %1 is used by %n SLA policies; give them another "
                               "calendar first.",
                               nullptr, count)
                                .arg(id)};
    }
    Statement remove(m_db, QStringLiteral("DELETE FROM calendars WHERE id = ?"));
    if (!remove.bind(id).exec())
        return remove.error();
    if (remove.rowsAffected() == 0)
        return notFound(id);
    if (const Result<void> recorded = ConfigChange::record(
            m_db, EntityType::Calendar, id, ChangeOperation::Delete, actorId, before.value(), {});
        !recorded)
        return recorded;
    return tx.commit();
}

Result<QString> CalendarRepository::nameOf(qint64 id)
{
    Statement select(m_db, QStringLiteral("SELECT name FROM calendars WHERE id = ?"));
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next())
        return notFound(id);
    return select.text(0);
}

Result<QList<StoredCalendar>> CalendarRepository::select(const QString &where,
                                                         const QVariantList &values)
{
    Statement rows(m_db, u"SELECT id, name, definition, updated_at FROM calendars WHERE " + where +
                             u" ORDER BY name");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<StoredCalendar> out;
    while (rows.next()) {
        QString problem;
        const auto calendar = core::BusinessCalendar::fromJson(rows.text(2).toUtf8(), &problem);
        if (!calendar) {
            return StorageError{Kind::Internal, tr("The stored definition of calendar %1 cannot "
                                                   "be read: %2")
                                                    .arg(rows.id(0))
                                                    .arg(problem)};
        }
        out.append({rows.id(0), rows.text(1), *calendar, rows.time(3)});
    }
    return out;
}

} // namespace sd::storage
