#include "authenticator.h"

#include "requestcontext.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sd::server {

namespace {

// Touching last_seen_at on every request would turn every read into a write.
constexpr qint64 TouchIntervalSecs = 60;

} // namespace

QString Authenticator::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Authenticator::hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Authenticator::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

ApiResponse Authenticator::unauthorized(const QString &message)
{
    return ApiResponse::error(401, QStringLiteral("unauthorized"), message)
        .withHeader("WWW-Authenticate", "Bearer realm=\"supportdesk\"");
}

storage::Result<std::optional<core::User>> Authenticator::userForToken(storage::Database &db,
                                                                       const QString &token)
{
    return userForTokenHash(db, hashToken(token));
}

storage::Result<std::optional<core::User>> Authenticator::userForTokenHash(storage::Database &db,
                                                                           const QString &tokenHash)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto found = storage::UserRepository(db).forSession(tokenHash, now);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->user.active)
        return std::optional<core::User>();
    if (found.value()->lastSeenAt.secsTo(now) > TouchIntervalSecs) {
        // Best effort: a read stays a read.
        (void)storage::SessionRepository(db).touch(found.value()->sessionId, now);
    }
    return std::optional<core::User>(found.value()->user);
}

std::optional<ApiResponse> Authenticator::authenticate(RequestContext &ctx)
{
    const QString token = bearerToken(ctx.request.header("authorization"));
    if (token.isEmpty())
        return unauthorized(tr("Sign in first: this request needs an \"Authorization: Bearer "
                               "<token>\" header from POST /api/v1/session."));
    const QString tokenHash = hashToken(token);
    auto user = userForTokenHash(ctx.db, tokenHash);
    if (!user)
        return ApiResponse::storageError(user.error());
    if (!user.value())
        return unauthorized(tr("Your session has expired or was signed out, or the account was "
                               "disabled; sign in again."));
    ctx.user = *user.value();
    ctx.tokenHash = tokenHash;
    return std::nullopt;
}

} // namespace sd::server
