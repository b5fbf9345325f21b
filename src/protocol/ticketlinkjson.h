#pragma once

#include "apierror.h"

#include "core/ticketlink.h"

#include <QJsonObject>
#include <optional>

namespace sd::protocol {

// A link between two tickets on the wire: {id, from_ticket_id, to_ticket_id, kind, created_by,
// created_at}, `kind` spelt as core::TicketLinkKind ("parent_of", "related_to",
// "duplicate_of").
class TicketLinkJson final
{
public:
    static QJsonObject toJson(const core::TicketLink &link);
    static std::optional<core::TicketLink> fromJson(const QJsonObject &json, ApiError *error);
};

} // namespace sd::protocol
