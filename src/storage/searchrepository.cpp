#include "searchrepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

SearchRepository::SearchRepository(Database &db) : m_db(db) {}

Result<QList<SearchHit>> SearchRepository::searchTickets(const QString &text,
                                                         const TicketOptions &options)
{
    TicketOptions bounded = options;
    bounded.limit = qBound(1, options.limit, 500);
    const std::optional<SqlFragment> query =
        SearchSql::rankedTickets(m_db.backend(), text, bounded);
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

Result<QList<KbHit>> SearchRepository::searchKb(const QString &text, int limit,
                                                bool publishedOnly, bool asYouType)
{
    const std::optional<SqlFragment> query = SearchSql::rankedKb(
        m_db.backend(), text, qBound(1, limit, 100), publishedOnly, asYouType);
    if (!query)
        return QList<KbHit>();
    Statement select(m_db, query->sql);
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
