#pragma once

#include "apiresponse.h"

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/canned-responses: the prepared answers an agent may insert into a reply, the
// shared ones and their own, by title. Staff only: customers never see them.
class CannedResponseRoutes final
{
public:
    static void add(Router &router);
    static ApiResponse list(RequestContext &ctx);
};

} // namespace sd::server
