#include "userrepository.h"

#include "changefeedrepository.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QHash>

#include <algorithm>

namespace sd::storage {

UserRepository::UserRepository(Database &db) : m_db(db) {}

StorageError UserRepository::notFound(const QString &who) const
{
    return {StorageError::Kind::NotFound, tr("User %1 does not exist.").arg(who)};
}

Result<core::User> UserRepository::create(const core::User &input, const QString &passwordHash)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement insert(m_db, QStringLiteral("INSERT INTO users (login, login_key, name, email, "
                                          "role, organisation_id, locale, password_hash, "
                                          "active, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(input.login).bind(input.login.toCaseFolded()).bind(input.name);
    insert.bind(input.email).bind(core::toString(input.role)).bindId(input.organisationId);
    insert.bind(input.locale).bind(passwordHash).bind(input.active).bindTime(now).bindTime(now);
    if (!insert.exec()) {
        if (insert.error().kind != StorageError::Kind::Duplicate)
            return insert.error();
        return StorageError{StorageError::Kind::Duplicate,
                            tr("The login %1 is already taken.").arg(input.login)};
    }
    core::User user = input;
    user.id = insert.next() ? insert.id(0) : 0;
    if (const Result<void> queues = writeQueues(user.id, user.queueIds); !queues)
        return queues.error();
    if (const Result<void> fed = feed(user, true); !fed)
        return fed.error();
    Result<core::User> stored = get(user.id);
    if (!stored)
        return stored;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<core::User> UserRepository::get(qint64 id)
{
    const Result<QList<UserCredentials>> found = select(QStringLiteral("u.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QString::number(id));
    return found->constFirst().user;
}

Result<QString> UserRepository::displayName(qint64 id)
{
    Statement select(m_db, QStringLiteral("SELECT name, login FROM users WHERE id = ?"));
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next())
        return notFound(QString::number(id));
    return select.text(0).isEmpty() ? select.text(1) : select.text(0);
}

Result<core::User> UserRepository::findByLogin(const QString &login)
{
    const Result<UserCredentials> found = credentials(login);
    if (!found)
        return found.error();
    return found->user;
}

Result<UserCredentials> UserRepository::credentials(const QString &login)
{
    const Result<QList<UserCredentials>> found =
        select(QStringLiteral("u.login_key = ?"), {login.toCaseFolded()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(login);
    return found->constFirst();
}

Result<QList<core::User>> UserRepository::list(bool includeInactive)
{
    const Result<QList<UserCredentials>> found =
        select(includeInactive ? QStringLiteral("1 = 1") : QStringLiteral("u.active = TRUE"), {});
    if (!found)
        return found.error();
    QList<core::User> users;
    for (const UserCredentials &entry : found.value())
        users.append(entry.user);
    return users;
}

Result<core::User> UserRepository::update(const core::User &user)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement write(m_db, QStringLiteral("UPDATE users SET login = ?, login_key = ?, name = ?, "
                                         "email = ?, role = ?, organisation_id = ?, locale = ?, "
                                         "active = ?, updated_at = ? WHERE id = ?"));
    write.bind(user.login).bind(user.login.toCaseFolded()).bind(user.name).bind(user.email);
    write.bind(core::toString(user.role)).bindId(user.organisationId).bind(user.locale);
    write.bind(user.active).bindTime(QDateTime::currentDateTimeUtc()).bind(user.id);
    if (!write.exec()) {
        if (write.error().kind != StorageError::Kind::Duplicate)
            return write.error();
        return StorageError{StorageError::Kind::Duplicate,
                            tr("The login %1 is already taken.").arg(user.login)};
    }
    if (write.rowsAffected() == 0)
        return notFound(QString::number(user.id));
    if (const Result<void> queues = writeQueues(user.id, user.queueIds); !queues)
        return queues.error();
    if (const Result<void> fed = feed(user, false); !fed)
        return fed.error();
    Result<core::User> stored = get(user.id);
    if (!stored)
        return stored;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> UserRepository::setPasswordHash(qint64 userId, const QString &passwordHash)
{
    Statement write(m_db, QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? "
                                         "WHERE id = ?"));
    write.bind(passwordHash).bindTime(QDateTime::currentDateTimeUtc()).bind(userId);
    if (!write.exec())
        return write.error();
    if (write.rowsAffected() == 0)
        return notFound(QString::number(userId));
    return {};
}

Result<void> UserRepository::writeQueues(qint64 userId, const QList<qint64> &queueIds)
{
    Statement clear(m_db, QStringLiteral("DELETE FROM user_queues WHERE user_id = ?"));
    if (!clear.bind(userId).exec())
        return clear.error();
    for (const qint64 queueId : queueIds) {
        Statement insert(m_db, QStringLiteral("INSERT INTO user_queues (user_id, queue_id) "
                                              "VALUES (?, ?) ON CONFLICT DO NOTHING"));
        if (!insert.bind(userId).bind(queueId).exec())
            return insert.error();
    }
    return {};
}

Result<void> UserRepository::feed(const core::User &user, bool created)
{
    return ChangeFeedRepository(m_db).append(
        EntityType::User, user.id, created ? ChangeOperation::Create : ChangeOperation::Update,
        user.organisationId);
}

Result<std::optional<SessionUser>> UserRepository::forSession(const QString &tokenHash,
                                                              const QDateTime &now)
{
    const QString queueList = m_db.backend() == Backend::PostgreSql
                                  ? QStringLiteral("string_agg(CAST(uq.queue_id AS TEXT), ',')")
                                  : QStringLiteral("group_concat(uq.queue_id, ',')");
    Statement row(m_db, u"SELECT u.id, u.login, u.name, u.email, u.role, u.organisation_id, "
                        u"u.locale, u.active, s.id, s.last_seen_at, (SELECT " +
                            queueList +
                            u" FROM user_queues uq WHERE uq.user_id = u.id) FROM sessions s "
                            u"JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? "
                            u"AND s.revoked = FALSE AND s.expires_at > ?");
    if (!row.bind(tokenHash).bindTime(now).exec())
        return row.error();
    if (!row.next())
        return std::optional<SessionUser>();
    SessionUser found;
    found.user = readUser(row);
    found.sessionId = row.id(8);
    found.lastSeenAt = row.time(9);
    for (const QString &id : row.text(10).split(u',', Qt::SkipEmptyParts))
        found.user.queueIds.append(id.toLongLong());
    std::sort(found.user.queueIds.begin(), found.user.queueIds.end());
    return std::optional<SessionUser>(found);
}

core::User UserRepository::readUser(const Statement &row)
{
    core::User u;
    u.id = row.id(0);
    u.login = row.text(1);
    u.name = row.text(2);
    u.email = row.text(3);
    u.role = core::fromString<core::UserRole>(row.text(4)).value_or(core::UserRole::Customer);
    u.organisationId = row.id(5);
    u.locale = row.text(6);
    u.active = row.flag(7);
    return u;
}

Result<QList<UserCredentials>> UserRepository::select(const QString &where,
                                                      const QVariantList &values)
{
    Statement rows(m_db, u"SELECT u.id, u.login, u.name, u.email, u.role, u.organisation_id, "
                         u"u.locale, u.active, u.password_hash FROM users u WHERE " +
                             where + u" ORDER BY u.login_key");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<UserCredentials> out;
    QHash<qint64, qsizetype> index;
    while (rows.next()) {
        const core::User u = readUser(rows);
        index.insert(u.id, out.size());
        out.append({u, rows.text(8)});
    }
    Statement queues(m_db, u"SELECT uq.user_id, uq.queue_id FROM user_queues uq JOIN users u "
                           u"ON u.id = uq.user_id WHERE " +
                               where + u" ORDER BY uq.user_id, uq.queue_id");
    for (const QVariant &value : values)
        queues.bind(value);
    if (!queues.exec())
        return queues.error();
    while (queues.next())
        out[index.value(queues.id(0))].user.queueIds.append(queues.id(1));
    return out;
}

} // namespace sd::storage
