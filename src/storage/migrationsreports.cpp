#include "migrations.h"

namespace sd::storage {

namespace {

// Indexes for the SLA report (ReportRepository), one per range it reads, each carrying the
// columns that report reads and filters by, so a year over a million tickets is read from
// the narrow indexes alone instead of the wide ticket rows (index-only scans on PostgreSQL;
// SQLite takes the extra columns as trailing keys, having no INCLUDE). Measured with
// bench-reports: see bench/README.md. The status lists equal ReportSql's, so PostgreSQL can
// match the partial predicates.
struct ReportIndex
{
    const char16_t *head;      // CREATE INDEX ... ON table (key
    const char16_t *carried;   // the columns the report reads besides the key
    const char16_t *predicate; // empty or " WHERE ..."
};

const ReportIndex Indexes[] = {
    // Created in the period: counts by status, queue, agent and category; per-day created.
    {u"CREATE INDEX tickets_report_created_idx ON tickets (created_at",
     u"status, queue_id, assignee_id, category, merged_into_id, first_response_at, "
     u"first_response_due, resolution_due, resolved_at, organisation_id, contract_id",
     u""},
    // Resolved in the period: resolutions, agents' load, per-day resolved, resolution times,
    // reopen rate.
    {u"CREATE INDEX tickets_report_resolved_idx ON tickets (resolved_at",
     u"id, status, resolution, assignee_id, created_at, merged_into_id, queue_id, "
     u"organisation_id, contract_id",
     u" WHERE resolved_at IS NOT NULL"},
    // First responses given in the period.
    {u"CREATE INDEX tickets_report_answered_idx ON tickets (first_response_at",
     u"created_at, queue_id, assignee_id, organisation_id, contract_id",
     u" WHERE first_response_at IS NOT NULL"},
    // The backlog when the period begins: tickets still open, by creation.
    {u"CREATE INDEX tickets_report_open_idx ON tickets (created_at",
     u"merged_into_id, queue_id, assignee_id, organisation_id, contract_id",
     u" WHERE resolved_at IS NULL"},
    // Business minutes of targets met in the period.
    {u"CREATE INDEX sla_targets_report_met_idx ON sla_targets (met_at",
     u"target, used_minutes, ticket_id", u" WHERE state = 'met'"},
    // Breaches per day, by due time.
    {u"CREATE INDEX sla_targets_report_breach_idx ON sla_targets (due_at", u"ticket_id, target",
     u" WHERE (breached OR state IN ('running', 'breached'))"},
    // Targets the SLA engine marked breached and not yet met (what is breached now).
    {u"CREATE INDEX sla_targets_report_overdue_idx ON sla_targets (ticket_id", u"target",
     u" WHERE state = 'breached'"},
    // Reopens: status changes from done back to active.
    {u"CREATE INDEX audit_events_report_reopen_idx ON audit_events (created_at", u"entity_id",
     u" WHERE entity_type = 'ticket' AND field = 'status' AND old_value IN ('resolved', "
     u"'closed') AND new_value IN ('new', 'open', 'pending_customer', 'in_development')"},
    // Ratings given in the period.
    {u"CREATE INDEX csat_ratings_report_idx ON csat_ratings (created_at", u"score, ticket_id", u""},
};

} // namespace

Migration Migrations::reportIndexes()
{
    Migration migration;
    migration.version = 6;
    migration.description = QStringLiteral("covering indexes for the SLA report");
    for (const ReportIndex &index : Indexes) {
        const QString head = QString::fromUtf16(index.head);
        const QString carried = QString::fromUtf16(index.carried);
        const QString predicate = QString::fromUtf16(index.predicate);
        migration.sqlite << head + u", " + carried + u')' + predicate;
        migration.postgresql << head + u") INCLUDE (" + carried + u')' + predicate;
    }
    return migration;
}

} // namespace sd::storage
