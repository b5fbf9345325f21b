#include "changefeedrepository.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

namespace {

constexpr int MaxPage = 1000;
constexpr qsizetype MaxRowsPerInsert = 16;

} // namespace

ChangeFeedRepository::ChangeFeedRepository(Database &db) : m_db(db) {}

Result<void> ChangeFeedRepository::append(EntityType type, qint64 entityId,
                                          ChangeOperation operation, qint64 organisationId,
                                          qint64 queueId, bool internal)
{
    if (!m_db.inTransaction()) {
        return StorageError{
            StorageError::Kind::Internal,
            tr("A change to %1 was recorded outside a transaction.").arg(m_db.displayName())};
    }
    ChangeItem item;
    item.entityType = type;
    item.entityId = entityId;
    item.operation = operation;
    item.organisationId = organisationId;
    item.queueId = queueId;
    item.internal = internal;
    m_db.queueChange(item);
    return {};
}

Result<void> ChangeFeedRepository::writeQueued(Database &db, const QList<ChangeItem> &items)
{
    // On PostgreSQL the NOTIFY rides on the counter statement: one round trip fewer while the
    // counter row is locked. It is delivered at COMMIT, or not at all on rollback.
    const bool postgres = db.backend() == Backend::PostgreSql;
    Statement counter(db, postgres ? QStringLiteral("UPDATE change_feed_counter SET seq = seq + "
                                                    "? WHERE id = 1 RETURNING seq, "
                                                    "pg_notify(?, seq::text)")
                                   : QStringLiteral("UPDATE change_feed_counter SET seq = seq + "
                                                    "? WHERE id = 1 RETURNING seq"));
    counter.bind(qint64(items.size()));
    if (postgres)
        counter.bind(QString(Database::ChangeChannel));
    if (!counter.exec())
        return counter.error();
    if (!counter.next()) {
        return StorageError{
            StorageError::Kind::SchemaMismatch,
            tr("The database %1 has no change feed counter.").arg(db.displayName())};
    }
    qint64 seq = counter.id(0) - items.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Multi-row INSERTs of up to MaxRowsPerInsert: a write is usually one round trip, and
    // at most that many statement texts are cached.
    for (qsizetype done = 0; done < items.size();) {
        const qsizetype rows = qMin<qsizetype>(MaxRowsPerInsert, items.size() - done);
        const QStringList values(rows, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"));
        Statement insert(db, u"INSERT INTO change_feed (seq, entity_type, entity_id, operation, "
                             u"organisation_id, queue_id, internal, created_at) VALUES " +
                                 values.join(u", "));
        for (qsizetype i = done; i < done + rows; ++i) {
            const ChangeItem &item = items.at(i);
            insert.bind(++seq).bind(core::toString(item.entityType)).bind(item.entityId);
            insert.bind(core::toString(item.operation)).bindId(item.organisationId);
            insert.bindId(item.queueId).bind(item.internal).bindTime(now);
        }
        if (!insert.exec())
            return insert.error();
        done += rows;
    }
    return {};
}

Result<ChangePage> ChangeFeedRepository::since(qint64 since, int limit, const ChangeFilter &filter)
{
    limit = qBound(1, limit, MaxPage);
    // One snapshot for the items and the counter, so lastSeq cannot run past an item the
    // page did not see.
    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx)
        return tx.error();
    Statement items(
        m_db, QStringLiteral("SELECT seq, entity_type, entity_id, operation, organisation_id, "
                             "queue_id, internal, created_at FROM change_feed WHERE seq > ? "
                             "AND (? = 0 OR organisation_id = ?) AND (? = FALSE OR "
                             "organisation_id IS NULL) AND (? OR internal = FALSE) "
                             "ORDER BY seq LIMIT ?"));
    items.bind(since).bind(filter.organisationId).bind(filter.organisationId);
    items.bind(filter.withoutOrganisation);
    if (!items.bind(filter.includeInternal).bind(limit).exec())
        return items.error();
    ChangePage page;
    while (items.next()) {
        ChangeItem item;
        item.seq = items.id(0);
        item.entityType = core::fromString<EntityType>(items.text(1)).value_or(EntityType::Ticket);
        item.entityId = items.id(2);
        item.operation =
            core::fromString<ChangeOperation>(items.text(3)).value_or(ChangeOperation::Update);
        item.organisationId = items.id(4);
        item.queueId = items.id(5);
        item.internal = items.flag(6);
        item.createdAt = items.time(7);
        page.items.append(item);
    }
    if (page.items.size() == limit) {
        page.lastSeq = page.items.constLast().seq;
    } else {
        const Result<qint64> latest = latestSeq();
        if (!latest)
            return latest.error();
        page.lastSeq = qMax(since, latest.value());
    }
    if (const Result<void> done = tx.commit(); !done)
        return done.error();
    return page;
}

Result<qint64> ChangeFeedRepository::latestSeq()
{
    Statement latest(m_db, QStringLiteral("SELECT seq FROM change_feed_counter WHERE id = 1"));
    if (!latest.exec())
        return latest.error();
    return latest.next() ? latest.id(0) : 0;
}

} // namespace sd::storage
