#include "sessionjson.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "userjson.h"
#include "wirevalue.h"

namespace sd::protocol {

namespace {
using P = JsonBody::Presence;
} // namespace

QJsonObject SessionJson::loginToJson(const LoginRequest &login)
{
    return QJsonObject{{QStringLiteral("login"), login.login},
                       {QStringLiteral("password"), login.password}};
}

std::optional<SessionJson::LoginRequest> SessionJson::loginFromJson(const QJsonObject &json,
                                                                    ApiError *error)
{
    LoginRequest r;
    if (!JsonBody::rejectUnknownFields(json, {QStringLiteral("login"), QStringLiteral("password")},
                                       error) ||
        !JsonBody::readString(json, QStringLiteral("login"), P::Required, FieldLimits::LoginLength,
                              &r.login, error) ||
        !JsonBody::readText(json, QStringLiteral("password"), P::Required,
                            FieldLimits::PasswordLength, &r.password, error))
        return std::nullopt;
    return r;
}

QJsonObject SessionJson::toJson(const Session &session)
{
    return QJsonObject{
        {QStringLiteral("token"), session.token},
        {QStringLiteral("user"), UserJson::toJson(session.user)},
        {QStringLiteral("expires_at"), WireValue::dateTime(session.expiresAt)},
    };
}

std::optional<SessionJson::Session> SessionJson::fromJson(const QJsonObject &json, ApiError *error)
{
    Session s;
    QJsonObject user;
    if (!JsonBody::readString(json, QStringLiteral("token"), P::Required, JsonBody::Unlimited,
                              &s.token, error) ||
        !JsonBody::readObject(json, QStringLiteral("user"), P::Required, &user, error) ||
        !JsonBody::readDateTime(json, QStringLiteral("expires_at"), P::Nullable, &s.expiresAt,
                                error))
        return std::nullopt;
    const auto parsed = UserJson::fromJson(user, error);
    if (!parsed) {
        JsonBody::nestField(QStringLiteral("user"), error);
        return std::nullopt;
    }
    s.user = *parsed;
    return s;
}

} // namespace sd::protocol
