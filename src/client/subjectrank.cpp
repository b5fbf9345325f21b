#include "subjectrank.h"

#include "ticketstore.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <thread>

namespace sd::client {

namespace {

// From this many rows on, rankAll() sorts on two threads.
constexpr std::size_t ParallelRows = 65536;
// Runs this short are sorted by comparing their text instead of eight more bytes of it.
constexpr std::ptrdiff_t ShortRun = 16;

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int common = std::memcmp(a.data(), b.data(), std::size_t(std::min(a.size(), b.size())));
    if (common != 0)
        return common;
    return a.size() < b.size() ? -1 : (b.size() < a.size() ? 1 : 0);
}

struct Item
{
    // Eight bytes of the subject from the current depth, big-endian, zero-padded.
    quint64 key;
    SubjectRank::Row row;
    // Bytes of the subject from the depth on, at most 9: "more than the key holds".
    quint16 tail;
    // Whether the subject differs from the one before it in sorted order.
    quint16 first;
};

bool sameKey(const Item &a, const Item &b)
{
    return a.key == b.key && a.tail == b.tail;
}

// Sorts rows by subject eight bytes at a time (a most-significant-digit radix sort with
// std::sort for each digit): a million subjects sharing a few dozen words tie on their first
// bytes again and again, and comparing whole texts on every tie costs a cache miss each.
class SubjectSorter
{
public:
    explicit SubjectSorter(const TicketStore &store) : m_store(store) {}

    void fill(Item *begin, Item *end, qsizetype depth) const
    {
        for (Item *item = begin; item < end; ++item) {
            const QByteArrayView subject = m_store.foldedSubject(item->row);
            const qsizetype rest = subject.size() - depth;
            const char *bytes = subject.data() + depth;
            quint64 key = 0;
            if (rest >= 8) {
                key = qFromBigEndian<quint64>(bytes);
            } else {
                for (qsizetype i = 0; i < 8; ++i)
                    key = (key << 8) | (i < rest ? quint8(bytes[i]) : 0u);
            }
            item->key = key;
            item->tail = quint16(std::clamp<qsizetype>(rest, 0, 9));
        }
    }

    // Sorts [begin, end), whose keys are filled at `depth` and whose subjects agree before
    // it; marks where the subject changes (begin's mark is the caller's).
    void sortFilled(Item *begin, Item *end, qsizetype depth) const
    {
        if (end - begin < 2)
            return;
        const quint16 headFirst = begin->first;
        std::sort(begin, end, [](const Item &a, const Item &b) {
            return a.key != b.key ? a.key < b.key : a.tail < b.tail;
        });
        begin->first = headFirst;
        for (Item *item = begin + 1; item < end; ++item)
            item->first = sameKey(item[-1], *item) ? 0 : 1;
        for (Item *run = begin; run < end;) {
            Item *next = run + 1;
            while (next < end && !next->first)
                ++next;
            // Equal keys with less than nine bytes left are equal subjects.
            if (next - run > 1 && run->tail > 8)
                sortDeeper(run, next, depth + 8);
            run = next;
        }
    }

private:
    void sortDeeper(Item *begin, Item *end, qsizetype depth) const
    {
        if (end - begin > ShortRun) {
            // Many equal or nearly equal long subjects (alerts a monitor files) would otherwise
            // take a sort for each eight bytes they share.
            depth += commonPrefix(begin, end, depth);
            fill(begin, end, depth);
            sortFilled(begin, end, depth);
            return;
        }
        const auto rest = [this, depth](const Item &item) {
            return m_store.foldedSubject(item.row).sliced(depth);
        };
        const quint16 headFirst = begin->first;
        std::sort(begin, end, [&rest](const Item &a, const Item &b) {
            return compareBytes(rest(a), rest(b)) < 0;
        });
        begin->first = headFirst;
        for (Item *item = begin + 1; item < end; ++item)
            item->first = compareBytes(rest(item[-1]), rest(*item)) != 0 ? 1 : 0;
    }

    // How many bytes from `depth` on every subject of [begin, end) shares with the first.
    qsizetype commonPrefix(const Item *begin, const Item *end, qsizetype depth) const
    {
        const QByteArrayView first = m_store.foldedSubject(begin->row).sliced(depth);
        qsizetype common = first.size();
        for (const Item *item = begin + 1; item < end && common > 0; ++item) {
            const QByteArrayView other = m_store.foldedSubject(item->row).sliced(depth);
            const qsizetype length = std::min(common, other.size());
            common = std::mismatch(first.begin(), first.begin() + length, other.begin()).first -
                     first.begin();
        }
        return common;
    }

    const TicketStore &m_store;
};

// Splits the items at a sampled median key, so that each half sorts on its own thread and
// every key of the first half is below every key of the second. Returns the split point.
Item *splitAtMedian(Item *begin, Item *end)
{
    std::vector<quint64> sample;
    const std::ptrdiff_t count = end - begin;
    const std::ptrdiff_t step = std::max<std::ptrdiff_t>(1, count / 255);
    for (std::ptrdiff_t i = 0; i < count; i += step)
        sample.push_back(begin[i].key);
    std::nth_element(sample.begin(), sample.begin() + std::ptrdiff_t(sample.size() / 2),
                     sample.end());
    const quint64 median = sample[sample.size() / 2];
    Item *middle = std::partition(begin, end, [median](const Item &i) { return i.key < median; });
    // The median is the smallest key: put its equals in the first half instead.
    if (middle == begin)
        middle = std::partition(begin, end, [median](const Item &i) { return i.key <= median; });
    return middle;
}

} // namespace

void SubjectRank::rankAll(const TicketStore &store)
{
    const std::size_t rows = store.rowCount();
    std::vector<Item> items(rows);
    for (std::size_t row = 0; row < rows; ++row)
        items[row] = {0, Row(row), 0, 0};
    const SubjectSorter sorter(store);
    Item *begin = items.data();
    Item *end = begin + rows;
    sorter.fill(begin, end, 0);
    if (rows >= ParallelRows) {
        Item *middle = splitAtMedian(begin, end);
        std::thread first([&sorter, begin, middle] { sorter.sortFilled(begin, middle, 0); });
        sorter.sortFilled(middle, end, 0);
        first.join();
        // The halves share no key, so the second one starts a new subject.
        if (middle != end)
            middle->first = 1;
    } else {
        sorter.sortFilled(begin, end, 0);
    }
    m_rank.assign(rows, Unranked);
    m_byRank.resize(rows);
    Rank rank = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (i == 0 || items[i].first)
            rank += 2;
        m_rank[items[i].row] = rank;
        m_byRank[i] = items[i].row;
    }
    m_former.clear();
    m_inexact = 0;
    m_ranked = true;
}

void SubjectRank::subjectChanging(Row row, QByteArrayView oldFolded)
{
    if (!m_ranked || row >= m_byRank.size() || m_former.contains(row))
        return;
    m_former.insert(row, {oldFolded.toByteArray(), m_rank[row]});
}

std::pair<QByteArrayView, SubjectRank::Rank> SubjectRank::rankedAt(const TicketStore &store,
                                                                   std::size_t position) const
{
    const Row row = m_byRank[position];
    if (!m_former.isEmpty())
        if (const auto former = m_former.constFind(row); former != m_former.cend())
            return {former->folded, former->rank};
    return {store.foldedSubject(row), m_rank[row]};
}

void SubjectRank::assign(const TicketStore &store, Row row, QByteArrayView folded)
{
    if (row >= m_rank.size())
        m_rank.resize(std::size_t(row) + 1, Unranked);
    if (!m_ranked)
        return;
    // The first ranked subject above `folded`; the one before it is the greatest at or below.
    std::size_t low = 0;
    std::size_t high = m_byRank.size();
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (compareBytes(rankedAt(store, middle).first, folded) <= 0)
            low = middle + 1;
        else
            high = middle;
    }
    Rank rank = 1;
    if (low > 0) {
        const auto [below, belowRank] = rankedAt(store, low - 1);
        rank = compareBytes(below, folded) == 0 ? belowRank : belowRank + 1;
    }
    if (!isExact(rank))
        ++m_inexact;
    m_rank[row] = rank;
}

bool SubjectRank::isStale() const
{
    // Inexact ranks only cost when two of them meet in a sort; ranking a million rows again
    // costs a few hundred milliseconds, so it waits for a few percent of them.
    return !m_ranked || m_inexact + std::size_t(m_former.size()) > 4096 + m_byRank.size() / 32;
}

} // namespace sd::client
