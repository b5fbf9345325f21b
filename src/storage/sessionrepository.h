#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sd::storage {

class Database;

// A signed-in session. Only a hash of the bearer token is stored, so a copy of the database
// does not hand out working tokens.
struct SessionRecord
{
    qint64 id = 0;
    QString tokenHash;
    qint64 userId = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastSeenAt;
    bool revoked = false;
};

class SessionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
    Q_DISABLE_COPY_MOVE(SessionRepository)

public:
    explicit SessionRepository(Database &db);

    Result<SessionRecord> create(const QString &tokenHash, qint64 userId,
                                 const QDateTime &expiresAt);
    // The session if it exists, is not revoked and has not expired at `now`; nullopt otherwise.
    Result<std::optional<SessionRecord>> findValid(const QString &tokenHash, const QDateTime &now);
    Result<void> touch(qint64 sessionId, const QDateTime &at);
    Result<void> revoke(const QString &tokenHash);
    // Signs a user out everywhere (password change, deactivation); returns how many.
    Result<int> revokeAllFor(qint64 userId);
    Result<int> purgeExpired(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace sd::storage
