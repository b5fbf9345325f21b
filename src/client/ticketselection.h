#pragma once

#include "ticketfilter.h"
#include "ticketsortkey.h"
#include "ticketstore.h"

#include <QList>

#include <array>
#include <deque>
#include <optional>
#include <vector>

namespace sd::client {

// The rows the ticket table shows, in order: the store's live rows sorted by the sort keys,
// then narrowed by the filter. Built to stay interactive at a million rows: sorting keeps a
// sorted list of every row, so changing the filter is one pass over it; the typed filter
// searches the store's folded text with one byte search over the whole buffer, and narrows
// only the previous matches while the agent keeps typing; rows the sync changed move to
// their new places without a full sort.
class TicketSelection final
{
public:
    using Row = TicketStore::Row;
    // From this many rows on, the filter's passes run on two threads.
    static constexpr std::size_t ParallelRows = 65536;

    explicit TicketSelection(TicketStore &store);

    // Whose "My open" view; Unix seconds for time-based views and SLA states; how far ahead
    // "Breaching soon" looks. Take effect at the next setFilter()/refresh().
    void setUser(qint64 userId) { m_userId = userId; }
    void setNow(qint64 now) { m_now = now; }
    void setBreachingWindow(qint64 seconds) { m_breachingWindow = seconds; }
    qint64 now() const { return m_now; }

    void setOrder(const QList<TicketSortKey> &keys);
    void setFilter(const TicketFilter &filter);
    // Re-reads every row (after a bulk load or a change of user, clock or window).
    void refresh();
    // These rows of the store were added, changed or removed since the last call.
    void rowsChanged(const std::vector<Row> &rows);

    const QList<TicketSortKey> &order() const { return m_order; }
    const TicketFilter &filter() const { return m_filter; }
    std::size_t size() const { return m_visible.size(); }
    Row at(std::size_t position) const { return m_visible[position]; }
    std::optional<std::size_t> position(Row row) const;

    // How many live rows each view holds, ignoring the typed and column filters.
    std::array<std::size_t, TicketFilter::ViewCount> viewCounts() const;
    bool inView(Row row, TicketFilter::View view) const;

private:
    bool less(Row a, Row b) const;
    int compare(TicketColumn column, Row a, Row b) const;
    // Order-preserving integer for one sort level (a prefix for numbers: ties go to less()).
    quint64 sortKey(const TicketSortKey &key, Row row) const;
    void sortAll();
    void matchText(const QByteArray &needle);
    void searchFor(const QByteArray &previous, bool narrowing);
    void searchRows(Row begin, Row end);
    // Re-checks a matching row for a longer needle (`extended`: it starts with the old one).
    void narrowRow(Row row, bool extended);
    // Whether the row matches the needle from `from` on, or by its names; records where.
    void matchRow(Row row, qsizetype from);
    void matchNames();
    bool accepts(Row row) const;
    void rebuildVisible();

    TicketStore &m_store;
    qint64 m_userId = 0;
    qint64 m_now = 0;
    qint64 m_breachingWindow = 3600;
    QList<TicketSortKey> m_order;
    TicketFilter m_filter;
    std::vector<Row> m_sorted;
    std::vector<Row> m_visible;
    mutable std::vector<qint32> m_positions;
    mutable bool m_positionsValid = false;
    QByteArray m_needle;
    std::vector<std::uint8_t> m_textMatch;
    // Where in each matching row's search text the needle first occurs (NoOffset: matched by
    // a name), so typing on checks that place first instead of searching the row again.
    static constexpr quint16 NoOffset = 0xffff;
    std::vector<quint16> m_matchAt;
    // The last few searches, for corrections; any change to the rows forgets them.
    struct RecentMatch
    {
        QByteArray needle;
        std::vector<std::uint8_t> matches;
        std::vector<quint16> at;
    };
    static constexpr std::size_t RecentNeedles = 8;
    std::deque<RecentMatch> m_recent;
    std::vector<std::uint8_t> m_requesterMatch;
    std::vector<std::uint8_t> m_organisationMatch;
    std::vector<std::uint8_t> m_requesterColumn;
    std::vector<std::uint8_t> m_organisationColumn;
    bool m_filterRequesters = false;
    bool m_filterOrganisations = false;
};

} // namespace sd::client
