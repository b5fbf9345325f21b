#pragma once

#include "apiresponse.h"
#include "core/ticket.h"
#include "protocol/ticketpatch.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;

// PATCH /api/v1/tickets/{id}: field changes under optimistic concurrency. Status and
// resolution go through the core transition table; a stale If-Match answers 409 with the
// current ticket so the client can merge field by field.
class TicketUpdating final
{
    Q_DECLARE_TR_FUNCTIONS(TicketUpdating)

public:
    explicit TicketUpdating(RequestContext &ctx) : m_ctx(ctx) {}
    ApiResponse apply(const core::Ticket &current, const protocol::TicketPatch &patch,
                      int expectedVersion);

private:
    std::optional<ApiResponse> checkWorkflow(const core::Ticket &current, core::Ticket &next,
                                             const protocol::TicketPatch &patch);
    std::optional<ApiResponse> checkReferences(const protocol::TicketPatch &patch);
    ApiResponse conflict(const core::Ticket &stored);

    RequestContext &m_ctx;
};

} // namespace sd::server
