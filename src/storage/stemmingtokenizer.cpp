#include "stemmingtokenizer.h"

#include "textstemmer.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

#include <new>

namespace sd::storage {

namespace {

static_assert(TextStemmer::SynonymFlag == FTS5_TOKEN_COLOCATED,
              "TextStemmer's sink is handed FTS5's xToken unchanged");

// FTS5 creates one instance per table and connection, which gives every instance its own
// stemmers, as libstemmer requires.
int createTokenizer(void *, const char **, int argumentCount, Fts5Tokenizer **tokenizer)
{
    if (argumentCount != 0)
        return SQLITE_ERROR;
    auto *stemmer = new (std::nothrow) TextStemmer;
    if (stemmer == nullptr)
        return SQLITE_NOMEM;
    if (!stemmer->isValid()) {
        delete stemmer;
        return SQLITE_ERROR;
    }
    *tokenizer = reinterpret_cast<Fts5Tokenizer *>(stemmer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<TextStemmer *>(tokenizer);
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             TextStemmer::TokenSink token)
{
    auto mode = TextStemmer::Mode::Document;
    if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
        mode = (flags & FTS5_TOKENIZE_PREFIX) != 0 ? TextStemmer::Mode::Prefix
                                                   : TextStemmer::Mode::Query;
    }
    try {
        return reinterpret_cast<TextStemmer *>(tokenizer)->tokenize(text, size, mode, context,
                                                                    token);
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM;
    }
}

// The documented way to reach FTS5's registration API; null when FTS5 is not compiled in.
fts5_api *fts5Api(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api != nullptr && api->iVersion >= 2 ? api : nullptr;
}

bool isRegistered(fts5_api *api)
{
    void *context = nullptr;
    fts5_tokenizer existing{};
    return api->xFindTokenizer(api, StemmingTokenizer::Name, &context, &existing) == SQLITE_OK &&
           existing.xCreate == createTokenizer;
}

char32_t codePointAt(const QString &text, qsizetype &index)
{
    const QChar first = text.at(index);
    if (first.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(first, text.at(++index));
    return first.unicode();
}

} // namespace

bool StemmingTokenizer::registerOn(QSqlDatabase &db, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error != nullptr)
            *error = reason;
        return false;
    };
    if (!db.isValid())
        return fail(tr("Full-text search needs a database connection; this one is invalid."));
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return fail(tr("Full-text search with stemming needs an SQLite connection, not %1.")
                        .arg(db.driverName()));
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (connection == nullptr || !db.isOpen())
        return fail(tr("The SQLite connection for full-text search is not open."));
    fts5_api *api = fts5Api(connection);
    if (api == nullptr) {
        return fail(tr("The SQLite library has no FTS5 full-text search: %1")
                        .arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    if (isRegistered(api))
        return true;
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    const int result = api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr);
    if (result != SQLITE_OK) {
        return fail(tr("Cannot register the full-text search tokenizer: %1")
                        .arg(QString::fromUtf8(sqlite3_errstr(result))));
    }
    return true;
}

// Characters that mean something to FTS5 outside a word (quotes, "*", ":", "^", brackets,
// "+") become spaces inside the quoted phrase, so no input can close the quotes.
QString StemmingTokenizer::buildMatchQuery(const QString &userText, QueryMode mode)
{
    QStringList phrases;
    QString chunk;
    bool searchable = false;
    bool prefix = false;
    const auto finishChunk = [&](bool atEnd) {
        if (searchable && phrases.size() < MaxQueryTerms) {
            prefix = prefix || (atEnd && mode == QueryMode::LastWordPrefix);
            QString phrase = u'"' + chunk.simplified() + u'"';
            if (prefix)
                phrase += u'*';
            phrases.append(phrase);
        }
        chunk.clear();
        searchable = false;
        prefix = false;
    };
    for (qsizetype i = 0; i < userText.size(); ++i) {
        const qsizetype first = i;
        const char32_t c = codePointAt(userText, i);
        if (QChar::isSpace(c)) {
            finishChunk(false);
        } else if (TextStemmer::continuesWord(c)) {
            chunk += QStringView(userText).sliced(first, i - first + 1);
            searchable = searchable || TextStemmer::startsWord(c);
            prefix = false;
        } else {
            chunk += u' ';
            prefix = c == U'*' && searchable;
        }
    }
    finishChunk(true);
    return phrases.join(QStringView(u" AND "));
}

} // namespace sd::storage
