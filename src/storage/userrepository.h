#pragma once

#include "core/user.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace sd::storage {

class Database;
class Statement;

struct UserCredentials
{
    core::User user;
    QString passwordHash; // as the server stored it (Argon2id encoded string)
};

// The user behind a valid session token.
struct SessionUser
{
    core::User user;
    qint64 sessionId = 0;
    QDateTime lastSeenAt;
};

// People who sign in. Logins are unique regardless of case; storage keeps the password hash
// the server computed and never looks inside it.
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
    Q_DISABLE_COPY_MOVE(UserRepository)

public:
    explicit UserRepository(Database &db);

    // Also stores user.queueIds. Duplicate when the login is taken.
    Result<core::User> create(const core::User &user, const QString &passwordHash);
    Result<core::User> get(qint64 id);
    // What lists show for a user: the name, else the login; without queues.
    Result<QString> displayName(qint64 id);
    Result<core::User> findByLogin(const QString &login);
    // For signing in: the user with the hash; NotFound for an unknown login.
    Result<UserCredentials> credentials(const QString &login);
    // The user of the unrevoked, unexpired session with this token hash, in one query (it
    // runs before every authenticated request); nullopt when there is none. Inactive users
    // are returned: the caller decides.
    Result<std::optional<SessionUser>> forSession(const QString &tokenHash, const QDateTime &now);
    // By login; inactive users only when asked.
    Result<QList<core::User>> list(bool includeInactive = false);
    // Writes login, name, email, role, organisation, locale, active flag and queues.
    Result<core::User> update(const core::User &user);
    Result<void> setPasswordHash(qint64 userId, const QString &passwordHash);

private:
    // Columns 0-7: id, login, name, email, role, organisation_id, locale, active.
    static core::User readUser(const Statement &row);
    Result<QList<UserCredentials>> select(const QString &where, const QVariantList &values);
    Result<void> writeQueues(qint64 userId, const QList<qint64> &queueIds);
    Result<void> feed(const core::User &user, bool created);
    StorageError notFound(const QString &who) const;

    Database &m_db;
};

} // namespace sd::storage
