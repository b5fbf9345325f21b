#pragma once

#include "apiresponse.h"
#include "core/ticket.h"
#include "protocol/ticketref.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// Staff actions between tickets: split a message off, merge a duplicate into the original (its
// messages move, it is closed as a duplicate pointing at the survivor) and links (parent/child,
// related, duplicate-of).
class TicketActionRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(TicketActionRoutes)

public:
    static void add(Router &router);
    static ApiResponse merge(RequestContext &ctx);
    // One problem per ticket (seeds 000, 003): a message that raises a second problem
    // becomes the first message of a new ticket of the same requester, linked to this one.
    // Messages are append-only, so the original keeps its copy.
    static ApiResponse split(RequestContext &ctx);
    static ApiResponse links(RequestContext &ctx);
    static ApiResponse link(RequestContext &ctx);
    static ApiResponse unlink(RequestContext &ctx);

private:
    // Resolves an id or number to a ticket the user may edit.
    static std::optional<ApiResponse> resolve(RequestContext &ctx, const protocol::TicketRef &ref,
                                              const QString &field, core::Ticket *out);
};

} // namespace sd::server
