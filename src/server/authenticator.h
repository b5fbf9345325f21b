#pragma once

#include "apiresponse.h"
#include "core/user.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::server {

class RequestContext;

// Bearer tokens: 256 random bits shown to the client once; only their SHA-256 is stored, so
// a copy of the database does not let anyone sign in.
class Authenticator final
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    static QString newToken();
    static QString hashToken(const QString &token);
    // The token of an "Authorization: Bearer <token>" header, empty for anything else.
    static QString bearerToken(const QByteArray &authorization);

    // Resolves the request's token into ctx.user / ctx.tokenHash, or returns the answer to
    // give instead (401 for a missing, unknown, expired or revoked token or a deactivated
    // user; 503 when the database cannot tell).
    static std::optional<ApiResponse> authenticate(RequestContext &ctx);

    static ApiResponse unauthorized(const QString &message);

    // The active user a token belongs to; nullopt for an unknown, expired or revoked token
    // or a deactivated user. Used by routes and by the WebSocket sign-in.
    static storage::Result<std::optional<core::User>> userForToken(storage::Database &db,
                                                                   const QString &token);

private:
    static storage::Result<std::optional<core::User>> userForTokenHash(storage::Database &db,
                                                                       const QString &tokenHash);
};

} // namespace sd::server
