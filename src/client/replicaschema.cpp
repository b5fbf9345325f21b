#include "replicaschema.h"

namespace sd::client {

QList<storage::Migration> ReplicaSchema::migrations()
{
    storage::Migration first;
    first.version = 1;
    first.description = QStringLiteral("replica of tickets and messages, sync state, outbox");
    first.sqlite = {
        // Ids are the server's; a ticket created offline has a negative id until the server
        // acknowledges it (see Outbox).
        QStringLiteral("CREATE TABLE tickets (id INTEGER PRIMARY KEY, number TEXT NOT NULL, "
                       "version INTEGER NOT NULL, status TEXT NOT NULL, priority TEXT NOT NULL, "
                       "category TEXT NOT NULL, subject TEXT NOT NULL, queue_id INTEGER, "
                       "assignee_id INTEGER, organisation_id INTEGER, created_at TEXT, "
                       "updated_at TEXT, first_response_at TEXT, first_response_due TEXT, "
                       "resolution_due TEXT, pending INTEGER NOT NULL DEFAULT 0, "
                       "json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX tickets_status_idx ON tickets (status, id)"),
        QStringLiteral("CREATE INDEX tickets_assignee_idx ON tickets (assignee_id, status)"),
        QStringLiteral("CREATE TABLE messages (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT "
                       "NULL, created_at TEXT, kind TEXT NOT NULL, pending INTEGER NOT NULL "
                       "DEFAULT 0, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX messages_ticket_idx ON messages (ticket_id, id)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        // One row per local write, sent in id order. `uuid` is the Idempotency-Key, so a
        // resend after a crash is applied once; `base` is the ticket as the edit started from
        // (for merging a 409).
        QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT "
                       "NOT NULL UNIQUE, operation TEXT NOT NULL, ticket_id INTEGER, payload "
                       "TEXT NOT NULL, base TEXT, state TEXT NOT NULL DEFAULT 'pending', "
                       "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at TEXT "
                       "NOT NULL)"),
    };
    storage::Migration conflicts;
    conflicts.version = 2;
    conflicts.description = QStringLiteral("the server's ticket kept with an edit in conflict");
    conflicts.sqlite = {
        QStringLiteral("ALTER TABLE outbox ADD COLUMN theirs TEXT"),
        QStringLiteral("CREATE INDEX outbox_ticket_idx ON outbox (ticket_id, id)"),
    };
    storage::Migration pendingIndex;
    pendingIndex.version = 3;
    pendingIndex.description = QStringLiteral("finding tickets that show a waiting edit");
    // Every sync lays waiting edits over what it applied; without this it scanned all tickets.
    pendingIndex.sqlite = {
        QStringLiteral("CREATE INDEX tickets_pending_idx ON tickets (id) WHERE pending = 1"),
    };
    storage::Migration workstation;
    workstation.version = 4;
    workstation.description =
        QStringLiteral("names for the ticket table, read markers and reply drafts");
    // The ticket table shows and filters a million rows by these; reading them out of each
    // ticket's JSON would mean parsing every ticket on every start.
    workstation.sqlite = {
        QStringLiteral("ALTER TABLE tickets ADD COLUMN requester_name TEXT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN requester_email TEXT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN organisation_name TEXT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN queue_name TEXT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN assignee_name TEXT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN resolved_at TEXT"),
        // The ticket's updated_at when this user last opened it; newer means unread.
        QStringLiteral("CREATE TABLE ticket_reads (ticket_id INTEGER PRIMARY KEY, seen_updated_at "
                       "TEXT NOT NULL)"),
        // The reply being typed, saved as it is typed; `seen_message_id` is the newest message
        // the agent had in front of them when they began, for the stale-reply guard.
        QStringLiteral("CREATE TABLE drafts (ticket_id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                       "html TEXT NOT NULL, files TEXT NOT NULL DEFAULT '[]', seen_message_id "
                       "INTEGER, saved_at TEXT NOT NULL)"),
    };
    storage::Migration savedViewChanges;
    savedViewChanges.version = 5;
    savedViewChanges.description = QStringLiteral("saved-view changes not yet on the server");
    // One row per view: a PUT or DELETE by the view's own id replaces the whole view on the
    // server, so only the latest change of each is worth sending. A change takes a new `seq`
    // (INSERT OR REPLACE), so they go out in the order of their last change.
    savedViewChanges.sqlite = {
        QStringLiteral("CREATE TABLE saved_view_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "view_id TEXT NOT NULL UNIQUE, operation TEXT NOT NULL, name TEXT, "
                       "definition TEXT, position INTEGER, changed_at TEXT NOT NULL)"),
    };
    return {first, conflicts, pendingIndex, workstation, savedViewChanges};
}

} // namespace sd::client
