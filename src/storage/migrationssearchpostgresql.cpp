#include "migrations.h"

namespace sd::storage {

// tsvectors built with both the Russian and the English configuration (each stems its own
// language; together they also keep the other language's stop words out of the way) and GIN
// indexes over them. "ё" is read as "е", as people type it and as SQLite's sd_stem tokenizer
// folds it. Searches OR the two configurations per word and AND the words (see SearchSql).
// Subjects and titles weigh more than bodies in the ranking.
//
// Tickets fill their vector in a trigger that fires only when the subject or description
// changed: a generated column would be recomputed on every UPDATE, and every message
// appended touches its ticket's updated_at.
QStringList Migrations::searchPostgres()
{
    return {
        QStringLiteral("CREATE FUNCTION sd_search_vector(body text) RETURNS tsvector LANGUAGE sql "
                       "IMMUTABLE PARALLEL SAFE AS $$ SELECT "
                       "to_tsvector('russian', translate(body, 'ёЁ', 'еЕ')) || "
                       "to_tsvector('english', translate(body, 'ёЁ', 'еЕ')) $$"),
        QStringLiteral("CREATE FUNCTION sd_ticket_search_vector() RETURNS trigger "
                       "LANGUAGE plpgsql AS $$ BEGIN "
                       "NEW.search_vector := setweight(sd_search_vector(NEW.subject), 'A') || "
                       "setweight(sd_search_vector(NEW.description), 'B'); "
                       "RETURN NEW; END $$"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN search_vector tsvector"),
        QStringLiteral("CREATE TRIGGER tickets_search_insert BEFORE INSERT ON tickets "
                       "FOR EACH ROW EXECUTE FUNCTION sd_ticket_search_vector()"),
        QStringLiteral("CREATE TRIGGER tickets_search_update BEFORE UPDATE OF subject, "
                       "description ON tickets FOR EACH ROW WHEN "
                       "(OLD.subject IS DISTINCT FROM NEW.subject OR "
                       "OLD.description IS DISTINCT FROM NEW.description) "
                       "EXECUTE FUNCTION sd_ticket_search_vector()"),
        QStringLiteral("CREATE INDEX tickets_search_idx ON tickets USING GIN (search_vector)"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS "
                       "AS (sd_search_vector(body_text)) STORED"),
        QStringLiteral("CREATE INDEX messages_search_idx ON messages USING GIN (search_vector)"),
        // Whether a word is common or rare decides between walking the newest rows and
        // reading the GIN index; finer statistics let the planner tell more words apart.
        QStringLiteral("ALTER TABLE tickets ALTER COLUMN search_vector SET STATISTICS 1000"),
        QStringLiteral("ALTER TABLE messages ALTER COLUMN search_vector SET STATISTICS 1000"),
        QStringLiteral("ALTER TABLE kb_articles ADD COLUMN search_vector tsvector GENERATED "
                       "ALWAYS AS (setweight(sd_search_vector(title), 'A') || "
                       "setweight(sd_search_vector(body_text), 'B')) STORED"),
        QStringLiteral("CREATE INDEX kb_articles_search_idx ON kb_articles "
                       "USING GIN (search_vector)"),
    };
}

} // namespace sd::storage
