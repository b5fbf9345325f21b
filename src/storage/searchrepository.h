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

    // Ids of the newest `count` tickets (below `before` unless 0) whose subject, description
    // or (visible) messages match every word of `text` and that pass `filter`, extra " AND"
    // conditions on `tickets t`. Newest first; what TicketRepository::list pages through.
    Result<QList<qint64>> newestMatchingTickets(const QString &text, bool includeInternal,
                                                const SqlFragment &filter, qint64 before,
                                                int count);

private:
    Result<QList<SearchHit>> searchTicketsPostgres(const QStringList &words,
                                                   const TicketOptions &options);
    Result<QList<QVariantList>> run(const QList<SqlFragment> &queries);

    Database &m_db;
};

} // namespace sd::storage
