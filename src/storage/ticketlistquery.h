#pragma once

#include "sqlfragment.h"

#include <QList>

namespace sd::storage {

struct TicketFilter;

// The SQL behind TicketRepository::list: only the filters that are set become conditions,
// values are bound, rows come newest first (id descending) after the `after` cursor. A text
// filter is resolved first, into the ids of one page (SearchSql::newestMatchingTickets).
class TicketListQuery final
{
public:
    TicketListQuery() = delete;

    // " AND ..." conditions on `tickets t` for every filter but text and cursor.
    static SqlFragment conditions(const TicketFilter &filter);
    // A page without a text filter, in the filter's order.
    static SqlFragment page(const TicketFilter &filter, int rowLimit);
    // "SELECT count(*)" of at most `cap` + 1 rows of the filter (text aside); with a deadline
    // filter, up to twice that (the caller caps).
    static SqlFragment count(const TicketFilter &filter, int cap);
    // The tickets with these ids, newest first.
    static SqlFragment byIds(const QList<qint64> &ids);
    // "?, ?, ..." for an IN list, padded to a power of two with the last id, so a handful of
    // statement texts serve every page size and the prepared-statement cache stays small.
    static SqlFragment idList(const QList<qint64> &ids);

private:
    static SqlFragment cappedCount(const QString &conditions, const QVariantList &values, int cap);
};

} // namespace sd::storage
