#include "ticketlinkjson.h"

#include "jsonbody.h"
#include "wirevalue.h"

namespace sd::protocol {

QJsonObject TicketLinkJson::toJson(const core::TicketLink &link)
{
    return QJsonObject{
        {QStringLiteral("id"), WireValue::id(link.id)},
        {QStringLiteral("from_ticket_id"), link.fromTicketId},
        {QStringLiteral("to_ticket_id"), link.toTicketId},
        {QStringLiteral("kind"), core::toString(link.kind)},
        {QStringLiteral("created_by"), WireValue::id(link.createdBy)},
        {QStringLiteral("created_at"), WireValue::dateTime(link.createdAt)},
    };
}

std::optional<core::TicketLink> TicketLinkJson::fromJson(const QJsonObject &json, ApiError *error)
{
    using P = JsonBody::Presence;
    core::TicketLink link;
    if (!JsonBody::readId(json, QStringLiteral("id"), P::Nullable, &link.id, error) ||
        !JsonBody::readId(json, QStringLiteral("from_ticket_id"), P::Required, &link.fromTicketId,
                          error) ||
        !JsonBody::readId(json, QStringLiteral("to_ticket_id"), P::Required, &link.toTicketId,
                          error) ||
        !JsonBody::readEnum(json, QStringLiteral("kind"), P::Required, &link.kind, error) ||
        !JsonBody::readId(json, QStringLiteral("created_by"), P::Nullable, &link.createdBy,
                          error) ||
        !JsonBody::readDateTime(json, QStringLiteral("created_at"), P::Nullable, &link.createdAt,
                                error))
        return std::nullopt;
    return link;
}

} // namespace sd::protocol
