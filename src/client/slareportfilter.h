#pragma once

#include <QDate>
#include <QString>

namespace sd::client {

// What the supervisor's dashboard asks the SLA report for: whole days from `from` to `to`
// (both included, in the supervisor's time zone) and optional filters (0 or empty: all).
struct SlaReportFilter
{
    QDate from;
    QDate to;
    qint64 queueId = 0;
    qint64 agentId = 0;
    qint64 organisationId = 0;
    QString supportLevel;

    bool operator==(const SlaReportFilter &) const = default;
};

} // namespace sd::client
