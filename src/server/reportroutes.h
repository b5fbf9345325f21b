#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/reports/sla?from=&to=&group=queue|agent|category: for supervisors (and
// admins), per group: tickets created in the period, how many are done, and how many broke
// their first-response and resolution targets (seed 003: reaction time by contract level).
class ReportRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRoutes)

public:
    static void add(Router &router);
    static ApiResponse sla(RequestContext &ctx);
};

} // namespace sd::server
