#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// POST/GET /api/v1/tickets/{id}/rating: after resolution the customer rates the work 1..5
// with a comment (seed 000); rating again replaces the score. Staff read it.
class RatingRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(RatingRoutes)

public:
    static void add(Router &router);
    static ApiResponse rate(RequestContext &ctx);
    static ApiResponse read(RequestContext &ctx);
};

} // namespace sd::server
