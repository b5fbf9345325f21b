#include "reportdays.h"

#include "database.h"
#include "reportsql.h"
#include "statement.h"

namespace sd::storage {

namespace {

// Open = created and not resolved. Split in two so each part can use an index: tickets
// open now, and tickets resolved after the instant.
const QString OpenAt = QStringLiteral(
    "SELECT (SELECT COUNT(*) FROM tickets t WHERE t.resolved_at IS NULL AND t.created_at < ? "
    "AND t.merged_into_id IS NULL%1) + (SELECT COUNT(*) FROM tickets t "
    "WHERE t.resolved_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL%1)");

// Grouped by position: the day expression carries bound values, so it cannot be repeated.
const QString Daily = QStringLiteral(
    "SELECT day, CAST(SUM(created) AS BIGINT), CAST(SUM(resolved) AS BIGINT) FROM ("
    "SELECT %1 AS day, COUNT(*) AS created, 0 AS resolved FROM tickets t "
    "WHERE t.created_at >= ? AND t.created_at < ? AND t.merged_into_id IS NULL%3 GROUP BY 1 "
    "UNION ALL SELECT %2, 0, COUNT(*) FROM tickets t "
    "WHERE t.resolved_at >= ? AND t.resolved_at < ? AND t.merged_into_id IS NULL%3 GROUP BY 1"
    ") AS daily GROUP BY day");

// A target breached when its due time passed unmet: marked so by the SLA engine (breached
// stays set when it is met late), or still running past due at `now`. Paused targets have no
// due time and are not counted.
const QString Breaches = QStringLiteral(
    "SELECT %1, COUNT(*) FROM sla_targets s%2 WHERE s.due_at >= ? AND s.due_at < ? "
    "AND s.due_at <= ? AND (s.breached OR s.state IN ('running', 'breached')) GROUP BY 1");

} // namespace

ReportDays::ReportDays(Database &db, const SlaReportScope &scope) : m_db(db), m_scope(scope) {}

Result<void> ReportDays::fill(SlaReport &report)
{
    const QDate first = m_scope.from.toTimeZone(m_scope.zone).date();
    const QDate last = m_scope.to.addMSecs(-1).toTimeZone(m_scope.zone).date();
    m_start = first.startOfDay(m_scope.zone).toUTC();
    m_end = last.addDays(1).startOfDay(m_scope.zone).toUTC();
    const Result<int> open = openAt(m_start);
    if (!open)
        return open.error();
    QHash<QDate, SlaReportDay> days;
    if (const Result<void> read = createdAndResolved(days); !read)
        return read;
    if (const Result<void> read = breaches(days); !read)
        return read;
    report.openAtStart = open.value();
    int running = open.value();
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        SlaReportDay day = days.value(date);
        day.date = date;
        running += day.created - day.resolved;
        day.open = running;
        report.days.append(day);
    }
    return {};
}

Result<int> ReportDays::openAt(const QDateTime &at)
{
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    SqlFragment query{OpenAt.arg(filter.sql), {ReportSql::time(at)}};
    query.values += filter.values;
    query.values += QVariantList{ReportSql::time(at), ReportSql::time(at)} + filter.values;
    int open = 0;
    const Result<void> read = ReportSql::forEachRow(
        m_db, query, [&open](const Statement &row) { open = int(row.id(0)); });
    if (!read)
        return read.error();
    return open;
}

Result<void> ReportDays::createdAndResolved(QHash<QDate, SlaReportDay> &days)
{
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    const SqlFragment created = localDay(QStringLiteral("t.created_at"));
    const SqlFragment resolved = localDay(QStringLiteral("t.resolved_at"));
    const QVariantList span = ReportSql::range(m_start, m_end);
    const SqlFragment query{Daily.arg(created.sql, resolved.sql, filter.sql),
                            created.values + span + filter.values + resolved.values + span +
                                filter.values};
    return ReportSql::forEachRow(m_db, query, [&days](const Statement &row) {
        SlaReportDay &day = days[QDate::fromString(row.text(0), Qt::ISODate)];
        day.created = int(row.id(1));
        day.resolved = int(row.id(2));
    });
}

Result<void> ReportDays::breaches(QHash<QDate, SlaReportDay> &days)
{
    const SqlFragment due = localDay(QStringLiteral("s.due_at"));
    const SqlFragment tickets = ReportSql::filteredTickets(m_scope, QStringLiteral("s.ticket_id"));
    const SqlFragment query{Breaches.arg(due.sql, tickets.sql),
                            due.values + tickets.values + ReportSql::range(m_start, m_end) +
                                QVariantList{ReportSql::time(m_scope.now)}};
    return ReportSql::forEachRow(m_db, query, [&days](const Statement &row) {
        days[QDate::fromString(row.text(0), Qt::ISODate)].breaches = int(row.id(1));
    });
}

SqlFragment ReportDays::localDay(const QString &column) const
{
    return ReportSql::localDay(m_db.backend(), column, m_scope.zone, m_start, m_end);
}

} // namespace sd::storage
