#pragma once

#include "apiresponse.h"
#include "storage/result.h"
#include "storage/slareport.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/reports/sla?from=&to=&group=queue|agent|category[&queue=&agent=&organisation=
// &support_level=]: the supervisors' SLA report, computed by storage::ReportRepository and
// written by SlaReportJson. Supervisors and administrators only: it spans every queue and
// organisation.
//
// from and to: a date (midnight UTC) or an ISO-8601 instant with its offset; the last 30 days
// by default. The filters name a queue, an agent (staff) or an organisation by id, or a
// support level some contract or SLA policy uses. A bad value is refused with 400 naming the
// field. Days of the backlog trend are the installation's time zone's (the ticket-number
// zone).
class ReportRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(ReportRoutes)

public:
    // Bounds the days of the trend: enough for three-year comparisons.
    static constexpr int MaxDays = 3 * 366;

    static void add(Router &router);
    static ApiResponse sla(RequestContext &ctx);

private:
    static std::optional<ApiResponse> parsePeriod(RequestContext &ctx,
                                                  storage::SlaReportScope *scope);
    static std::optional<ApiResponse> parseGroup(RequestContext &ctx,
                                                 storage::SlaReportScope *scope);
    static std::optional<ApiResponse> parseFilters(RequestContext &ctx,
                                                   storage::SlaReportScope *scope);
    // Reads the id parameter `name` into *id (left alone when absent); refuses a value that
    // is no positive number or that isValid rejects.
    static std::optional<ApiResponse>
    parseId(RequestContext &ctx, const QString &name, qint64 *id,
            const std::function<storage::Result<bool>(qint64)> &isValid, const QString &refusal);
    static ApiResponse refuse(const QString &field, const QString &message);
};

} // namespace sd::server
