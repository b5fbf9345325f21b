#include "sessionrepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

SessionRepository::SessionRepository(Database &db) : m_db(db) {}

Result<SessionRecord> SessionRepository::create(const QString &tokenHash, qint64 userId,
                                                const QDateTime &expiresAt)
{
    SessionRecord session{0,  tokenHash, userId, QDateTime::currentDateTimeUtc(), expiresAt.toUTC(),
                          {}, false};
    Statement insert(m_db, QStringLiteral("INSERT INTO sessions (token_hash, user_id, "
                                          "created_at, expires_at) VALUES (?, ?, ?, ?) "
                                          "RETURNING id"));
    insert.bind(tokenHash).bind(userId).bindTime(session.createdAt).bindTime(expiresAt);
    if (!insert.exec())
        return insert.error();
    session.id = insert.next() ? insert.id(0) : 0;
    return session;
}

Result<std::optional<SessionRecord>> SessionRepository::findValid(const QString &tokenHash,
                                                                  const QDateTime &now)
{
    Statement select(m_db, QStringLiteral("SELECT id, user_id, created_at, expires_at, "
                                          "last_seen_at FROM sessions WHERE token_hash = ? "
                                          "AND revoked = FALSE AND expires_at > ?"));
    if (!select.bind(tokenHash).bindTime(now).exec())
        return select.error();
    if (!select.next())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(SessionRecord{select.id(0), tokenHash, select.id(1),
                                                      select.time(2), select.time(3),
                                                      select.time(4), false});
}

Result<void> SessionRepository::touch(qint64 sessionId, const QDateTime &at)
{
    Statement update(m_db, QStringLiteral("UPDATE sessions SET last_seen_at = ? WHERE id = ?"));
    if (!update.bindTime(at).bind(sessionId).exec())
        return update.error();
    return {};
}

Result<void> SessionRepository::revoke(const QString &tokenHash)
{
    Statement update(m_db, QStringLiteral("UPDATE sessions SET revoked = TRUE "
                                          "WHERE token_hash = ?"));
    if (!update.bind(tokenHash).exec())
        return update.error();
    if (update.rowsAffected() == 0)
        return StorageError{StorageError::Kind::NotFound, tr("The session does not exist.")};
    return {};
}

Result<int> SessionRepository::revokeAllFor(qint64 userId)
{
    Statement update(m_db, QStringLiteral("UPDATE sessions SET revoked = TRUE "
                                          "WHERE user_id = ? AND revoked = FALSE"));
    if (!update.bind(userId).exec())
        return update.error();
    return update.rowsAffected();
}

Result<int> SessionRepository::purgeExpired(const QDateTime &now)
{
    Statement purge(m_db, QStringLiteral("DELETE FROM sessions WHERE expires_at <= ? "
                                         "OR revoked = TRUE"));
    if (!purge.bindTime(now).exec())
        return purge.error();
    return purge.rowsAffected();
}

} // namespace sd::storage
