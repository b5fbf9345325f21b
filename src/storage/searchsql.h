#pragma once

#include "databaseurl.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sd::storage {

// SQL text plus the values for its `?` placeholders, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;
};

// Builds the full-text queries for each backend from what a person typed. Every word must
// match (AND); on PostgreSQL each word matches in the Russian OR the English configuration.
// User text only ever travels as bound values.
class SearchSql final
{
public:
    // Candidates examined per source before ranking: the newest matches of a very common
    // word, so a search never ranks hundreds of thousands of rows.
    static constexpr int CandidateLimit = 2000;
    static constexpr int MaxWords = 16;

    struct TicketOptions
    {
        int limit = 20;
        qint64 organisationId = 0; // 0: all organisations
        bool includeInternal = true;
    };

    SearchSql() = delete;

    // Columns ticket_id, message_id (0: the ticket's subject/description), score (higher is
    // better); one row per ticket, best first. nullopt when nothing searchable was typed.
    static std::optional<SqlFragment> rankedTickets(Backend backend, const QString &text,
                                                    const TicketOptions &options);
    // One column: ids of tickets whose subject, description or visible messages match.
    static std::optional<SqlFragment> matchingTicketIds(Backend backend, const QString &text,
                                                        bool includeInternal);
    // Columns article_id, score; `prefix` treats the last word as typed so far.
    static std::optional<SqlFragment> rankedKb(Backend backend, const QString &text, int limit,
                                               bool publishedOnly, bool prefix);

    // The words a PostgreSQL query is built from: whitespace-separated, "ё" read as "е".
    static QStringList words(const QString &text);

private:
    static std::optional<SqlFragment> rankedTicketsSqlite(const QString &text,
                                                          const TicketOptions &options);
    static std::optional<SqlFragment> rankedTicketsPostgres(const QString &text,
                                                            const TicketOptions &options);
    // `(plainto_tsquery('russian', ?) || plainto_tsquery('english', ?)) && ...` and its values.
    static SqlFragment tsQuery(const QStringList &words, bool lastIsPrefix);
};

} // namespace sd::storage
