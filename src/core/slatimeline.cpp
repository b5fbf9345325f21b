#include "slatimeline.h"

#include <QDateTime>
#include <algorithm>

namespace sd::core {

namespace {

constexpr qint64 MSecsPerMinute = 60 * 1000;
constexpr qint64 MSecsPerDay = 24 * 60 * MSecsPerMinute;
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr int YearCount = SlaTimeline::LastYear - SlaTimeline::FirstYear + 1;

// Start of every supported UTC year plus the end of the last one, in epoch milliseconds.
const std::array<qint64, YearCount + 1> &yearBegins()
{
    static const std::array<qint64, YearCount + 1> begins = [] {
        std::array<qint64, YearCount + 1> out{};
        for (int i = 0; i <= YearCount; ++i)
            out[i] = (QDate(SlaTimeline::FirstYear + i, 1, 1).toJulianDay() - UnixEpochJulianDay) *
                     MSecsPerDay;
        return out;
    }();
    return begins;
}

struct OffsetSegment
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 offset = 0; // local minus UTC, milliseconds
};

// [from, to) cut where the zone's UTC offset changes: local time is linear in each piece,
// which makes the preimage of a local interval a simple subtraction per piece.
std::vector<OffsetSegment> offsetSegments(const QTimeZone &zone, qint64 from, qint64 to)
{
    const QDateTime fromUtc = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    qint64 offset = qint64(zone.offsetFromUtc(fromUtc)) * 1000;
    qint64 begin = from;
    std::vector<OffsetSegment> segments;
    if (zone.hasTransitions()) {
        const auto transitions =
            zone.transitions(fromUtc, QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));
        for (const QTimeZone::OffsetData &transition : transitions) {
            const qint64 at = transition.atUtc.toMSecsSinceEpoch();
            if (at >= to)
                break;
            if (at > begin) {
                segments.push_back({begin, at, offset});
                begin = at;
            }
            offset = qint64(transition.offsetFromUtc) * 1000;
        }
    }
    segments.push_back({begin, to, offset});
    return segments;
}

using Piece = std::pair<qint64, qint64>;

std::vector<SlaTimeline::Span> joined(std::vector<Piece> pieces)
{
    std::sort(pieces.begin(), pieces.end());
    std::vector<SlaTimeline::Span> spans;
    for (const auto &[begin, end] : pieces) {
        if (!spans.empty() && begin <= spans.back().end)
            spans.back().end = std::max(spans.back().end, end);
        else
            spans.push_back({begin, end, 0});
    }
    return spans;
}

// Business milliseconds of `year` before instant `at` (at within the year, end included).
qint64 position(const SlaTimeline::Year &year, qint64 at)
{
    const auto it = std::partition_point(year.spans.begin(), year.spans.end(),
                                         [at](const SlaTimeline::Span &s) { return s.end <= at; });
    if (it == year.spans.end())
        return year.total;
    return it->before + std::max<qint64>(0, at - it->begin);
}

} // namespace

SlaTimeline::SlaTimeline(const BusinessCalendar &calendar, bool critical)
    : m_calendar(calendar), m_critical(critical)
{}

SlaTimeline::~SlaTimeline()
{
    for (auto &slot : m_years)
        delete slot.load(std::memory_order_relaxed);
}

std::optional<int> SlaTimeline::yearOf(qint64 msecs)
{
    constexpr qint64 meanYear = 31556952000; // 365.2425 days
    const auto &begins = yearBegins();
    if (msecs < begins.front() || msecs >= begins.back())
        return std::nullopt;
    int index = int(std::clamp<qint64>((msecs - begins.front()) / meanYear, 0, YearCount - 1));
    while (msecs < begins[index])
        --index;
    while (msecs >= begins[index + 1])
        ++index;
    return FirstYear + index;
}

const SlaTimeline::Year &SlaTimeline::year(int year) const
{
    std::atomic<const Year *> &slot = m_years[year - FirstYear];
    if (const Year *ready = slot.load(std::memory_order_acquire))
        return *ready;
    const std::lock_guard lock(m_buildMutex);
    if (const Year *ready = slot.load(std::memory_order_relaxed))
        return *ready;
    const Year *built = new Year(build(year));
    slot.store(built, std::memory_order_release);
    return *built;
}

SlaTimeline::Year SlaTimeline::build(int year) const
{
    Year out;
    out.begin = yearBegins()[year - FirstYear];
    out.end = yearBegins()[year - FirstYear + 1];
    // Zone offsets stay within a day of UTC, so two days of margin on each side cover every
    // local day whose hours can fall into this UTC year.
    const std::vector<OffsetSegment> segments = offsetSegments(
        m_calendar.timeZone(), out.begin - 2 * MSecsPerDay, out.end + 2 * MSecsPerDay);
    std::vector<Piece> pieces;
    const QDate last = QDate(year + 1, 1, 1).addDays(1);
    for (QDate day = QDate(year, 1, 1).addDays(-2); day <= last; day = day.addDays(1)) {
        const qint64 midnight = (day.toJulianDay() - UnixEpochJulianDay) * MSecsPerDay;
        for (const auto &interval : m_calendar.hoursOn(day, m_critical)) {
            const qint64 localBegin = midnight + interval.startMinute * MSecsPerMinute;
            const qint64 localEnd = midnight + interval.endMinute * MSecsPerMinute;
            for (const OffsetSegment &segment : segments) {
                const qint64 begin =
                    std::max({segment.begin, localBegin - segment.offset, out.begin});
                const qint64 end = std::min({segment.end, localEnd - segment.offset, out.end});
                if (begin < end)
                    pieces.emplace_back(begin, end);
            }
        }
    }
    out.spans = joined(std::move(pieces));
    for (Span &span : out.spans) {
        span.before = out.total;
        out.total += span.end - span.begin;
    }
    return out;
}

std::optional<qint64> SlaTimeline::advance(qint64 from, qint64 amount, int lastYear) const
{
    const std::optional<int> firstYear = yearOf(from);
    if (!firstYear)
        return std::nullopt;
    qint64 at = from;
    for (int y = *firstYear; y <= std::min(lastYear, LastYear); ++y) {
        const Year &current = year(y);
        const auto end = current.spans.end();
        const auto it = std::partition_point(current.spans.begin(), end,
                                             [at](const Span &s) { return s.end <= at; });
        if (it != end) {
            const qint64 begin = std::max(it->begin, at);
            if (amount == 0)
                return begin;
            // Searching for the first span whose running total reaches the target (not
            // exceeds it) makes a deadline that uses up a span end at its closing time.
            const qint64 target = it->before + (begin - it->begin) + amount;
            if (target <= current.total) {
                const auto hit = std::partition_point(it, end, [target](const Span &s) {
                    return s.before + (s.end - s.begin) < target;
                });
                return hit->begin + (target - hit->before);
            }
            amount = target - current.total;
        }
        at = current.end;
    }
    return std::nullopt;
}

qint64 SlaTimeline::measure(qint64 from, qint64 to) const
{
    const auto &begins = yearBegins();
    from = std::max(from, begins.front());
    to = std::min(to, begins.back());
    if (to <= from)
        return 0;
    const int fromYear = *yearOf(from);
    const int toYear = to == begins.back() ? LastYear : *yearOf(to);
    if (fromYear == toYear)
        return position(year(toYear), to) - position(year(fromYear), from);
    qint64 sum = year(fromYear).total - position(year(fromYear), from);
    for (int y = fromYear + 1; y < toYear; ++y)
        sum += year(y).total;
    return sum + position(year(toYear), to);
}

bool SlaTimeline::contains(qint64 at) const
{
    const std::optional<int> y = yearOf(at);
    if (!y)
        return false;
    const Year &current = year(*y);
    const auto it = std::partition_point(current.spans.begin(), current.spans.end(),
                                         [at](const Span &s) { return s.end <= at; });
    return it != current.spans.end() && it->begin <= at;
}

} // namespace sd::core
