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

std::optional<SqlFragment> SearchSql::rankedTickets(Backend backend, const QString &text,
                                                    const TicketOptions &options)
{
    return backend == Backend::Sqlite ? rankedTicketsSqlite(text, options)
                                      : rankedTicketsPostgres(text, options);
}

std::optional<SqlFragment> SearchSql::rankedTicketsSqlite(const QString &text,
                                                          const TicketOptions &options)
{
    const QString match = StemmingTokenizer::buildMatchQuery(text);
    if (match.isEmpty())
        return std::nullopt;
    const QString organisation = options.organisationId != 0
                                     ? QStringLiteral(" AND t.organisation_id = ?")
                                     : QString();
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
                             "FROM message_search JOIN messages m ON m.id = message_search.rowid "
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

std::optional<SqlFragment> SearchSql::rankedTicketsPostgres(const QString &text,
                                                            const TicketOptions &options)
{
    const QStringList terms = words(text);
    if (terms.isEmpty())
        return std::nullopt;
    const SqlFragment query = tsQuery(terms, false);
    const bool byOrganisation = options.organisationId != 0;
    SqlFragment out;
    out.sql = QStringLiteral("SELECT ticket_id, message_id, score FROM (SELECT DISTINCT ON "
                             "(ticket_id) ticket_id, message_id, score FROM ("
                             "(SELECT t.id AS ticket_id, 0::bigint AS message_id, "
                             "ts_rank(t.search_vector, ");
    append(out, query);
    out.sql += QStringLiteral(") AS score FROM tickets t WHERE t.search_vector @@ (");
    append(out, query);
    out.sql += u')';
    if (byOrganisation) {
        out.sql += QStringLiteral(" AND t.organisation_id = ?");
        out.values << options.organisationId;
    }
    out.sql += QStringLiteral(" ORDER BY t.id DESC LIMIT %1) UNION ALL (SELECT m.ticket_id, "
                              "m.id, ts_rank(m.search_vector, ")
                   .arg(CandidateLimit);
    append(out, query);
    out.sql += QStringLiteral(") FROM messages m JOIN tickets t ON t.id = m.ticket_id "
                              "WHERE m.search_vector @@ (");
    append(out, query);
    out.sql += u')';
    if (!options.includeInternal)
        out.sql += QStringLiteral(" AND NOT m.internal");
    if (byOrganisation) {
        out.sql += QStringLiteral(" AND t.organisation_id = ?");
        out.values << options.organisationId;
    }
    out.sql += QStringLiteral(" ORDER BY m.id DESC LIMIT %1)) hits ORDER BY ticket_id, "
                              "score DESC) best ORDER BY score DESC, ticket_id DESC LIMIT ?")
                   .arg(CandidateLimit);
    out.values << options.limit;
    return out;
}

std::optional<SqlFragment> SearchSql::matchingTicketIds(Backend backend, const QString &text,
                                                        bool includeInternal)
{
    const QString internal =
        includeInternal ? QString() : QStringLiteral(" AND m.internal = FALSE");
    SqlFragment out;
    if (backend == Backend::Sqlite) {
        const QString match = StemmingTokenizer::buildMatchQuery(text);
        if (match.isEmpty())
            return std::nullopt;
        out.sql = QStringLiteral("SELECT rowid FROM ticket_search WHERE ticket_search MATCH ? "
                                 "UNION SELECT m.ticket_id FROM message_search JOIN messages m "
                                 "ON m.id = message_search.rowid "
                                 "WHERE message_search MATCH ?") +
                  internal;
        out.values << match << match;
        return out;
    }
    const QStringList terms = words(text);
    if (terms.isEmpty())
        return std::nullopt;
    const SqlFragment query = tsQuery(terms, false);
    out.sql = QStringLiteral("SELECT id FROM tickets WHERE search_vector @@ (");
    append(out, query);
    out.sql += QStringLiteral(") UNION SELECT m.ticket_id FROM messages m "
                              "WHERE m.search_vector @@ (");
    append(out, query);
    out.sql += u')' + internal;
    return out;
}

std::optional<SqlFragment> SearchSql::rankedKb(Backend backend, const QString &text, int limit,
                                               bool publishedOnly, bool prefix)
{
    const QString published =
        publishedOnly ? QStringLiteral(" AND a.published = TRUE") : QString();
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
