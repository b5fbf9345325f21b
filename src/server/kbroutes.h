#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/kb?q=&limit=&typing=1: knowledge-base search with morphology; `typing`
// matches the last word as a prefix for suggestions while the customer writes (seeds 000,
// 002). Customers see published articles only.
class KbRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(KbRoutes)

public:
    static void add(Router &router);
    static ApiResponse search(RequestContext &ctx);
};

} // namespace sd::server
