#pragma once

#include "apiresponse.h"
#include "core/ticket.h"
#include "protocol/ticketcreaterequest.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;

// POST /api/v1/tickets: idempotent intake. The request is validated with the regulations'
// intake rules (field-level errors), the requester and organisation are resolved, the ticket
// gets its number and its first message (the description, with the attachments) in one
// transaction together with the idempotency record, and the answer suggests tickets of the
// same requester that look like the same problem.
class TicketCreation final
{
    Q_DECLARE_TR_FUNCTIONS(TicketCreation)

public:
    explicit TicketCreation(RequestContext &ctx) : m_ctx(ctx) {}
    ApiResponse run();

private:
    std::optional<ApiResponse> resolveRequester(core::Ticket &ticket, bool *firstContact);
    std::optional<ApiResponse> validate(const core::Ticket &ticket, bool firstContact);
    ApiResponse store(core::Ticket ticket);
    QJsonArray possibleDuplicates(const core::Ticket &ticket);

    RequestContext &m_ctx;
    protocol::TicketCreateRequest m_request;
};

} // namespace sd::server
