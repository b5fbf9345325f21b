#pragma once

#include "apierror.h"
#include "ticketref.h"

#include <QJsonObject>
#include <optional>

namespace sd::protocol {

// The body of POST /api/v1/tickets/{id}/merge: {into: id or number}. The ticket of the route
// is the duplicate; `into` is the ticket that goes on (seed 003).
struct MergeRequest
{
    TicketRef into;

    static std::optional<MergeRequest> fromJson(const QJsonObject &json, ApiError *error);
    QJsonObject toJson() const;

    friend bool operator==(const MergeRequest &, const MergeRequest &) = default;
};

} // namespace sd::protocol
