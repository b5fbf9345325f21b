#pragma once

#include "databaseurl.h"
#include "sqlfragment.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {

// Builds the full-text queries for each backend from what a person typed. Every word must
// match (AND); on PostgreSQL each word matches in the Russian OR the English configuration.
// User text only ever travels as bound values.
class SearchSql final
{
public:
    // Candidates examined per source before ranking: the newest matches, so a search for a
    // very common word never ranks hundreds of thousands of rows.
    static constexpr int CandidateLimit = 50;
    static constexpr int MaxWords = 16;
    // SQLite indexes messages under ticket id * SearchKeyStride + ordinal (see the search
    // migration), so a ticket may hold this many messages.
    static constexpr qint64 SearchKeyStride = 1 << 20;

    struct TicketOptions
    {
        int limit = 20;
        qint64 organisationId = 0; // 0: all organisations
        bool includeInternal = true;
    };

    SearchSql() = delete;

    // SQLite: columns ticket_id, message_id (0: the ticket's subject/description), score
    // (higher is better); one row per ticket, best first, among the newest CandidateLimit
    // matches of each kind.
    static std::optional<SqlFragment> rankedTicketsSqlite(const QString &text,
                                                          const TicketOptions &options);
    // Two queries whose one column is the ids, newest first, of tickets matching `text`: by
    // subject/description, and by (visible) messages. `filter` holds extra conditions on
    // `tickets t`; at most `limit` ids each, below `before` when it is not 0. Each reads
    // newest first and stops after `limit` tickets: SQLite walks its FTS indexes backwards;
    // PostgreSQL walks tickets_pkey / messages_ticket_idx backwards for common words and
    // reads the GIN index for rare ones, choosing from the actual words (Plan::PerCall).
    // nullopt when nothing searchable was typed.
    static std::optional<QList<SqlFragment>> newestTickets(Backend backend, const QString &text,
                                                           bool includeInternal,
                                                           const SqlFragment &filter, qint64 before,
                                                           int limit);
    // PostgreSQL: rows (ticket_id, message_id, score) of the newest CandidateLimit matches by
    // subject/description and by messages; the caller keeps the best per ticket.
    static QList<SqlFragment> rankedCandidatesPostgres(const QStringList &words,
                                                       const TicketOptions &options);
    // Columns article_id, score; `prefix` treats the last word as typed so far.
    static std::optional<SqlFragment> rankedKb(Backend backend, const QString &text, int limit,
                                               bool publishedOnly, bool prefix);

    // The words a PostgreSQL query is built from: whitespace-separated, "ё" read as "е".
    static QStringList words(const QString &text);

private:
    static QList<SqlFragment> newestTicketsSqlite(const QString &match, bool includeInternal,
                                                  const SqlFragment &filter, qint64 before,
                                                  int limit);
    static QList<SqlFragment> newestTicketsPostgres(const QStringList &words, bool includeInternal,
                                                    const SqlFragment &filter, qint64 before,
                                                    int limit);
    // `(plainto_tsquery('russian', ?) || plainto_tsquery('english', ?)) && ...` and its values.
    static SqlFragment tsQuery(const QStringList &words, bool lastIsPrefix);
};

} // namespace sd::storage
