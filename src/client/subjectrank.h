#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <cstdint>
#include <utility>
#include <vector>

namespace sd::client {

class TicketStore;

// The folded subjects' byte order as one integer per row, so that sorting a million tickets
// by subject compares integers, not text. rankAll() sorts every row's subject once and gives
// ranks 2, 4, 6, ... (equal subjects share one). A subject written later takes the rank of the
// equal subject ranked then, or the odd rank just above the greatest one below it, found by
// binary search. So a lower rank always means a lower subject and an equal even rank an equal
// subject; only two equal odd ranks say nothing (the subjects may differ).
class SubjectRank final
{
public:
    using Row = std::uint32_t;
    using Rank = std::uint32_t;
    // Rows written before the first rankAll().
    static constexpr Rank Unranked = 0;

    static bool isExact(Rank rank) { return rank != Unranked && rank % 2 == 0; }

    void reserve(std::size_t rows) { m_rank.reserve(rows); }
    // Ranks every row of the store, on two threads for a large store.
    void rankAll(const TicketStore &store);
    // `row`, ranked by the last rankAll(), is about to get another subject: the binary search
    // keeps using the old one at the row's old place.
    void subjectChanging(Row row, QByteArrayView oldFolded);
    // `row` (new, or after subjectChanging()) now has the subject `folded`.
    void assign(const TicketStore &store, Row row, QByteArrayView folded);

    Rank of(Row row) const { return m_rank[row]; }
    // Never ranked, or so many rows since have inexact ranks (or moved away from their
    // place) that ranking again pays off.
    bool isStale() const;

private:
    struct Former
    {
        QByteArray folded;
        Rank rank;
    };
    // The subject and rank of the `position`-th ranked row as rankAll() saw them.
    std::pair<QByteArrayView, Rank> rankedAt(const TicketStore &store, std::size_t position) const;

    std::vector<Rank> m_rank;
    // Every row rankAll() saw, in subject order.
    std::vector<Row> m_byRank;
    QHash<Row, Former> m_former;
    std::size_t m_inexact = 0;
    bool m_ranked = false;
};

} // namespace sd::client
