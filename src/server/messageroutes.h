#pragma once

#include "apiresponse.h"
#include "core/message.h"
#include "core/ticket.h"
#include "protocol/messagecreaterequest.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sd::storage {
class Transaction;
}

namespace sd::server {

class RequestContext;
class Router;

// POST /api/v1/tickets/{id}/messages: public replies, internal notes, customer messages and
// phone-call logs. HTML is sanitized here, before anything is stored; a staff reply records
// the first response; a customer's message resumes a ticket waiting for them or reopens a
// recently resolved one (core::TicketWorkflow decides); on a closed or long-resolved ticket it
// starts a linked follow-up ticket instead (FollowUpTicket), named in the answer's
// `follow_up` and its Location header.
class MessageRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(MessageRoutes)

public:
    static void add(Router &router);
    static ApiResponse post(RequestContext &ctx);

private:
    static std::optional<ApiResponse> check(RequestContext &ctx, const core::Ticket &ticket,
                                            const protocol::MessageCreateRequest &request);
    // The message's effect on the ticket: `after` is the ticket afterwards, `announced` tells
    // whether that wrote the ticket (and so announced it in the change feed).
    static std::optional<ApiResponse> applyEffects(RequestContext &ctx, const core::Ticket &ticket,
                                                   core::MessageKind kind, core::Ticket *after,
                                                   bool *announced);
    // Public messages move the SLA targets (first and next response, a resumed clock).
    static std::optional<ApiResponse> updateSla(RequestContext &ctx, const core::Ticket &ticket,
                                                core::MessageKind kind, bool announced);
    static ApiResponse postFollowUp(RequestContext &ctx, storage::Transaction &tx,
                                    const core::Ticket &previous, const core::Message &message);
    static QJsonObject messageJson(RequestContext &ctx, const core::Message &message);
};

} // namespace sd::server
