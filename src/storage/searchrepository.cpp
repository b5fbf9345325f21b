#include "searchrepository.h"

#include "database.h"
#include "statement.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace sd::storage {

namespace {

bool better(const SearchHit &a, const SearchHit &b)
{
    return a.score != b.score ? a.score > b.score : a.ticketId > b.ticketId;
}

} // namespace

SearchRepository::SearchRepository(Database &db) : m_db(db) {}

Result<QList<SearchHit>> SearchRepository::searchTickets(const QString &text,
                                                         const TicketOptions &options)
{
    TicketOptions bounded = options;
    bounded.limit = qBound(1, options.limit, 500);
    if (m_db.backend() == Backend::PostgreSql) {
        const QStringList words = SearchSql::words(text);
        if (words.isEmpty())
            return QList<SearchHit>();
        return searchTicketsPostgres(words, bounded);
    }
    const std::optional<SqlFragment> query = SearchSql::rankedTicketsSqlite(text, bounded);
    if (!query)
        return QList<SearchHit>();
    Statement select(m_db, query->sql);
    for (const QVariant &value : query->values)
        select.bind(value);
    if (!select.exec())
        return select.error();
    QList<SearchHit> hits;
    while (select.next())
        hits.append({select.id(0), select.id(1), select.value(2).toDouble()});
    return hits;
}

Result<QList<SearchHit>> SearchRepository::searchTicketsPostgres(const QStringList &words,
                                                                 const TicketOptions &options)
{
    const Result<QList<QVariantList>> rows =
        run(SearchSql::rankedCandidatesPostgres(words, options));
    if (!rows)
        return rows.error();
    QHash<qint64, SearchHit> best;
    for (const QVariantList &row : rows.value()) {
        const SearchHit hit{row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toDouble()};
        const auto found = best.constFind(hit.ticketId);
        if (found == best.cend() || hit.score > found->score)
            best.insert(hit.ticketId, hit);
    }
    QList<SearchHit> hits = best.values();
    std::sort(hits.begin(), hits.end(), better);
    if (hits.size() > options.limit)
        hits.resize(options.limit);
    return hits;
}

Result<QList<qint64>> SearchRepository::newestMatchingTickets(const QString &text,
                                                              bool includeInternal,
                                                              const SqlFragment &filter,
                                                              qint64 before, int count)
{
    const std::optional<QList<SqlFragment>> queries =
        SearchSql::newestTickets(m_db.backend(), text, includeInternal, filter, before, count);
    if (!queries)
        return QList<qint64>();
    const Result<QList<QVariantList>> rows = run(queries.value());
    if (!rows)
        return rows.error();
    // Each query holds the newest `count` matches of its kind, so together they hold the
    // newest `count` matches overall.
    QList<qint64> ids;
    for (const QVariantList &row : rows.value())
        ids.append(row.at(0).toLongLong());
    std::sort(ids.begin(), ids.end(), std::greater<>());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() > count)
        ids.resize(count);
    return ids;
}

Result<QList<QVariantList>> SearchRepository::run(const QList<SqlFragment> &queries)
{
    QList<QVariantList> rows;
    for (const SqlFragment &query : queries) {
        Statement select(m_db, query.sql, Statement::Plan::PerCall);
        for (const QVariant &value : query.values)
            select.bind(value);
        if (!select.exec())
            return select.error();
        while (select.next()) {
            QVariantList row;
            for (int column = 0; column < select.columnCount(); ++column)
                row.append(select.value(column));
            rows.append(row);
        }
    }
    return rows;
}

Result<QList<KbHit>> SearchRepository::searchKb(const QString &text, int limit, bool publishedOnly,
                                                bool asYouType)
{
    const std::optional<SqlFragment> query =
        SearchSql::rankedKb(m_db.backend(), text, qBound(1, limit, 100), publishedOnly, asYouType);
    if (!query)
        return QList<KbHit>();
    Statement select(m_db, query->sql, Statement::Plan::PerCall);
    for (const QVariant &value : query->values)
        select.bind(value);
    if (!select.exec())
        return select.error();
    QList<KbHit> hits;
    while (select.next())
        hits.append({select.id(0), select.value(1).toDouble()});
    return hits;
}

} // namespace sd::storage
