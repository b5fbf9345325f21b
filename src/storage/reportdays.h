#pragma once

#include "result.h"
#include "slareport.h"
#include "sqlfragment.h"

#include <QHash>

namespace sd::storage {

class Database;

// The SLA report's daily series over the calendar days (in the scope's zone) that the period
// touches: tickets created and resolved each day and the backlog open at each day's end, and
// the SLA targets breached each day.
//
// The backlog is the number open when the first day began plus running sums of the per-day
// created and resolved counts; a ticket counts as open from created_at until resolved_at (the
// last resolution: a reopened ticket looks open from creation until it was resolved again).
// Merged duplicates are left out, as in the per-status counts.
class ReportDays final
{
    Q_DISABLE_COPY_MOVE(ReportDays)

public:
    ReportDays(Database &db, const SlaReportScope &scope);

    Result<void> fill(SlaReport &report);

private:
    Result<int> openAt(const QDateTime &at);
    Result<void> createdAndResolved(QHash<QDate, SlaReportDay> &days);
    Result<void> breaches(QHash<QDate, SlaReportDay> &days);
    SqlFragment localDay(const QString &column) const;

    Database &m_db;
    const SlaReportScope &m_scope;
    QDateTime m_start; // the first day's start
    QDateTime m_end;   // the last day's end
};

} // namespace sd::storage
