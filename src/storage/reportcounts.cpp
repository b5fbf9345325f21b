#include "reportcounts.h"

#include "core/category.h"
#include "core/resolution.h"
#include "core/ticketstatus.h"
#include "reportsql.h"
#include "statement.h"

#include <algorithm>

namespace sd::storage {

namespace {

// One scan groups the period's tickets by all four dimensions at once; the (small) cube is
// materialised and rolled up per dimension. Breached: the event came after its due time, or
// has not come and the due time has passed at `now` (no due time: not breached). The SLA
// engine keeps the tickets' due columns equal to its targets.
const QString CreatedRollup = QStringLiteral(R"(
WITH cube AS MATERIALIZED (
    SELECT t.status, t.queue_id, t.assignee_id, t.category, COUNT(*) AS n,
           SUM(CASE WHEN t.status IN %1 THEN 1 ELSE 0 END) AS done,
           SUM(CASE WHEN COALESCE(t.first_response_at, ?) > t.first_response_due
                    THEN 1 ELSE 0 END) AS fr_breached,
           SUM(CASE WHEN COALESCE(t.resolved_at, ?) > t.resolution_due
                    THEN 1 ELSE 0 END) AS res_breached
    FROM tickets t
    WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL%2
    GROUP BY t.status, t.queue_id, t.assignee_id, t.category)
SELECT 'status', c.status, '', %3 FROM cube c GROUP BY c.status
UNION ALL
SELECT 'queue', CAST(c.queue_id AS TEXT), MIN(q.name), %3
FROM cube c LEFT JOIN queues q ON q.id = c.queue_id GROUP BY c.queue_id
UNION ALL
SELECT 'agent', CAST(c.assignee_id AS TEXT), MIN(u.name), %3
FROM cube c LEFT JOIN users u ON u.id = c.assignee_id GROUP BY c.assignee_id
UNION ALL
SELECT 'category', c.category, '', %3 FROM cube c GROUP BY c.category
UNION ALL
SELECT 'total', '', '', %3 FROM cube c)");

const QString RollupSums =
    QStringLiteral("CAST(COALESCE(SUM(c.n), 0) AS BIGINT), CAST(COALESCE(SUM(c.done), 0) AS "
                   "BIGINT), CAST(COALESCE(SUM(c.fr_breached), 0) AS BIGINT), "
                   "CAST(COALESCE(SUM(c.res_breached), 0) AS BIGINT)");

// Open tickets assigned now and tickets resolved in the period, per agent.
const QString AgentLoad = QStringLiteral(R"(
SELECT x.agent, u.name, x.open_assigned, x.resolved
FROM (SELECT agent, CAST(SUM(open_assigned) AS BIGINT) AS open_assigned,
             CAST(SUM(resolved) AS BIGINT) AS resolved
      FROM (SELECT t.assignee_id AS agent, COUNT(*) AS open_assigned, 0 AS resolved
            FROM tickets t WHERE t.assignee_id IS NOT NULL AND t.status IN %1%3
            GROUP BY t.assignee_id
            UNION ALL
            SELECT t.assignee_id, 0, COUNT(*)
            FROM tickets t WHERE t.assignee_id IS NOT NULL AND t.status IN %2
                AND t.resolved_at >= ? AND t.resolved_at < ?%3
            GROUP BY t.assignee_id) AS parts
      GROUP BY agent) AS x
JOIN users u ON u.id = x.agent)");

SlaReportRow rollupRow(const Statement &row)
{
    SlaReportRow out;
    out.key = row.text(1);
    out.name = row.text(2);
    out.tickets = int(row.id(3));
    out.done = int(row.id(4));
    out.firstResponseBreached = int(row.id(5));
    out.resolutionBreached = int(row.id(6));
    return out;
}

// Every value of an enum in declaration order, zeros included, so charts keep their axes.
template <typename Enum> QList<SlaReportRow> everyValue(const QList<SlaReportRow> &found)
{
    QList<SlaReportRow> rows;
    for (const QString &name : core::allNames<Enum>()) {
        const auto match = std::find_if(found.cbegin(), found.cend(),
                                        [&name](const SlaReportRow &r) { return r.key == name; });
        SlaReportRow row = match != found.cend() ? *match : SlaReportRow{};
        row.key = name;
        rows.append(row);
    }
    return rows;
}

// Busiest first; "none" (no queue, unassigned) last among equals; then by id.
void sortByTickets(QList<SlaReportRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const SlaReportRow &a, const SlaReportRow &b) {
        if (a.tickets != b.tickets)
            return a.tickets > b.tickets;
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return a.key.toLongLong() < b.key.toLongLong();
    });
}

} // namespace

ReportCounts::ReportCounts(Database &db, const SlaReportScope &scope) : m_db(db), m_scope(scope) {}

Result<void> ReportCounts::fill(SlaReport &report)
{
    if (const Result<void> done = created(report); !done)
        return done;
    if (const Result<void> done = resolutions(report); !done)
        return done;
    return agents(report);
}

Result<void> ReportCounts::created(SlaReport &report)
{
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    SqlFragment query{CreatedRollup.arg(ReportSql::doneStatuses(), filter.sql, RollupSums),
                      {ReportSql::time(m_scope.now), ReportSql::time(m_scope.now)}};
    query.values += ReportSql::range(m_scope.from, m_scope.to) + filter.values;
    QList<SlaReportRow> statuses;
    QList<SlaReportRow> categories;
    const Result<void> read = ReportSql::forEachRow(m_db, query, [&](const Statement &row) {
        const QString dimension = row.text(0);
        const SlaReportRow counted = rollupRow(row);
        if (dimension == u"status")
            statuses.append(counted);
        else if (dimension == u"queue")
            report.byQueue.append(counted);
        else if (dimension == u"agent")
            report.byAgent.append(counted);
        else if (dimension == u"category")
            categories.append(counted);
        else
            report.totals = counted;
    });
    if (!read)
        return read;
    report.byStatus = everyValue<core::TicketStatus>(statuses);
    report.byCategory = everyValue<core::Category>(categories);
    sortByTickets(report.byQueue);
    sortByTickets(report.byAgent);
    return {};
}

Result<void> ReportCounts::resolutions(SlaReport &report)
{
    // Merged duplicates count here: merging is how a duplicate gets its resolution.
    SqlFragment query{QStringLiteral("SELECT t.resolution, COUNT(*) FROM tickets t "
                                     "WHERE t.resolved_at >= ? AND t.resolved_at < ? "
                                     "AND t.status IN ") +
                          ReportSql::doneStatuses(),
                      ReportSql::range(m_scope.from, m_scope.to)};
    ReportSql::append(query, ReportSql::ticketFilter(m_scope, QStringLiteral("t")));
    ReportSql::append(query, QStringLiteral(" GROUP BY t.resolution"));
    QHash<QString, int> counts;
    const Result<void> read = ReportSql::forEachRow(
        m_db, query, [&](const Statement &row) { counts.insert(row.text(0), int(row.id(1))); });
    if (!read)
        return read;
    for (const QString &name : core::allNames<core::Resolution>()) {
        if (name != core::toString(core::Resolution::None))
            report.resolutions.append({name, counts.value(name)});
    }
    return {};
}

Result<void> ReportCounts::agents(SlaReport &report)
{
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    SqlFragment query{
        AgentLoad.arg(ReportSql::activeStatuses(), ReportSql::doneStatuses(), filter.sql),
        filter.values};
    query.values += ReportSql::range(m_scope.from, m_scope.to) + filter.values;
    const Result<void> read = ReportSql::forEachRow(m_db, query, [&](const Statement &row) {
        report.agents.append({row.id(0), row.text(1), int(row.id(2)), int(row.id(3))});
    });
    if (!read)
        return read;
    std::sort(report.agents.begin(), report.agents.end(),
              [](const SlaAgentLoad &a, const SlaAgentLoad &b) {
                  if (a.openAssigned != b.openAssigned)
                      return a.openAssigned > b.openAssigned;
                  if (a.resolved != b.resolved)
                      return a.resolved > b.resolved;
                  return a.agentId < b.agentId;
              });
    return {};
}

} // namespace sd::storage
