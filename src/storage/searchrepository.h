#pragma once

#include "result.h"
#include "searchsql.h"

#include <QList>

namespace sd::storage {

class Database;

struct SearchHit
{
    qint64 ticketId = 0;
    qint64 messageId = 0; // the best-matching message; 0 when the subject/description matched
    double score = 0;     // higher is better; comparable within one result list only
};

struct KbHit
{
    qint64 articleId = 0;
    double score = 0;
};

// Full-text search with Russian and English morphology ("кандидат" finds "кандидатов",
// "report" finds "reports") over ticket subjects and descriptions, message text and KB
// articles: FTS5 with the sd_stem tokenizer on SQLite, tsvector/GIN on PostgreSQL. Every
// typed word must match. Ranking looks at the newest SearchSql::CandidateLimit matches per
// source, which keeps a search for a very common word fast.
class SearchRepository final
{
    Q_DISABLE_COPY_MOVE(SearchRepository)

public:
    using TicketOptions = SearchSql::TicketOptions;

    explicit SearchRepository(Database &db);

    // One hit per ticket, best first, at most options.limit. Empty when nothing searchable
    // was typed.
    Result<QList<SearchHit>> searchTickets(const QString &text, const TicketOptions &options = {});
    // `asYouType`: the last word counts as a prefix unless followed by a space (suggestions
    // in the submission dialog).
    Result<QList<KbHit>> searchKb(const QString &text, int limit = 10, bool publishedOnly = true,
                                  bool asYouType = false);

private:
    Database &m_db;
};

} // namespace sd::storage
