#pragma once

#include "apierror.h"
#include "ticketview.h"

#include "core/ticket.h"

#include <QJsonObject>
#include <optional>

namespace sd::protocol {

// The ticket read shape (DESIGN.md "Wire shapes"), written by the server and read back by the
// client into its replica:
//   {id, number, subject, description, status, resolution|null, priority, category, channel,
//    queue: {id, name}|null, assignee: {id, name}|null, requester: {id|null, name, email},
//    organisation: {id, name}|null, contract_id|null, product, product_version, os, steps,
//    affected_users, project_code, tags, custom_fields, created_at, updated_at,
//    first_response_at, first_response_due, resolution_due, resolved_at, version,
//    merged_into|null, links: [TicketLinkJson], sla: {...}}
// Customers get no tags, no custom_fields and an assignee without id: who works their request
// is theirs to know, how the team files it is not.
class TicketJson final
{
public:
    static QJsonObject toJson(const core::Ticket &ticket, const TicketView &view);

    // The names, SLA and links go to *view when it is not null; view->staff tells whether the
    // agent-only fields were there. Unknown fields are ignored: a newer server may add some.
    static std::optional<core::Ticket> fromJson(const QJsonObject &json, TicketView *view,
                                                ApiError *error);
};

} // namespace sd::protocol
