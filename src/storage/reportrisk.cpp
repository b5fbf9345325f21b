#include "reportrisk.h"

#include "reportsql.h"
#include "statement.h"

namespace sd::storage {

namespace {

// A running target at risk or breached has passed its warning time, so running targets are
// found by warn_at (the SLA engine's partial index) and marked breaches by
// sla_targets_report_overdue_idx; a scan over all targets for the two states cost more.
const QString Risk = QStringLiteral(R"(
WITH candidates AS (
    SELECT s.ticket_id, s.target,
           CASE WHEN s.due_at <= ? THEN 1 ELSE 0 END AS breached_now,
           CASE WHEN s.due_at > ? THEN 1 ELSE 0 END AS at_risk
    FROM sla_targets s WHERE s.state = 'running' AND s.warn_at <= ?
    UNION ALL
    SELECT s.ticket_id, s.target, 1, 0 FROM sla_targets s WHERE s.state = 'breached'),
open_targets AS (
    SELECT c.* FROM candidates c JOIN tickets t ON t.id = c.ticket_id
    WHERE t.status IN %1%2)
SELECT target, CAST(SUM(breached_now) AS BIGINT), CAST(SUM(at_risk) AS BIGINT)
FROM open_targets GROUP BY target
UNION ALL
SELECT '', COUNT(DISTINCT CASE WHEN breached_now = 1 THEN ticket_id END),
       COUNT(DISTINCT CASE WHEN at_risk = 1 THEN ticket_id END)
FROM open_targets)");

void add(SlaTargetCounts &counts, const QString &target, int value)
{
    if (target.isEmpty())
        counts.tickets = value;
    else if (target == u"first_response")
        counts.firstResponse = value;
    else if (target == u"next_response")
        counts.nextResponse = value;
    else if (target == u"resolution")
        counts.resolution = value;
}

} // namespace

ReportRisk::ReportRisk(Database &db, const SlaReportScope &scope) : m_db(db), m_scope(scope) {}

Result<void> ReportRisk::fill(SlaReport &report)
{
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    const QVariant now = ReportSql::time(m_scope.now);
    const SqlFragment query{Risk.arg(ReportSql::activeStatuses(), filter.sql),
                            QVariantList{now, now, now} + filter.values};
    return ReportSql::forEachRow(m_db, query, [&report](const Statement &row) {
        const QString target = row.text(0);
        add(report.breachedNow, target, int(row.id(1)));
        add(report.atRiskNow, target, int(row.id(2)));
    });
}

} // namespace sd::storage
