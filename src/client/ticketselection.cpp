#include "ticketselection.h"

#include "core/ticketworkflow.h"
#include "textfold.h"
#include "ticketsla.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <thread>

namespace sd::client {

namespace {

using core::TicketStatus;

constexpr qint64 RecentlyResolvedSeconds = 7 * 24 * 3600;

// memmem for the short needles the first keystrokes make. glibc's memmem prepares a shift
// table on every call, which dominates when a one- or two-letter needle hits in nearly every
// row; scanning for the needle's last byte with memchr (Cyrillic letters share their first
// byte, not their last) and comparing the rest does not.
const char *find(const char *haystack, qsizetype size, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n > 8)
        return static_cast<const char *>(
            memmem(haystack, std::size_t(size), needle.constData(), std::size_t(n)));
    if (n == 0 || n > size)
        return n == 0 ? haystack : nullptr;
    const char last = needle[n - 1];
    const char *p = haystack + n - 1;
    const char *end = haystack + size;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, last, std::size_t(end - p)));
        if (p == nullptr)
            return nullptr;
        if (std::memcmp(p - (n - 1), needle.constData(), std::size_t(n - 1)) == 0)
            return p - (n - 1);
        ++p;
    }
    return nullptr;
}

bool contains(QByteArrayView haystack, const QByteArray &needle)
{
    return find(haystack.data(), haystack.size(), needle) != nullptr;
}

// Order-preserving map of a signed value onto an unsigned key.
quint64 signedKey(qint64 value)
{
    return quint64(value) ^ (quint64(1) << 63);
}

// The digits of a ticket number as one integer ("SD-2026-000123" -> 2026000123), so numbers
// sort by year and sequence without comparing text.
quint64 digitsKey(QByteArrayView number)
{
    quint64 key = 0;
    int digits = 0;
    for (const char c : number)
        if (c >= '0' && c <= '9' && digits++ < 19)
            key = key * 10 + quint64(c - '0');
    return key;
}

template <typename T> int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const int common = std::memcmp(a.data(), b.data(), std::size_t(std::min(a.size(), b.size())));
    return common != 0 ? common : threeWay(a.size(), b.size());
}

void matchNameTable(const NameTable &names, const QByteArray &needle,
                    std::vector<std::uint8_t> &matches)
{
    matches.assign(names.size(), 0);
    if (needle.isEmpty())
        return;
    for (std::size_t i = 1; i < names.size(); ++i)
        matches[i] = contains(names.folded(NameTable::Index(i)), needle) ? 1 : 0;
}

// Runs `work` over [0, count) split in two, the first half on a second thread: the typed
// filter's passes over a million rows take half as long on the two cores a desktop has at
// least. Small counts stay on the calling thread.
template <typename Work> void inHalves(std::size_t count, Work &&work)
{
    if (count < TicketSelection::ParallelRows) {
        work(std::size_t(0), count);
        return;
    }
    const std::size_t middle = count / 2;
    std::thread first([&work, middle] { work(std::size_t(0), middle); });
    work(middle, count);
    first.join();
}

// std::sort on two threads, one half each, then one merge straight into the rows' order: a
// million keyed rows sort in a little more than half the time, with no merge buffer.
template <typename Keyed, typename Less>
void sortInHalves(std::vector<Keyed> &items, const Less &less, std::vector<TicketStore::Row> &rows)
{
    inHalves(items.size(), [&items, &less](std::size_t begin, std::size_t end) {
        std::sort(items.begin() + std::ptrdiff_t(begin), items.begin() + std::ptrdiff_t(end), less);
    });
    // Where inHalves() split them (nowhere below ParallelRows).
    const std::size_t split =
        items.size() >= TicketSelection::ParallelRows ? items.size() / 2 : items.size();
    const auto middle = items.cbegin() + std::ptrdiff_t(split);
    auto first = items.cbegin();
    auto second = middle;
    rows.resize(items.size());
    auto out = rows.begin();
    while (first != middle && second != items.cend())
        *out++ = (less(*second, *first) ? *second++ : *first++).row;
    for (; first != middle; ++first)
        *out++ = first->row;
    for (; second != items.cend(); ++second)
        *out++ = second->row;
}

} // namespace

TicketSelection::TicketSelection(TicketStore &store) : m_store(store)
{
    m_order = {TicketSortKey{}};
}

void TicketSelection::setOrder(const QList<TicketSortKey> &keys)
{
    m_order = keys.isEmpty() ? QList<TicketSortKey>{TicketSortKey{}} : keys;
    sortAll();
    rebuildVisible();
}

void TicketSelection::setFilter(const TicketFilter &filter)
{
    const bool textChanged = filter.text != m_filter.text;
    const bool namesChanged = filter.requesterText != m_filter.requesterText ||
                              filter.organisationText != m_filter.organisationText;
    m_filter = filter;
    if (textChanged)
        matchText(TextFold::fold(filter.text.trimmed()));
    if (namesChanged)
        matchNames();
    rebuildVisible();
}

void TicketSelection::refresh()
{
    m_recent.clear();
    m_textMatch.clear();
    const QByteArray needle = std::exchange(m_needle, {});
    matchText(needle);
    matchNames();
    sortAll();
    rebuildVisible();
}

void TicketSelection::sortAll()
{
    const bool bySubject =
        std::any_of(m_order.cbegin(), m_order.cend(),
                    [](const TicketSortKey &k) { return k.column == TicketColumn::Subject; });
    if (bySubject && m_store.subjectRanksStale())
        m_store.rankSubjects();
    // Integer keys for the first levels decide almost every comparison without touching the
    // store; only rows equal on all of them go through less().
    struct Keyed
    {
        std::array<quint64, 4> keys;
        Row row;
    };
    // A number key is only a prefix of the order, so no level may follow it. A subject key is
    // exact but for rows whose subject was written after the ranking and got an inexact rank:
    // their later levels stay zero, so their ties go to less(). When every level is exact the
    // newest-first tie-break becomes the last key.
    int levels = 0;
    bool exact = true;
    while (exact && levels < std::min<qsizetype>(m_order.size(), 3))
        exact = m_order[levels++].column != TicketColumn::Number;
    exact = exact && m_order.size() <= 3;
    std::vector<Keyed> keyed;
    keyed.reserve(m_store.liveCount());
    for (Row row = 0; row < m_store.rowCount(); ++row) {
        if (!m_store.isLive(row))
            continue;
        Keyed item{{0, 0, 0, 0}, row};
        bool inexactSubject = false;
        for (int level = 0; level < levels && !inexactSubject; ++level) {
            item.keys[std::size_t(level)] = sortKey(m_order[level], row);
            inexactSubject = m_order[level].column == TicketColumn::Subject &&
                             !SubjectRank::isExact(m_store.subjectRank(row));
        }
        if (exact && !inexactSubject)
            item.keys[std::size_t(levels)] = ~signedKey(m_store.id(row));
        keyed.push_back(item);
    }
    // less() reads the names' ranks, which are computed on first use: not on two threads.
    for (const NameTable *names :
         {&m_store.requesters(), &m_store.organisations(), &m_store.queues(), &m_store.agents()})
        names->ranks();
    // Key by key: std::array's operators compare through memcmp calls, a quarter of the time.
    const auto before = [this](const Keyed &a, const Keyed &b) {
        for (std::size_t level = 0; level < a.keys.size(); ++level)
            if (a.keys[level] != b.keys[level])
                return a.keys[level] < b.keys[level];
        return less(a.row, b.row);
    };
    sortInHalves(keyed, before, m_sorted);
}

quint64 TicketSelection::sortKey(const TicketSortKey &key, Row row) const
{
    quint64 value = 0;
    switch (key.column) {
    case TicketColumn::Number:
        value = digitsKey(m_store.numberBytes(row));
        break;
    case TicketColumn::Subject:
        value = m_store.subjectRank(row);
        break;
    case TicketColumn::Requester:
        value = m_store.requesters().ranks()[m_store.requester(row)];
        break;
    case TicketColumn::Organisation:
        value = m_store.organisations().ranks()[m_store.organisation(row)];
        break;
    case TicketColumn::Queue:
        value = m_store.queues().ranks()[m_store.queue(row)];
        break;
    case TicketColumn::Assignee:
        value = m_store.agents().ranks()[m_store.assignee(row)];
        break;
    case TicketColumn::Status:
        value = quint64(m_store.status(row));
        break;
    case TicketColumn::Priority:
        value = quint64(m_store.priority(row));
        break;
    case TicketColumn::Category:
        value = quint64(m_store.category(row));
        break;
    case TicketColumn::Sla:
        value = signedKey(TicketSla::urgency(m_store, row, m_now));
        break;
    case TicketColumn::Updated:
        value = signedKey(m_store.updatedAt(row));
        break;
    case TicketColumn::Created:
        value = signedKey(m_store.createdAt(row));
        break;
    }
    return key.order == Qt::AscendingOrder ? value : ~value;
}

int TicketSelection::compare(TicketColumn column, Row a, Row b) const
{
    const TicketStore &s = m_store;
    switch (column) {
    case TicketColumn::Number:
        if (const int c = threeWay(digitsKey(s.numberBytes(a)), digitsKey(s.numberBytes(b))))
            return c;
        return compareBytes(s.numberBytes(a), s.numberBytes(b));
    case TicketColumn::Subject: {
        // Different ranks order the subjects; equal ones only when exact (SubjectRank).
        const SubjectRank::Rank ra = s.subjectRank(a);
        const SubjectRank::Rank rb = s.subjectRank(b);
        if (ra != rb && ra != SubjectRank::Unranked && rb != SubjectRank::Unranked)
            return threeWay(ra, rb);
        if (ra == rb && SubjectRank::isExact(ra))
            return 0;
        return compareBytes(s.foldedSubject(a), s.foldedSubject(b));
    }
    case TicketColumn::Requester:
        return threeWay(s.requesters().ranks()[s.requester(a)],
                        s.requesters().ranks()[s.requester(b)]);
    case TicketColumn::Organisation:
        return threeWay(s.organisations().ranks()[s.organisation(a)],
                        s.organisations().ranks()[s.organisation(b)]);
    case TicketColumn::Queue:
        return threeWay(s.queues().ranks()[s.queue(a)], s.queues().ranks()[s.queue(b)]);
    case TicketColumn::Assignee:
        return threeWay(s.agents().ranks()[s.assignee(a)], s.agents().ranks()[s.assignee(b)]);
    case TicketColumn::Status:
        return threeWay(int(s.status(a)), int(s.status(b)));
    case TicketColumn::Priority:
        return threeWay(int(s.priority(a)), int(s.priority(b)));
    case TicketColumn::Category:
        return threeWay(int(s.category(a)), int(s.category(b)));
    case TicketColumn::Sla:
        return threeWay(TicketSla::urgency(s, a, m_now), TicketSla::urgency(s, b, m_now));
    case TicketColumn::Updated:
        return threeWay(s.updatedAt(a), s.updatedAt(b));
    case TicketColumn::Created:
        return threeWay(s.createdAt(a), s.createdAt(b));
    }
    return 0;
}

bool TicketSelection::less(Row a, Row b) const
{
    for (const TicketSortKey &key : m_order) {
        const int c = compare(key.column, a, b);
        if (c != 0)
            return key.order == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    // The newest ticket first among equals, so the order never depends on load order.
    return m_store.id(a) > m_store.id(b);
}

void TicketSelection::matchText(const QByteArray &needle)
{
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle) &&
                           m_textMatch.size() == m_store.rowCount();
    const QByteArray previous = std::exchange(m_needle, needle);
    if (needle.isEmpty()) {
        m_textMatch.clear();
        return;
    }
    matchNameTable(m_store.requesters(), needle, m_requesterMatch);
    matchNameTable(m_store.organisations(), needle, m_organisationMatch);
    // A correction (backspace) goes back to a text searched a moment ago.
    for (const RecentMatch &recent : m_recent)
        if (recent.needle == needle && recent.matches.size() == m_store.rowCount()) {
            m_textMatch = recent.matches;
            m_matchAt = recent.at;
            return;
        }
    searchFor(previous, narrowing);
    m_recent.push_front({needle, m_textMatch, m_matchAt});
    if (m_recent.size() > RecentNeedles)
        m_recent.pop_back();
}

void TicketSelection::searchFor(const QByteArray &previous, bool narrowing)
{
    const QByteArray &needle = m_needle;
    if (narrowing) {
        // Typing on: the new text starts with the old one, so it can only occur where the
        // old one did, from its first place in the row on; mostly a compare at that place.
        const bool extended = needle.startsWith(previous);
        inHalves(m_textMatch.size(), [this, extended](std::size_t begin, std::size_t end) {
            for (auto row = Row(begin); row < end; ++row)
                if (m_textMatch[row])
                    narrowRow(row, extended);
        });
        return;
    }
    m_textMatch.assign(m_store.rowCount(), 0);
    m_matchAt.assign(m_store.rowCount(), NoOffset);
    m_store.compactSearchText();
    inHalves(m_textMatch.size(),
             [this](std::size_t begin, std::size_t end) { searchRows(Row(begin), Row(end)); });
}

void TicketSelection::searchRows(Row begin, Row end)
{
    for (Row row = begin; row < end; ++row)
        if (m_requesterMatch[m_store.requester(row)] ||
            m_organisationMatch[m_store.organisation(row)])
            m_textMatch[row] = 1;
    if (begin == end)
        return;
    // One search over the rows' part of the buffer: each hit marks its row and the search
    // resumes at the next row, so the cost is the buffer's length, not a call per row.
    const StringArena &text = m_store.searchText();
    const char *base = text.buffer().data();
    const qsizetype stop = text.offset(end - 1) + text.length(end - 1);
    qsizetype from = text.offset(begin);
    Row row = begin;
    while (row < end && from < stop) {
        const char *hit = find(base + from, stop - from, m_needle);
        if (hit == nullptr)
            break;
        const qsizetype at = hit - base;
        while (row < end && text.offset(row) + text.length(row) < at + m_needle.size())
            ++row;
        if (row == end)
            break;
        if (text.offset(row) <= at) {
            m_textMatch[row] = 1;
            m_matchAt[row] = quint16(std::min<qsizetype>(at - text.offset(row), NoOffset - 1));
            from = text.offset(row) + text.length(row) + 1;
            ++row;
        } else {
            from = at + 1;
        }
    }
}

void TicketSelection::narrowRow(Row row, bool extended)
{
    const QByteArrayView text = m_store.searchText().view(row);
    const qsizetype n = m_needle.size();
    qsizetype from = 0;
    if (extended && m_matchAt[row] != NoOffset) {
        from = m_matchAt[row];
        if (from + n <= text.size() &&
            std::memcmp(text.data() + from, m_needle.constData(), std::size_t(n)) == 0) {
            return; // still found at the same place
        }
        ++from;
    }
    matchRow(row, from);
}

void TicketSelection::matchRow(Row row, qsizetype from)
{
    const QByteArrayView text = m_store.searchText().view(row);
    const char *hit =
        from < text.size() ? find(text.data() + from, text.size() - from, m_needle) : nullptr;
    if (hit != nullptr) {
        m_textMatch[row] = 1;
        m_matchAt[row] = quint16(std::min<qsizetype>(hit - text.data(), NoOffset - 1));
        return;
    }
    m_matchAt[row] = NoOffset;
    m_textMatch[row] =
        m_requesterMatch[m_store.requester(row)] || m_organisationMatch[m_store.organisation(row)]
            ? 1
            : 0;
}

void TicketSelection::matchNames()
{
    const QByteArray requester = TextFold::fold(m_filter.requesterText.trimmed());
    const QByteArray organisation = TextFold::fold(m_filter.organisationText.trimmed());
    m_filterRequesters = !requester.isEmpty();
    m_filterOrganisations = !organisation.isEmpty();
    matchNameTable(m_store.requesters(), requester, m_requesterColumn);
    matchNameTable(m_store.organisations(), organisation, m_organisationColumn);
}

bool TicketSelection::inView(Row row, TicketFilter::View view) const
{
    const TicketStatus status = m_store.status(row);
    const bool open = !core::TicketWorkflow::isDone(status);
    switch (view) {
    case TicketFilter::View::MyOpen:
        return open && m_userId != 0 && m_store.assigneeId(row) == m_userId;
    case TicketFilter::View::Unassigned:
        return open && m_store.assigneeId(row) == 0;
    case TicketFilter::View::BreachingSoon: {
        if (!open)
            return false;
        const TicketSla sla = TicketSla::of(m_store, row, m_now);
        return (sla.state == TicketSla::State::Ok || sla.state == TicketSla::State::AtRisk ||
                sla.state == TicketSla::State::Breached) &&
               sla.due <= m_now + m_breachingWindow;
    }
    case TicketFilter::View::PendingCustomer:
        return status == TicketStatus::PendingCustomer;
    case TicketFilter::View::InDevelopment:
        return status == TicketStatus::InDevelopment;
    case TicketFilter::View::AllOpen:
        return open;
    case TicketFilter::View::RecentlyResolved:
        return !open && m_store.resolvedAt(row) >= m_now - RecentlyResolvedSeconds;
    case TicketFilter::View::Everything:
        return true;
    }
    return false;
}

bool TicketSelection::accepts(Row row) const
{
    const TicketFilter &f = m_filter;
    // The typed text rules out most rows and costs one byte to check: first.
    if (!m_needle.isEmpty() && !(row < m_textMatch.size() && m_textMatch[row]))
        return false;
    if (!m_store.isLive(row) || !inView(row, f.view))
        return false;
    if (!(f.statuses & (1u << int(m_store.status(row)))) ||
        !(f.priorities & (1u << int(m_store.priority(row)))) ||
        !(f.categories & (1u << int(m_store.category(row)))))
        return false;
    if (!f.queueIds.isEmpty() && !f.queueIds.contains(m_store.queueId(row)))
        return false;
    if (!f.assigneeIds.isEmpty() && !f.assigneeIds.contains(m_store.assigneeId(row)))
        return false;
    if (m_filterRequesters && !m_requesterColumn[m_store.requester(row)])
        return false;
    if (m_filterOrganisations && !m_organisationColumn[m_store.organisation(row)])
        return false;
    return true;
}

void TicketSelection::rebuildVisible()
{
    std::vector<Row> firstHalf;
    std::vector<Row> secondHalf;
    inHalves(m_sorted.size(), [&](std::size_t begin, std::size_t end) {
        std::vector<Row> &out = begin == 0 ? firstHalf : secondHalf;
        for (std::size_t i = begin; i < end; ++i)
            if (accepts(m_sorted[i]))
                out.push_back(m_sorted[i]);
    });
    m_visible = std::move(firstHalf);
    m_visible.insert(m_visible.end(), secondHalf.begin(), secondHalf.end());
    m_positionsValid = false;
}

void TicketSelection::rowsChanged(const std::vector<Row> &rows)
{
    m_recent.clear();
    if (rows.empty())
        return;
    // Past a few thousand rows one full sort is cheaper than moving each row into place.
    if (rows.size() > 2000) {
        refresh();
        return;
    }
    std::vector<std::uint8_t> changed(m_store.rowCount(), 0);
    for (const Row row : rows)
        changed[row] = 1;
    std::erase_if(m_sorted, [&changed](Row row) { return changed[row] != 0; });
    if (m_textMatch.size() < m_store.rowCount() && !m_needle.isEmpty()) {
        m_textMatch.resize(m_store.rowCount(), 0);
        m_matchAt.resize(m_store.rowCount(), NoOffset);
    }
    // Names may be new (a new requester): the per-name matches are recomputed, they are few.
    if (!m_needle.isEmpty()) {
        matchNameTable(m_store.requesters(), m_needle, m_requesterMatch);
        matchNameTable(m_store.organisations(), m_needle, m_organisationMatch);
    }
    matchNames();
    for (const Row row : rows) {
        if (!m_store.isLive(row))
            continue;
        if (!m_needle.isEmpty())
            matchRow(row, 0);
        const auto at = std::lower_bound(m_sorted.begin(), m_sorted.end(), row,
                                         [this](Row a, Row b) { return less(a, b); });
        m_sorted.insert(at, row);
    }
    rebuildVisible();
}

std::optional<std::size_t> TicketSelection::position(Row row) const
{
    if (!m_positionsValid) {
        m_positions.assign(m_store.rowCount(), -1);
        for (std::size_t i = 0; i < m_visible.size(); ++i)
            m_positions[m_visible[i]] = qint32(i);
        m_positionsValid = true;
    }
    if (row >= m_positions.size() || m_positions[row] < 0)
        return std::nullopt;
    return std::size_t(m_positions[row]);
}

std::array<std::size_t, TicketFilter::ViewCount> TicketSelection::viewCounts() const
{
    std::array<std::size_t, TicketFilter::ViewCount> counts{};
    for (const Row row : m_sorted)
        for (int view = 0; view < TicketFilter::ViewCount; ++view)
            if (inView(row, TicketFilter::View(view)))
                ++counts[view];
    return counts;
}

} // namespace sd::client
