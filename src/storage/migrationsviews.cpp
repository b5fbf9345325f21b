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
    // "Breaching soon": the partial predicates match TicketListQuery's literal statuses, and
    // the extra columns let each deadline be counted from its index alone.
    const QString firstResponse = QStringLiteral(
        "CREATE INDEX tickets_first_response_due_idx ON tickets (first_response_due%1) WHERE "
        "first_response_at IS NULL AND status IN ('new', 'open', 'in_development')");
    const QString resolution = QStringLiteral(
        "CREATE INDEX tickets_resolution_due_idx ON tickets (resolution_due%1) WHERE status IN "
        "('new', 'open', 'in_development')");
    // Duplicate suggestions for mail from addresses without an account.
    const QString requesterEmail =
        QStringLiteral("CREATE INDEX tickets_requester_email_idx ON tickets "
                       "(lower(requester_email), id) WHERE requester_id IS NULL");
    migration.sqlite = {
        requesterEmail,
        QStringLiteral("CREATE INDEX tickets_assignee_status_idx ON tickets "
                       "(assignee_id, status, queue_id)"),
        QStringLiteral("CREATE INDEX tickets_status_scope_idx ON tickets "
                       "(status, queue_id, assignee_id)"),
        firstResponse.arg(QStringLiteral(", status, queue_id, assignee_id")),
        resolution.arg(QStringLiteral(", status, queue_id, assignee_id, first_response_at, "
                                      "first_response_due")),
    };
    migration.postgresql = {
        requesterEmail,
        QStringLiteral("CREATE INDEX tickets_assignee_status_idx ON tickets "
                       "(assignee_id, status) INCLUDE (queue_id)"),
        QStringLiteral("CREATE INDEX tickets_status_scope_idx ON tickets (status) "
                       "INCLUDE (queue_id, assignee_id)"),
        firstResponse.arg(QStringLiteral(") INCLUDE (status, queue_id, assignee_id")),
        resolution.arg(QStringLiteral(") INCLUDE (status, queue_id, assignee_id, "
                                      "first_response_at, first_response_due")),
    };
    return migration;
}

} // namespace sd::storage
