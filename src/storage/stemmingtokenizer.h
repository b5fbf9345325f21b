#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace sd::storage {

// The FTS5 tokenizer "sd_stem" (Russian and English morphology, see TextStemmer) and the
// safe way to turn what a person typed into an FTS5 MATCH expression for it.
//
// A table declared `USING fts5(..., tokenize='sd_stem')` can only be opened by a connection
// the tokenizer was registered on, so register it right after opening every SQLite
// connection, before migrations touch the table.
class StemmingTokenizer final
{
    Q_DECLARE_TR_FUNCTIONS(StemmingTokenizer)

public:
    static constexpr const char *Name = "sd_stem";

    enum class QueryMode {
        AllWords,
        // Search as you type: the last word, unless followed by a space, is a prefix.
        LastWordPrefix,
    };

    StemmingTokenizer() = delete;

    // Registers "sd_stem" on the open SQLite connection `db`; doing it again is harmless.
    // On failure (not SQLite, not open, SQLite without FTS5) returns false and sets *error.
    static bool registerOn(QSqlDatabase &db, QString *error = nullptr);

    // An FTS5 query finding the rows that contain every word of `userText`: each
    // whitespace-separated chunk becomes one quoted phrase (so "e-mail" or "2.3.1" keep
    // their order), the phrases are AND-ed. FTS5 syntax in the input ("OR", "NEAR(", quotes,
    // column filters, "^") is searched for as text, never obeyed; a trailing "*" on a word
    // makes it a prefix. Empty when nothing searchable remains: skip the MATCH then.
    // Bind the result as a parameter; it may contain apostrophes.
    static QString buildMatchQuery(const QString &userText, QueryMode mode = QueryMode::AllWords);

    // More words than this are dropped, keeping a pasted page from becoming a huge query.
    static constexpr int MaxQueryTerms = 64;
};

} // namespace sd::storage
