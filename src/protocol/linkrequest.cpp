#include "linkrequest.h"

#include "jsonbody.h"

namespace sd::protocol {

std::optional<LinkRequest> LinkRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    LinkRequest r;
    if (!JsonBody::rejectUnknownFields(json, {QStringLiteral("to"), QStringLiteral("kind")},
                                       error) ||
        !TicketRef::read(json, QStringLiteral("to"), &r.to, error) ||
        !JsonBody::readEnum(json, QStringLiteral("kind"), JsonBody::Presence::Required, &r.kind,
                            error))
        return std::nullopt;
    return r;
}

QJsonObject LinkRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("to"), to.toJson()},
                       {QStringLiteral("kind"), core::toString(kind)}};
}

} // namespace sd::protocol
