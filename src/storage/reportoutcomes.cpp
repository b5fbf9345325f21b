#include "reportoutcomes.h"

#include "changeitem.h"
#include "database.h"
#include "reportsql.h"
#include "statement.h"

namespace sd::storage {

namespace {

// Resolved in the period: resolved_at in it, or an audited resolution in it followed by a
// reopen and no new resolution in it ("late": resolved_at is cleared or later). Only tickets
// reopened since the period began can be late, and there are few of them.
const QString ReopenEvents = QStringLiteral(R"(
WITH reopens AS (
    SELECT a.entity_id AS ticket_id, MIN(a.created_at) AS first_at FROM audit_events a
    WHERE a.entity_type = '%1' AND a.field = 'status' AND a.old_value IN %2
        AND a.new_value IN %3 AND a.created_at >= ?
    GROUP BY a.entity_id))");

// PostgreSQL: one pass over the period's resolved tickets fully joined with the reopened ones
// (hashed) gives every count; the unmatched reopened ones are checked one by one. Looking up
// every reopened ticket's row instead cost more than that pass on the bench's year (48,000
// reopens read from the wide ticket rows).
const QString PostgresCounts = QStringLiteral(R"(
SELECT COUNT(t.id) + COUNT(CASE WHEN t.id IS NULL AND %1 THEN 1 END),
       COUNT(CASE WHEN t.id IS NOT NULL AND r.first_at < ? THEN 1 END)
           + COUNT(CASE WHEN t.id IS NULL AND r.first_at < ? AND %1 THEN 1 END)
FROM (SELECT t.id FROM tickets t WHERE t.resolved_at >= ? AND t.resolved_at < ?%2) AS t
FULL JOIN reopens r ON r.ticket_id = t.id)");

// SQLite joins by nested loops (a full join of the two would be quadratic) but looks rows up
// by id cheaply: the period's count, then each reopened ticket.
const QString SqliteCounts = QStringLiteral(R"(
SELECT (SELECT COUNT(*) FROM tickets t WHERE t.resolved_at >= ? AND t.resolved_at < ?%3)
           + (SELECT COUNT(*) FROM reopens r WHERE NOT %2 AND %1),
       (SELECT COUNT(*) FROM reopens r WHERE r.first_at < ? AND (%2 OR %1)))");

// The reopened ticket r.ticket_id is resolved in the period by resolved_at.
const QString InPeriod = QStringLiteral("EXISTS (SELECT 1 FROM tickets t WHERE t.id = r.ticket_id "
                                        "AND t.resolved_at >= ? AND t.resolved_at < ?%1)");

// ... or is one of the scope's and had an audited resolution in the period.
const QString Late = QStringLiteral(
    "(EXISTS (SELECT 1 FROM tickets l WHERE l.id = r.ticket_id%1) AND EXISTS (SELECT 1 FROM "
    "audit_events a WHERE a.entity_type = '%2' AND a.entity_id = r.ticket_id AND "
    "a.field = 'status' AND a.old_value IN %3 AND a.new_value IN %4 AND a.created_at >= ? "
    "AND a.created_at < ?))");

} // namespace

ReportOutcomes::ReportOutcomes(Database &db, const SlaReportScope &scope) : m_db(db), m_scope(scope)
{}

Result<void> ReportOutcomes::fill(SlaReport &report)
{
    if (const Result<void> done = reopens(report); !done)
        return done;
    return ratings(report);
}

Result<void> ReportOutcomes::reopens(SlaReport &report)
{
    const QString ticket = core::toString(EntityType::Ticket);
    const QString active = ReportSql::activeStatuses();
    const QString done = ReportSql::doneStatuses();
    const SqlFragment filter = ReportSql::ticketFilter(m_scope, QStringLiteral("t"));
    const SqlFragment lateFilter = ReportSql::ticketFilter(m_scope, QStringLiteral("l"));
    const QVariantList period = ReportSql::range(m_scope.from, m_scope.to);
    const QVariant to = ReportSql::time(m_scope.to);
    const SqlFragment late{Late.arg(lateFilter.sql, ticket, active, done),
                           lateFilter.values + period};
    const SqlFragment inPeriod{InPeriod.arg(filter.sql), period + filter.values};
    SqlFragment query{ReopenEvents.arg(ticket, done, active), {period.constFirst()}};
    if (m_db.backend() == Backend::PostgreSql) {
        ReportSql::append(query, PostgresCounts.arg(late.sql, filter.sql),
                          late.values + QVariantList{to, to} + late.values + period +
                              filter.values);
    } else {
        ReportSql::append(query, SqliteCounts.arg(late.sql, inPeriod.sql, filter.sql),
                          period + filter.values + inPeriod.values + late.values +
                              QVariantList{to} + inPeriod.values + late.values);
    }
    return ReportSql::forEachRow(m_db, query, [&report](const Statement &row) {
        report.resolvedTickets = int(row.id(0));
        report.reopenedTickets = int(row.id(1));
    });
}

Result<void> ReportOutcomes::ratings(SlaReport &report)
{
    SqlFragment query{QStringLiteral("SELECT r.score, COUNT(*) FROM csat_ratings r"), {}};
    ReportSql::append(query, ReportSql::filteredTickets(m_scope, QStringLiteral("r.ticket_id")));
    ReportSql::append(query,
                      QStringLiteral(" WHERE r.created_at >= ? AND r.created_at < ? "
                                     "GROUP BY r.score"),
                      ReportSql::range(m_scope.from, m_scope.to));
    return ReportSql::forEachRow(m_db, query, [&report](const Statement &row) {
        const qint64 score = row.id(0);
        if (score >= 1 && score <= 5)
            report.csatScores[std::size_t(score - 1)] = int(row.id(1));
    });
}

} // namespace sd::storage
