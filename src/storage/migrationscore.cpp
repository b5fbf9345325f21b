#include "migrations.h"

namespace sd::storage {

namespace {

// The domain tables (DESIGN.md "Data"). Enum columns hold the core spellings without CHECK
// constraints, so adding an enum value needs no table rebuild on SQLite.
const char16_t *const CoreTables[] = {
    uR"(CREATE TABLE organisations (
        id ${ID},
        name TEXT NOT NULL UNIQUE,
        created_at ${TS} NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(CREATE TABLE contracts (
        id ${ID},
        organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        account_number TEXT NOT NULL DEFAULT '',
        contract_number TEXT NOT NULL DEFAULT '',
        project_code TEXT NOT NULL DEFAULT '',
        customer_kind TEXT NOT NULL,
        support_level TEXT NOT NULL,
        active ${BOOL} NOT NULL DEFAULT TRUE,
        created_at ${TS} NOT NULL))",
    uR"(CREATE INDEX contracts_organisation_idx ON contracts (organisation_id))",
    uR"(CREATE INDEX contracts_account_idx ON contracts (account_number))",
    uR"(CREATE INDEX contracts_contract_idx ON contracts (contract_number))",
    uR"(CREATE INDEX contracts_project_idx ON contracts (project_code))",
    // Lower-cased addresses allowed to open tickets for the organisation (mail gateway).
    uR"(CREATE TABLE organisation_contacts (
        organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        email TEXT NOT NULL,
        PRIMARY KEY (organisation_id, email)))",
    uR"(CREATE INDEX organisation_contacts_email_idx ON organisation_contacts (email))",
    // login_key is the case-folded login: unique the same way on both backends.
    uR"(CREATE TABLE users (
        id ${ID},
        login TEXT NOT NULL,
        login_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL,
        organisation_id BIGINT REFERENCES organisations (id),
        locale TEXT NOT NULL DEFAULT 'ru',
        password_hash TEXT NOT NULL DEFAULT '',
        active ${BOOL} NOT NULL DEFAULT TRUE,
        created_at ${TS} NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(CREATE INDEX users_organisation_idx ON users (organisation_id))",
    uR"(CREATE TABLE queues (
        id ${ID},
        name TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        created_at ${TS} NOT NULL))",
    uR"(CREATE TABLE user_queues (
        user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        queue_id BIGINT NOT NULL REFERENCES queues (id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, queue_id)))",
    uR"(CREATE TABLE tickets (
        id ${ID},
        number TEXT NOT NULL UNIQUE,
        subject TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        resolution TEXT NOT NULL,
        priority TEXT NOT NULL,
        category TEXT NOT NULL,
        channel TEXT NOT NULL,
        requester_id BIGINT REFERENCES users (id),
        requester_email TEXT NOT NULL DEFAULT '',
        requester_name TEXT NOT NULL DEFAULT '',
        organisation_id BIGINT REFERENCES organisations (id),
        contract_id BIGINT REFERENCES contracts (id),
        project_code TEXT NOT NULL DEFAULT '',
        product TEXT NOT NULL DEFAULT '',
        product_version TEXT NOT NULL DEFAULT '',
        os TEXT NOT NULL DEFAULT '',
        steps_to_reproduce TEXT NOT NULL DEFAULT '',
        affected_users INTEGER NOT NULL DEFAULT 0,
        queue_id BIGINT REFERENCES queues (id),
        assignee_id BIGINT REFERENCES users (id),
        created_at ${TS} NOT NULL,
        updated_at ${TS} NOT NULL,
        first_response_at ${TS},
        first_response_due ${TS},
        resolution_due ${TS},
        resolved_at ${TS},
        custom_fields ${JSON} NOT NULL DEFAULT '{}',
        merged_into_id BIGINT REFERENCES tickets (id),
        version INTEGER NOT NULL DEFAULT 1))",
    // Lists are keyset-paginated newest first within each filter.
    uR"(CREATE INDEX tickets_status_idx ON tickets (status, id))",
    uR"(CREATE INDEX tickets_queue_idx ON tickets (queue_id, id))",
    uR"(CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, id))",
    uR"(CREATE INDEX tickets_organisation_idx ON tickets (organisation_id, id))",
    uR"(CREATE INDEX tickets_requester_idx ON tickets (requester_id, id))",
    uR"(CREATE TABLE tags (
        id ${ID},
        name TEXT NOT NULL UNIQUE))",
    uR"(CREATE TABLE ticket_tags (
        ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (ticket_id, tag_id)))",
    uR"(CREATE INDEX ticket_tags_tag_idx ON ticket_tags (tag_id))",
    uR"(CREATE TABLE ticket_links (
        id ${ID},
        from_ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        to_ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        created_by BIGINT REFERENCES users (id),
        created_at ${TS} NOT NULL,
        UNIQUE (from_ticket_id, to_ticket_id, kind),
        CHECK (from_ticket_id <> to_ticket_id)))",
    uR"(CREATE INDEX ticket_links_to_idx ON ticket_links (to_ticket_id))",
};

const char16_t *const MessageTables[] = {
    uR"(CREATE TABLE messages (
        id ${ID},
        ticket_id BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        author_id BIGINT REFERENCES users (id),
        author_name TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        internal ${BOOL} NOT NULL DEFAULT FALSE,
        body_html TEXT NOT NULL DEFAULT '',
        body_text TEXT NOT NULL DEFAULT '',
        created_at ${TS} NOT NULL,
        email_message_id TEXT NOT NULL DEFAULT '',
        email_in_reply_to TEXT NOT NULL DEFAULT '',
        email_references ${JSON} NOT NULL DEFAULT '[]'))",
    uR"(CREATE INDEX messages_ticket_idx ON messages (ticket_id, id))",
    uR"(CREATE INDEX messages_email_idx ON messages (email_message_id)
        WHERE email_message_id <> '')",
    // Content once per SHA-256; attachments rows are the names under which it was uploaded.
    uR"(CREATE TABLE attachment_blobs (
        sha256 TEXT PRIMARY KEY,
        size BIGINT NOT NULL,
        content ${BLOB} NOT NULL,
        created_at ${TS} NOT NULL))",
    uR"(CREATE TABLE attachments (
        id ${ID},
        sha256 TEXT NOT NULL REFERENCES attachment_blobs (sha256),
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL,
        size BIGINT NOT NULL,
        uploaded_by BIGINT REFERENCES users (id),
        created_at ${TS} NOT NULL))",
    uR"(CREATE INDEX attachments_sha256_idx ON attachments (sha256))",
    uR"(CREATE TABLE message_attachments (
        message_id BIGINT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        attachment_id BIGINT NOT NULL REFERENCES attachments (id),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (message_id, attachment_id)))",
    uR"(CREATE INDEX message_attachments_attachment_idx ON message_attachments (attachment_id))",
};

const char16_t *const ServiceTables[] = {
    uR"(CREATE TABLE calendars (
        id ${ID},
        name TEXT NOT NULL UNIQUE,
        definition ${JSON} NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(CREATE TABLE sla_policies (
        id ${ID},
        support_level TEXT NOT NULL,
        category TEXT NOT NULL,
        priority TEXT NOT NULL,
        first_response_minutes INTEGER NOT NULL,
        next_response_minutes INTEGER,
        resolution_minutes INTEGER NOT NULL,
        calendar_id BIGINT REFERENCES calendars (id),
        pausing_statuses ${JSON} NOT NULL DEFAULT '["pending_customer"]',
        UNIQUE (support_level, category, priority)))",
    uR"(CREATE TABLE kb_articles (
        id ${ID},
        title TEXT NOT NULL,
        body_html TEXT NOT NULL DEFAULT '',
        body_text TEXT NOT NULL DEFAULT '',
        locale TEXT NOT NULL DEFAULT 'ru',
        published ${BOOL} NOT NULL DEFAULT TRUE,
        author_id BIGINT REFERENCES users (id),
        created_at ${TS} NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(CREATE TABLE canned_responses (
        id ${ID},
        title TEXT NOT NULL,
        body_html TEXT NOT NULL,
        owner_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
        created_at ${TS} NOT NULL,
        updated_at ${TS} NOT NULL))",
    uR"(CREATE TABLE csat_ratings (
        id ${ID},
        ticket_id BIGINT NOT NULL UNIQUE REFERENCES tickets (id) ON DELETE CASCADE,
        user_id BIGINT REFERENCES users (id),
        score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment TEXT NOT NULL DEFAULT '',
        created_at ${TS} NOT NULL))",
    uR"(CREATE TABLE sessions (
        id ${ID},
        token_hash TEXT NOT NULL UNIQUE,
        user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at ${TS} NOT NULL,
        expires_at ${TS} NOT NULL,
        last_seen_at ${TS},
        revoked ${BOOL} NOT NULL DEFAULT FALSE))",
    // user_id 0 stands for requests made without a session (e.g. the mail gateway).
    uR"(CREATE TABLE idempotency_keys (
        user_id BIGINT NOT NULL,
        idem_key TEXT NOT NULL,
        request_hash TEXT NOT NULL,
        entity_type TEXT NOT NULL DEFAULT '',
        entity_id BIGINT,
        response_status INTEGER NOT NULL DEFAULT 0,
        response_body TEXT NOT NULL DEFAULT '',
        created_at ${TS} NOT NULL,
        PRIMARY KEY (user_id, idem_key)))",
    uR"(CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at))",
    uR"(CREATE TABLE ticket_number_counters (
        year INTEGER PRIMARY KEY,
        last_number BIGINT NOT NULL))",
    uR"(CREATE TABLE audit_events (
        id ${ID},
        created_at ${TS} NOT NULL,
        actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
        entity_type TEXT NOT NULL,
        entity_id BIGINT NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT))",
    uR"(CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, id))",
    // seq comes from change_feed_counter (see ChangeFeedRepository), not from an identity:
    // identities hand out numbers at insert time, so a reader could see 12 committed before
    // 11 and skip 11 for good.
    uR"(CREATE TABLE change_feed (
        seq BIGINT PRIMARY KEY,
        entity_type TEXT NOT NULL,
        entity_id BIGINT NOT NULL,
        operation TEXT NOT NULL,
        organisation_id BIGINT,
        queue_id BIGINT,
        internal ${BOOL} NOT NULL DEFAULT FALSE,
        created_at ${TS} NOT NULL))",
    uR"(CREATE TABLE change_feed_counter (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq BIGINT NOT NULL))",
    uR"(INSERT INTO change_feed_counter (id, seq) VALUES (1, 0))",
    uR"(INSERT INTO queues (name, description, created_at) VALUES
        ('Support', 'First-line support', ${NOW}),
        ('Development', 'Handed over to the development department', ${NOW}))",
};

template <std::size_t N>
void appendExpanded(Migration &migration, const char16_t *const (&statements)[N])
{
    for (const char16_t *statement : statements) {
        const QString sql = QString::fromUtf16(statement);
        migration.sqlite << Migrations::expand(sql, Backend::Sqlite);
        migration.postgresql << Migrations::expand(sql, Backend::PostgreSql);
    }
}

} // namespace

Migration Migrations::coreSchema()
{
    Migration migration;
    migration.version = 1;
    migration.description = QStringLiteral("tickets, messages, attachments, users and services");
    appendExpanded(migration, CoreTables);
    appendExpanded(migration, MessageTables);
    appendExpanded(migration, ServiceTables);
    return migration;
}

} // namespace sd::storage
