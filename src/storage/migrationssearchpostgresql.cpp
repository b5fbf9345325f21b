#include "migrations.h"

namespace sd::storage {

// Stored tsvectors built with both the Russian and the English configuration (each stems
// its own language; together they also keep the other language's stop words out of the way)
// and GIN indexes over them. "ё" is read as "е", as people type it and as SQLite's sd_stem
// tokenizer folds it. Searches OR the two configurations per word and AND the words
// (see SearchRepository). Subjects and titles weigh more than bodies in the ranking.
QStringList Migrations::searchPostgres()
{
    return {
        QStringLiteral(
            "ALTER TABLE tickets ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('russian', translate(subject, 'ёЁ', 'еЕ')), 'A') || "
            "setweight(to_tsvector('english', translate(subject, 'ёЁ', 'еЕ')), 'A') || "
            "setweight(to_tsvector('russian', translate(description, 'ёЁ', 'еЕ')), 'B') || "
            "setweight(to_tsvector('english', translate(description, 'ёЁ', 'еЕ')), 'B')) STORED"),
        QStringLiteral("CREATE INDEX tickets_search_idx ON tickets USING GIN (search_vector)"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS "
                       "AS (to_tsvector('russian', translate(body_text, 'ёЁ', 'еЕ')) || "
                       "to_tsvector('english', translate(body_text, 'ёЁ', 'еЕ'))) STORED"),
        QStringLiteral("CREATE INDEX messages_search_idx ON messages USING GIN (search_vector)"),
        QStringLiteral(
            "ALTER TABLE kb_articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('russian', translate(title, 'ёЁ', 'еЕ')), 'A') || "
            "setweight(to_tsvector('english', translate(title, 'ёЁ', 'еЕ')), 'A') || "
            "setweight(to_tsvector('russian', translate(body_text, 'ёЁ', 'еЕ')), 'B') || "
            "setweight(to_tsvector('english', translate(body_text, 'ёЁ', 'еЕ')), 'B')) STORED"),
        QStringLiteral("CREATE INDEX kb_articles_search_idx ON kb_articles "
                       "USING GIN (search_vector)"),
    };
}

} // namespace sd::storage
