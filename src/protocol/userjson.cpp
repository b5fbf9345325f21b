#include "userjson.h"

#include "jsonbody.h"
#include "wirevalue.h"

namespace sd::protocol {

QJsonObject UserJson::toJson(const core::User &u)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("login"), u.login},
        {QStringLiteral("role"), core::toString(u.role)},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("organisation_id"), WireValue::id(u.organisationId)},
        {QStringLiteral("locale"), u.locale},
        {QStringLiteral("queue_ids"), WireValue::ids(u.queueIds)},
        {QStringLiteral("active"), u.active},
    };
}

std::optional<core::User> UserJson::fromJson(const QJsonObject &json, ApiError *error)
{
    using P = JsonBody::Presence;
    constexpr qsizetype U = JsonBody::Unlimited;
    core::User u;
    if (!JsonBody::readId(json, QStringLiteral("id"), P::Required, &u.id, error) ||
        !JsonBody::readString(json, QStringLiteral("login"), P::Required, U, &u.login, error) ||
        !JsonBody::readEnum(json, QStringLiteral("role"), P::Required, &u.role, error) ||
        !JsonBody::readString(json, QStringLiteral("name"), P::Nullable, U, &u.name, error) ||
        !JsonBody::readString(json, QStringLiteral("email"), P::Nullable, U, &u.email, error) ||
        !JsonBody::readId(json, QStringLiteral("organisation_id"), P::Nullable, &u.organisationId,
                          error) ||
        !JsonBody::readString(json, QStringLiteral("locale"), P::Optional, U, &u.locale, error) ||
        !JsonBody::readIdList(json, QStringLiteral("queue_ids"), P::Nullable, U, &u.queueIds,
                              error) ||
        !JsonBody::readBool(json, QStringLiteral("active"), P::Optional, &u.active, error))
        return std::nullopt;
    return u;
}

} // namespace sd::protocol
