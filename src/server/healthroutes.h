#pragma once

#include "apiresponse.h"

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/health: no sign-in; whether the database answers, versions, and the
// installation's attachment limit. A monitor sees a broken database as 503, not only in the
// body.
class HealthRoutes final
{
public:
    static void add(Router &router);
    static ApiResponse health(RequestContext &ctx);
};

} // namespace sd::server
