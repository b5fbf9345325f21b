#pragma once

#include <QString>

namespace sd::bench {

// Builds the year of history (ReportHistory) in one database and times the SLA report for
// that year through the route's handler (ReportRoutes::sla in-process: parameters, every
// query, the JSON body), as a supervisor. Prints reports.dataset.<label>_s once the data set
// is written and reports.sla.<label>_ms, the median of `runs` reports.
class ReportsBench final
{
public:
    struct Options
    {
        int tickets = 1000000;
        int runs = 5;
    };

    ReportsBench(QString databaseUrl, Options options);

    bool run(const QString &label);

private:
    QString m_url;
    Options m_options;
};

} // namespace sd::bench
