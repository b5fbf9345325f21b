#include "searchsql.h"

#include "stemmingtokenizer.h"

#include <QRegularExpression>

namespace sd::storage {

namespace {

void append(SqlFragment &into, const SqlFragment &part)
{
    into.sql += part.sql;
    into.values += part.values;
}

} // namespace

QStringList SearchSql::words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString folded = text;
    folded.replace(u'ё', u'е').replace(u'Ё', u'Е');
    QStringList out = folded.split(space, Qt::SkipEmptyParts);
    if (out.size() > MaxWords)
        out.resize(MaxWords);
    return out;
}

SqlFragment SearchSql::tsQuery(const QStringList &words, bool lastIsPrefix)
{
    SqlFragment query;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            query.sql += QStringLiteral(" && ");
        QString word = words.at(i);
        if (lastIsPrefix && i == words.size() - 1) {
            // Only letters and digits reach to_tsquery, so its syntax cannot be injected.
            word.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
            if (!word.isEmpty()) {
                query.sql += QStringLiteral("(to_tsquery('russian', ?) || "
                                            "to_tsquery('english', ?))");
                const QString prefix = word + u":*";
                query.values << prefix << prefix;
                continue;
            }
        }
        query.sql += QStringLiteral("(plainto_tsquery('russian', ?) || "
                                    "plainto_tsquery('english', ?))");
        query.values << words.at(i) << words.at(i);
    }
    return query;
}

std::optional<SqlFragment> SearchSql::rankedTicketsSqlite(const QString &text,
                                                          const TicketOptions &options)
{
    const QString match = StemmingTokenizer::buildMatchQuery(text);
    if (match.isEmpty())
        return std::nullopt;
    const QString organisation =
        options.organisationId != 0 ? QStringLiteral(" AND t.organisation_id = ?") : QString();
    const QString internal =
        options.includeInternal ? QString() : QStringLiteral(" AND m.internal = FALSE");
    SqlFragment out;
    // bm25() is lower for better matches; scores are negated so higher is better everywhere.
    out.sql = QStringLiteral("SELECT ticket_id, message_id, -MIN(rank) AS score FROM ("
                             "SELECT * FROM (SELECT ticket_search.rowid AS ticket_id, "
                             "0 AS message_id, ticket_search.rank AS rank FROM ticket_search "
                             "JOIN tickets t ON t.id = ticket_search.rowid "
                             "WHERE ticket_search MATCH ?") +
              organisation +
              QStringLiteral(" ORDER BY ticket_search.rowid DESC LIMIT %1) UNION ALL "
                             "SELECT * FROM (SELECT m.ticket_id, m.id, message_search.rank "
                             "FROM message_search JOIN messages m "
                             "ON m.search_key = message_search.rowid "
                             "JOIN tickets t ON t.id = m.ticket_id "
                             "WHERE message_search MATCH ?")
                  .arg(CandidateLimit) +
              internal + organisation +
              QStringLiteral(" ORDER BY message_search.rowid DESC LIMIT %1)) "
                             "GROUP BY ticket_id ORDER BY score DESC, ticket_id DESC LIMIT ?")
                  .arg(CandidateLimit);
    out.values << match;
    if (options.organisationId != 0)
        out.values << options.organisationId;
    out.values << match;
    if (options.organisationId != 0)
        out.values << options.organisationId;
    out.values << options.limit;
    return out;
}

QList<SqlFragment> SearchSql::newestTicketsSqlite(const QString &match, bool includeInternal,
                                                  const SqlFragment &filter, qint64 before,
                                                  int limit)
{
    // Both read their index backwards (newest ticket first) and stop after `limit` tickets.
    SqlFragment tickets{QStringLiteral("SELECT t.id FROM ticket_search JOIN tickets t ON "
                                       "t.id = ticket_search.rowid WHERE ticket_search MATCH ?"),
                        {match}};
    SqlFragment messages{QStringLiteral("SELECT DISTINCT message_search.rowid / %1 FROM "
                                        "message_search JOIN tickets t ON "
                                        "t.id = message_search.rowid / %1")
                             .arg(SearchKeyStride),
                         {}};
    if (!includeInternal) {
        messages.sql += QStringLiteral(" JOIN messages m ON m.search_key = message_search.rowid "
                                       "AND m.internal = FALSE");
    }
    messages.sql += QStringLiteral(" WHERE message_search MATCH ?");
    messages.values << match;
    append(tickets, filter);
    append(messages, filter);
    if (before > 0) {
        tickets.sql += QStringLiteral(" AND ticket_search.rowid < ?");
        tickets.values << before;
        messages.sql += QStringLiteral(" AND message_search.rowid < ?");
        messages.values << before * SearchKeyStride;
    }
    tickets.sql += QStringLiteral(" ORDER BY ticket_search.rowid DESC LIMIT ?");
    messages.sql += QStringLiteral(" ORDER BY message_search.rowid DESC LIMIT ?");
    tickets.values << limit;
    messages.values << limit;
    return {tickets, messages};
}

QList<SqlFragment> SearchSql::newestTicketsPostgres(const QStringList &words, bool includeInternal,
                                                    const SqlFragment &filter, qint64 before,
                                                    int limit)
{
    const SqlFragment query = tsQuery(words, false);
    SqlFragment tickets{QStringLiteral("SELECT t.id FROM tickets t WHERE t.search_vector @@ ("),
                        {}};
    append(tickets, query);
    tickets.sql += u')';
    SqlFragment messages{QStringLiteral("SELECT m.ticket_id FROM messages m JOIN tickets t ON "
                                        "t.id = m.ticket_id WHERE m.search_vector @@ ("),
                         {}};
    append(messages, query);
    messages.sql += includeInternal ? QStringLiteral(")") : QStringLiteral(") AND NOT m.internal");
    append(tickets, filter);
    append(messages, filter);
    if (before > 0) {
        tickets.sql += QStringLiteral(" AND t.id < ?");
        tickets.values << before;
        messages.sql += QStringLiteral(" AND m.ticket_id < ?");
        messages.values << before;
    }
    tickets.sql += QStringLiteral(" ORDER BY t.id DESC LIMIT ?");
    messages.sql += QStringLiteral(" GROUP BY m.ticket_id ORDER BY m.ticket_id DESC LIMIT ?");
    tickets.values << limit;
    messages.values << limit;
    return {tickets, messages};
}

std::optional<QList<SqlFragment>> SearchSql::newestTickets(Backend backend, const QString &text,
                                                           bool includeInternal,
                                                           const SqlFragment &filter, qint64 before,
                                                           int limit)
{
    if (backend == Backend::Sqlite) {
        const QString match = StemmingTokenizer::buildMatchQuery(text);
        if (match.isEmpty())
            return std::nullopt;
        return newestTicketsSqlite(match, includeInternal, filter, before, limit);
    }
    const QStringList terms = words(text);
    if (terms.isEmpty())
        return std::nullopt;
    return newestTicketsPostgres(terms, includeInternal, filter, before, limit);
}

QList<SqlFragment> SearchSql::rankedCandidatesPostgres(const QStringList &words,
                                                       const TicketOptions &options)
{
    const SqlFragment query = tsQuery(words, false);
    SqlFragment tickets{QStringLiteral("SELECT t.id, 0, ts_rank(t.search_vector, ("), {}};
    append(tickets, query);
    tickets.sql += QStringLiteral(")) FROM tickets t WHERE t.search_vector @@ (");
    append(tickets, query);
    tickets.sql += u')';
    SqlFragment messages{QStringLiteral("SELECT m.ticket_id, m.id, ts_rank(m.search_vector, ("),
                         {}};
    append(messages, query);
    messages.sql += QStringLiteral(")) FROM messages m JOIN tickets t ON t.id = m.ticket_id "
                                   "WHERE m.search_vector @@ (");
    append(messages, query);
    messages.sql += u')';
    if (!options.includeInternal)
        messages.sql += QStringLiteral(" AND NOT m.internal");
    for (SqlFragment *side : {&tickets, &messages}) {
        if (options.organisationId != 0) {
            side->sql += QStringLiteral(" AND t.organisation_id = ?");
            side->values << options.organisationId;
        }
        side->values << CandidateLimit;
    }
    tickets.sql += QStringLiteral(" ORDER BY t.id DESC LIMIT ?");
    messages.sql += QStringLiteral(" ORDER BY m.id DESC LIMIT ?");
    return {tickets, messages};
}

std::optional<SqlFragment> SearchSql::rankedKb(Backend backend, const QString &text, int limit,
                                               bool publishedOnly, bool prefix)
{
    const QString published = publishedOnly ? QStringLiteral(" AND a.published = TRUE") : QString();
    SqlFragment out;
    if (backend == Backend::Sqlite) {
        const QString match = StemmingTokenizer::buildMatchQuery(
            text, prefix ? StemmingTokenizer::QueryMode::LastWordPrefix
                         : StemmingTokenizer::QueryMode::AllWords);
        if (match.isEmpty())
            return std::nullopt;
        out.sql = QStringLiteral("SELECT a.id, -kb_search.rank AS score FROM kb_search "
                                 "JOIN kb_articles a ON a.id = kb_search.rowid "
                                 "WHERE kb_search MATCH ?") +
                  published + QStringLiteral(" ORDER BY kb_search.rank LIMIT ?");
        out.values << match << limit;
        return out;
    }
    const QStringList terms = words(text);
    if (terms.isEmpty())
        return std::nullopt;
    const SqlFragment query = tsQuery(terms, prefix && !text.back().isSpace());
    out.sql = QStringLiteral("SELECT a.id, ts_rank(a.search_vector, ");
    append(out, query);
    out.sql += QStringLiteral(") AS score FROM kb_articles a WHERE a.search_vector @@ (");
    append(out, query);
    out.sql += u')' + published + QStringLiteral(" ORDER BY score DESC, a.id LIMIT ?");
    out.values << limit;
    return out;
}

} // namespace sd::storage
