#include "migrations.h"

#include "searchsql.h"

namespace sd::storage {

namespace {

QStringList ticketSearch()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE ticket_search USING fts5("
                       "subject, description, content='tickets', content_rowid='id', "
                       "tokenize='sd_stem')"),
        QStringLiteral("CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets BEGIN "
                       "INSERT INTO ticket_search (rowid, subject, description) "
                       "VALUES (new.id, new.subject, new.description); END"),
        QStringLiteral("CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets BEGIN "
                       "INSERT INTO ticket_search (ticket_search, rowid, subject, description) "
                       "VALUES ('delete', old.id, old.subject, old.description); END"),
        QStringLiteral("CREATE TRIGGER tickets_search_update AFTER UPDATE OF subject, "
                       "description ON tickets WHEN old.subject IS NOT new.subject "
                       "OR old.description IS NOT new.description BEGIN "
                       "INSERT INTO ticket_search (ticket_search, rowid, subject, description) "
                       "VALUES ('delete', old.id, old.subject, old.description); "
                       "INSERT INTO ticket_search (rowid, subject, description) "
                       "VALUES (new.id, new.subject, new.description); END"),
    };
}

QStringList messageSearch()
{
    // The next free key in new.ticket_id's range (SearchSql::SearchKeyStride keys per ticket).
    const QString nextKey =
        QStringLiteral("(SELECT COALESCE(MAX(search_key), new.ticket_id * %1) + 1 FROM messages "
                       "WHERE search_key BETWEEN new.ticket_id * %1 AND "
                       "new.ticket_id * %1 + %1 - 1)")
            .arg(SearchSql::SearchKeyStride);
    return {
        // Messages are indexed under search_key = ticket id * SearchKeyStride + the message's
        // ordinal in its ticket, so the index lists them ticket by ticket, newest ticket first
        // when read backwards: a filtered ticket list stops after one page of matches.
        QStringLiteral("ALTER TABLE messages ADD COLUMN search_key INTEGER"),
        QStringLiteral("CREATE UNIQUE INDEX messages_search_key_idx ON messages (search_key)"),
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5("
                       "body_text, content='messages', content_rowid='search_key', "
                       "tokenize='sd_stem')"),
        QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN "
                       "UPDATE messages SET search_key = %1 WHERE id = new.id; END")
            .arg(nextKey),
        QStringLiteral("CREATE TRIGGER messages_search_move AFTER UPDATE OF ticket_id ON "
                       "messages WHEN old.ticket_id IS NOT new.ticket_id BEGIN "
                       "UPDATE messages SET search_key = %1 WHERE id = new.id; END")
            .arg(nextKey),
        QStringLiteral("CREATE TRIGGER messages_search_key AFTER UPDATE OF search_key ON messages "
                       "BEGIN "
                       "INSERT INTO message_search (message_search, rowid, body_text) "
                       "SELECT 'delete', old.search_key, old.body_text "
                       "WHERE old.search_key IS NOT NULL; "
                       "INSERT INTO message_search (rowid, body_text) "
                       "VALUES (new.search_key, new.body_text); END"),
        QStringLiteral("CREATE TRIGGER messages_search_body AFTER UPDATE OF body_text ON messages "
                       "WHEN old.body_text IS NOT new.body_text BEGIN "
                       "INSERT INTO message_search (message_search, rowid, body_text) "
                       "VALUES ('delete', old.search_key, old.body_text); "
                       "INSERT INTO message_search (rowid, body_text) "
                       "VALUES (new.search_key, new.body_text); END"),
        QStringLiteral("CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN "
                       "INSERT INTO message_search (message_search, rowid, body_text) "
                       "VALUES ('delete', old.search_key, old.body_text); END"),
    };
}

QStringList kbSearch()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE kb_search USING fts5("
                       "title, body_text, content='kb_articles', content_rowid='id', "
                       "tokenize='sd_stem')"),
        QStringLiteral("CREATE TRIGGER kb_search_insert AFTER INSERT ON kb_articles BEGIN "
                       "INSERT INTO kb_search (rowid, title, body_text) "
                       "VALUES (new.id, new.title, new.body_text); END"),
        QStringLiteral("CREATE TRIGGER kb_search_delete AFTER DELETE ON kb_articles BEGIN "
                       "INSERT INTO kb_search (kb_search, rowid, title, body_text) "
                       "VALUES ('delete', old.id, old.title, old.body_text); END"),
        QStringLiteral("CREATE TRIGGER kb_search_update AFTER UPDATE OF title, body_text "
                       "ON kb_articles WHEN old.title IS NOT new.title "
                       "OR old.body_text IS NOT new.body_text BEGIN "
                       "INSERT INTO kb_search (kb_search, rowid, title, body_text) "
                       "VALUES ('delete', old.id, old.title, old.body_text); "
                       "INSERT INTO kb_search (rowid, title, body_text) "
                       "VALUES (new.id, new.title, new.body_text); END"),
    };
}

} // namespace

// FTS5 indexes over the real tables (external content: the text is stored once), tokenized
// by "sd_stem" so "кандидатов" and "кандидат", "reports" and "report" share a term. Triggers
// keep them in step inside the writing transaction; the UPDATE triggers fire only when the
// indexed text really changed, since ticket updates rewrite every column.
QStringList Migrations::searchSqlite()
{
    return ticketSearch() + messageSearch() + kbSearch();
}

} // namespace sd::storage
