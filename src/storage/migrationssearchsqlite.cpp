#include "migrations.h"

namespace sd::storage {

// FTS5 indexes over the real tables (external content: the text is stored once), tokenized
// by "sd_stem" so "кандидатов" and "кандидат", "reports" and "report" share a term. Triggers
// keep them in step inside the writing transaction; the UPDATE triggers fire only when the
// indexed text really changed, since ticket updates rewrite every column.
QStringList Migrations::searchSqlite()
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
        QStringLiteral("CREATE VIRTUAL TABLE message_search USING fts5("
                       "body_text, content='messages', content_rowid='id', "
                       "tokenize='sd_stem')"),
        QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN "
                       "INSERT INTO message_search (rowid, body_text) "
                       "VALUES (new.id, new.body_text); END"),
        QStringLiteral("CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN "
                       "INSERT INTO message_search (message_search, rowid, body_text) "
                       "VALUES ('delete', old.id, old.body_text); END"),
        QStringLiteral("CREATE TRIGGER messages_search_update AFTER UPDATE OF body_text "
                       "ON messages WHEN old.body_text IS NOT new.body_text BEGIN "
                       "INSERT INTO message_search (message_search, rowid, body_text) "
                       "VALUES ('delete', old.id, old.body_text); "
                       "INSERT INTO message_search (rowid, body_text) "
                       "VALUES (new.id, new.body_text); END"),
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

} // namespace sd::storage
