#include "migrations.h"

namespace sd::storage {

namespace {

// What the SLA scheduler fired and how it escalates (issue 6). The unique key of sla_events
// elects the one process that fires: its INSERT ... ON CONFLICT DO NOTHING is the only one
// that adds the row, and it escalates in the same transaction, so several servers on one
// database and restarts never fire a warning or a breach twice.
//
// server_settings holds settings every server process must agree on because they shape
// shared rows: the warning share decides the warn_at the SLA engine stores.
const char16_t *const EscalationSchema[] = {
    uR"(CREATE TABLE sla_events (
        id ${ID},
        ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        cycle INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('warning', 'breach')),
        fired_at ${TS} NOT NULL,
        UNIQUE (ticket_id, target, cycle, kind)))",
    // target and priority: NULL matches any.
    uR"(CREATE TABLE escalation_rules (
        id ${ID},
        kind TEXT NOT NULL CHECK (kind IN ('warning', 'breach')),
        target TEXT,
        priority TEXT,
        notify_supervisors ${BOOL} NOT NULL DEFAULT FALSE,
        raise_priority ${BOOL} NOT NULL DEFAULT FALSE,
        move_queue_id BIGINT REFERENCES queues (id) ON DELETE SET NULL,
        active ${BOOL} NOT NULL DEFAULT TRUE,
        created_at ${TS} NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(INSERT INTO escalation_rules (kind, notify_supervisors, created_at, updated_at)
        VALUES ('warning', TRUE, ${NOW}, ${NOW}), ('breach', TRUE, ${NOW}, ${NOW}))",
    uR"(CREATE TABLE server_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(INSERT INTO server_settings (key, value, updated_at)
        VALUES ('sla_warning_share', '0.8', ${NOW}))",
};

} // namespace

Migration Migrations::slaEscalations()
{
    Migration migration;
    migration.version = 7;
    migration.description =
        QStringLiteral("SLA events fired once, escalation rules, shared server settings");
    for (const char16_t *statement : EscalationSchema) {
        const QString sql = QString::fromUtf16(statement);
        migration.sqlite << expand(sql, Backend::Sqlite);
        migration.postgresql << expand(sql, Backend::PostgreSql);
    }
    return migration;
}

} // namespace sd::storage
