#pragma once

#include "apiresponse.h"
#include "core/ticket.h"
#include "protocol/messagecreaterequest.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// POST /api/v1/tickets/{id}/messages: public replies, internal notes, customer messages and
// phone-call logs. HTML is sanitized here, before anything is stored; a staff reply records
// the first response; a customer's message resumes a ticket waiting for them or reopens a
// recently resolved one (core::TicketWorkflow decides).
class MessageRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(MessageRoutes)

public:
    static void add(Router &router);
    static ApiResponse post(RequestContext &ctx);

private:
    static std::optional<ApiResponse> check(RequestContext &ctx, const core::Ticket &ticket,
                                            const protocol::MessageCreateRequest &request);
    static std::optional<ApiResponse> applyEffects(RequestContext &ctx, const core::Ticket &ticket,
                                                   core::MessageKind kind);
};

} // namespace sd::server
