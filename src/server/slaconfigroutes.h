#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// Business calendars and SLA policies: staff read them (agents see why a deadline is where
// it is); only admins change them. Customers get 403 everywhere.
//   GET/POST /api/v1/calendars, GET/PUT/DELETE /api/v1/calendars/{id}
//   GET/POST /api/v1/sla-policies, GET/PATCH/DELETE /api/v1/sla-policies/{id}
// A calendar is {id, name, definition, updated_at}, its definition the calendar file's JSON
// (DESIGN.md "Calendar file"); a body may leave out `name` to use the definition's.
class SlaConfigRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SlaConfigRoutes)

public:
    static void add(Router &router);

    static ApiResponse listCalendars(RequestContext &ctx);
    static ApiResponse getCalendar(RequestContext &ctx);
    static ApiResponse createCalendar(RequestContext &ctx);
    static ApiResponse replaceCalendar(RequestContext &ctx);
    static ApiResponse removeCalendar(RequestContext &ctx);

    static ApiResponse listPolicies(RequestContext &ctx);
    static ApiResponse getPolicy(RequestContext &ctx);
    static ApiResponse createPolicy(RequestContext &ctx);
    static ApiResponse updatePolicy(RequestContext &ctx);
    static ApiResponse removePolicy(RequestContext &ctx);
};

} // namespace sd::server
