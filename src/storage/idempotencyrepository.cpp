#include "idempotencyrepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

IdempotencyRepository::IdempotencyRepository(Database &db) : m_db(db) {}

Result<std::optional<IdempotencyRecord>> IdempotencyRepository::find(qint64 userId,
                                                                     const QString &key)
{
    Statement select(m_db, QStringLiteral("SELECT request_hash, entity_type, entity_id, "
                                          "response_status, response_body, created_at FROM "
                                          "idempotency_keys WHERE user_id = ? AND idem_key = ?"));
    if (!select.bind(userId).bind(key).exec())
        return select.error();
    if (!select.next())
        return std::optional<IdempotencyRecord>();
    return std::optional<IdempotencyRecord>(
        IdempotencyRecord{userId, key, select.text(0), select.text(1), select.id(2),
                          int(select.id(3)), select.text(4), select.time(5)});
}

Result<void> IdempotencyRepository::remember(const IdempotencyRecord &record)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, "
                                          "request_hash, entity_type, entity_id, "
                                          "response_status, response_body, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(record.userId).bind(record.key).bind(record.requestHash).bind(record.entityType);
    insert.bindId(record.entityId).bind(record.responseStatus).bind(record.responseBody);
    insert.bindTime(record.createdAt.isValid() ? record.createdAt
                                               : QDateTime::currentDateTimeUtc());
    if (insert.exec())
        return {};
    if (insert.error().kind != StorageError::Kind::Duplicate)
        return insert.error();
    return StorageError{StorageError::Kind::Duplicate,
                        tr("The idempotency key %1 was already used.").arg(record.key)};
}

Result<int> IdempotencyRepository::purgeOlderThan(const QDateTime &cutoff)
{
    Statement purge(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"));
    if (!purge.bindTime(cutoff).exec())
        return purge.error();
    return purge.rowsAffected();
}

} // namespace sd::storage
