#pragma once

#include "apierror.h"
#include "ticketref.h"

#include "core/ticketlink.h"

#include <QJsonObject>
#include <optional>

namespace sd::protocol {

// The body that links the ticket of the route to another: {to: id or number, kind}, kind
// spelt as core::TicketLinkKind ("parent_of", "related_to", "duplicate_of"), read as
// "this ticket <kind> `to`". A child is linked from its parent, so there is no "child_of".
struct LinkRequest
{
    TicketRef to;
    core::TicketLinkKind kind = core::TicketLinkKind::RelatedTo;

    static std::optional<LinkRequest> fromJson(const QJsonObject &json, ApiError *error);
    QJsonObject toJson() const;

    friend bool operator==(const LinkRequest &, const LinkRequest &) = default;
};

} // namespace sd::protocol
