#include "sessionroutes.h"

#include "authenticator.h"
#include "loginthrottle.h"
#include "passwordhasher.h"
#include "protocol/sessionjson.h"
#include "protocol/userjson.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

namespace sd::server {

namespace {

// Verifying against a fixed hash when the login is unknown makes both answers take the same
// time, so response times do not reveal which logins exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy password"));
    return hash;
}

} // namespace

void SessionRoutes::add(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/session"), Router::Access::Public, signIn);
    router.add("GET", QStringLiteral("/api/v1/session"), Router::Access::Authenticated, whoAmI);
    router.add("DELETE", QStringLiteral("/api/v1/session"), Router::Access::Authenticated, signOut);
}

ApiResponse SessionRoutes::signIn(RequestContext &ctx)
{
    ApiResponse refused;
    const auto login = RequestBody::parse(ctx, protocol::SessionJson::loginFromJson, &refused);
    if (!login)
        return refused;

    const QString address = ctx.request.peer.toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const int wait = ctx.services.throttle->retryAfter(login->login, address, now); wait > 0)
        return ApiResponse::error(
                   429, QStringLiteral("too_many_attempts"),
                   tr("Too many failed sign-ins; try again in %n second(s).", nullptr, wait))
            .withHeader("Retry-After", QByteArray::number(wait));

    storage::UserRepository users(ctx.db);
    auto credentials = users.credentials(login->login);
    if (!credentials && credentials.error().kind != storage::StorageError::Kind::NotFound)
        return ApiResponse::storageError(credentials.error());
    const bool known = credentials.ok() && credentials->user.active;
    const bool verified =
        PasswordHasher::verify(known ? credentials->passwordHash : decoyHash(), login->password);
    if (!known || !verified) {
        ctx.services.throttle->recordFailure(login->login, address, now);
        return Authenticator::unauthorized(tr("The login or the password is wrong."));
    }
    ctx.services.throttle->recordSuccess(login->login);
    const core::User &user = credentials->user;
    if (PasswordHasher::needsRehash(credentials->passwordHash))
        (void)users.setPasswordHash(user.id, PasswordHasher::hash(login->password));

    const QString token = Authenticator::newToken();
    const QDateTime expires =
        now.addSecs(qint64(ctx.services.settings.sessionLifetimeHours) * 3600);
    auto session = storage::SessionRepository(ctx.db).create(Authenticator::hashToken(token),
                                                             user.id, expires);
    if (!session)
        return ApiResponse::storageError(session.error());
    const protocol::SessionJson::Session reply{token, user, expires};
    ApiResponse response = ApiResponse::json(protocol::SessionJson::toJson(reply));
    response.userId = user.id;
    return response;
}

ApiResponse SessionRoutes::whoAmI(RequestContext &ctx)
{
    return ApiResponse::json(protocol::UserJson::toJson(*ctx.user));
}

ApiResponse SessionRoutes::signOut(RequestContext &ctx)
{
    if (auto revoked = storage::SessionRepository(ctx.db).revoke(ctx.tokenHash); !revoked)
        return ApiResponse::storageError(revoked.error());
    return ApiResponse::noContent();
}

} // namespace sd::server
