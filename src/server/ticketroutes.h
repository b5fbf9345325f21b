#pragma once

#include "apiresponse.h"
#include "core/ticket.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// GET/POST /api/v1/tickets, GET/PATCH /api/v1/tickets/{id}.
class TicketRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(TicketRoutes)

public:
    static void add(Router &router);

    static ApiResponse list(RequestContext &ctx);
    // {count, capped}: what list would page through, counted up to 10,000 (the view shows
    // "10,000+" beyond).
    static ApiResponse count(RequestContext &ctx);
    static ApiResponse create(RequestContext &ctx);
    static ApiResponse read(RequestContext &ctx);
    static ApiResponse patch(RequestContext &ctx);

    // Loads {id} and checks the user may see it; 404 (not 403) otherwise, so ids of other
    // organisations' tickets cannot be probed.
    static std::optional<ApiResponse> load(RequestContext &ctx, qint64 id, core::Ticket *out);
    // The ticket JSON for the user, or the storage error as a response.
    static ApiResponse present(RequestContext &ctx, const core::Ticket &ticket, int status);
};

} // namespace sd::server
