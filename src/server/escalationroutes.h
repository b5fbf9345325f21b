#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// Escalation rules of the SLA scheduler (see EscalationJson for the shape): staff read them,
// admins change them; every change is audited and announced on the change feed.
//   GET/POST /api/v1/escalation-rules, GET/PATCH/DELETE /api/v1/escalation-rules/{id}
class EscalationRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(EscalationRoutes)

public:
    static void add(Router &router);

    static ApiResponse list(RequestContext &ctx);
    static ApiResponse get(RequestContext &ctx);
    static ApiResponse create(RequestContext &ctx);
    static ApiResponse update(RequestContext &ctx);
    static ApiResponse remove(RequestContext &ctx);
};

} // namespace sd::server
