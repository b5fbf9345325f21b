#pragma once

#include "storage/slareport.h"

#include <QJsonObject>

namespace sd::server {

// The body of GET /api/v1/reports/sla (snake_case, like every wire shape). `items` is the
// original contract: one row per queue, agent or category as `group` asks; the dashboard's
// figures are beside it. Durations are whole minutes; percentiles, rates and averages are
// null when there is nothing to measure. First responses also come as a distribution:
// first_response_minutes.business.distribution (and .calendar) lists every band,
// [{from_minutes, to_minutes (null for the last), tickets}].
class SlaReportJson final
{
public:
    SlaReportJson() = delete;

    static QJsonObject write(const storage::SlaReport &report,
                             const storage::SlaReportScope &scope);
    static QString groupName(storage::SlaReportScope::Group group);

private:
    static QJsonObject scopeJson(const storage::SlaReportScope &scope);
    static QJsonArray rows(const QList<storage::SlaReportRow> &rows,
                           storage::SlaReportScope::Group group);
    static QJsonArray rows(const QList<storage::SlaReportRow> &rows, const QString &key);
    // Percentiles; with `distribution` (first responses) also its bands beside them.
    static QJsonObject durations(const storage::SlaDurations &durations,
                                 const storage::SlaDistribution *distribution = nullptr);
    static QJsonObject outcomes(const storage::SlaReport &report);
    static QJsonArray days(const storage::SlaReport &report);
    static QJsonArray agents(const storage::SlaReport &report);
};

} // namespace sd::server
