#include "migrations.h"

namespace sd::storage {

// Indexes for the agents' standing views, measured by bench-api-load on a million tickets:
// the capped counts of "My open" and "All open" and the "Breaching soon" list went from
// 100-550 ms to a few ms. PostgreSQL gets covering indexes (INCLUDE) for index-only counts;
// SQLite, which has no INCLUDE, the same columns as trailing keys.
Migration Migrations::viewIndexes()
{
    Migration migration;
    migration.version = 3;
    migration.description = QStringLiteral("indexes for ticket views, counts and SLA deadlines");
    const QStringList shared{
        // "Breaching soon": the partial predicates match TicketListQuery's literal statuses.
        QStringLiteral("CREATE INDEX tickets_first_response_due_idx ON tickets "
                       "(first_response_due) WHERE first_response_at IS NULL "
                       "AND status IN ('new', 'open', 'in_development')"),
        QStringLiteral("CREATE INDEX tickets_resolution_due_idx ON tickets (resolution_due) "
                       "WHERE status IN ('new', 'open', 'in_development')"),
        // Duplicate suggestions for mail from addresses without an account.
        QStringLiteral("CREATE INDEX tickets_requester_email_idx ON tickets "
                       "(lower(requester_email), id) WHERE requester_id IS NULL"),
    };
    migration.sqlite = shared;
    migration.sqlite << QStringLiteral("CREATE INDEX tickets_assignee_status_idx ON tickets "
                                       "(assignee_id, status, queue_id)")
                     << QStringLiteral("CREATE INDEX tickets_status_scope_idx ON tickets "
                                       "(status, queue_id, assignee_id)");
    migration.postgresql = shared;
    migration.postgresql << QStringLiteral("CREATE INDEX tickets_assignee_status_idx ON tickets "
                                           "(assignee_id, status) INCLUDE (queue_id)")
                         << QStringLiteral(
                                "CREATE INDEX tickets_status_scope_idx ON tickets (status) "
                                "INCLUDE (queue_id, assignee_id)");
    return migration;
}

} // namespace sd::storage
