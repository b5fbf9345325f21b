#pragma once

#include "apierror.h"

#include "core/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace sd::protocol {

// POST /api/v1/session: the login request {login, password} and the answer
// {token, user: UserJson, expires_at}.
class SessionJson final
{
public:
    struct LoginRequest
    {
        QString login;    // trimmed
        QString password; // as typed: spaces may be part of it

        friend bool operator==(const LoginRequest &, const LoginRequest &) = default;
    };

    struct Session
    {
        QString token; // the bearer token; the server keeps only its hash
        core::User user;
        QDateTime expiresAt;
    };

    static QJsonObject loginToJson(const LoginRequest &login);
    static std::optional<LoginRequest> loginFromJson(const QJsonObject &json, ApiError *error);

    static QJsonObject toJson(const Session &session);
    static std::optional<Session> fromJson(const QJsonObject &json, ApiError *error);
};

} // namespace sd::protocol
