#pragma once

#include "businesscalendar.h"

#include <QtGlobal>
#include <array>
#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

namespace sd::core {

// The business time of one calendar (its working hours, or working plus duty hours) as sorted
// UTC spans in epoch milliseconds with running totals, so that SlaClock answers with binary
// searches instead of time-zone conversions. Built one UTC year at a time on first use and
// never changed afterwards: readers take a year without locking, and only building a missing
// year takes the mutex. Hence all const members are safe to call from any number of threads.
//
// A span is exactly the set of instants whose wall-clock reading in the calendar's zone falls
// in a business interval. So a local bound that a DST jump skips becomes the instant of the
// jump (when the wall clock passes it), and local times the clock repeats count each time
// they pass: 00:00-24:00 on a 23-hour day is 23 real hours, on a 25-hour day 25.
class SlaTimeline final
{
    Q_DISABLE_COPY_MOVE(SlaTimeline)

public:
    struct Span
    {
        qint64 begin = 0;
        qint64 end = 0;
        qint64 before = 0; // business milliseconds earlier in the same year
    };
    struct Year
    {
        qint64 begin = 0; // UTC, January 1 00:00
        qint64 end = 0;
        qint64 total = 0; // business milliseconds in the whole year
        std::vector<Span> spans;
    };

    // Supported UTC years; instants outside have no business time.
    static constexpr int FirstYear = 1900;
    static constexpr int LastYear = 2199;

    SlaTimeline(const BusinessCalendar &calendar, bool critical);
    ~SlaTimeline();

    // The instant at which `amount` business milliseconds after `from` have passed; with
    // amount 0, `from` itself when it is business time, else the next opening. Nothing when
    // that lies after UTC year `lastYear` or outside the supported years.
    std::optional<qint64> advance(qint64 from, qint64 amount, int lastYear) const;
    // Business milliseconds in [from, to); 0 when to <= from.
    qint64 measure(qint64 from, qint64 to) const;
    bool contains(qint64 at) const;

    static std::optional<int> yearOf(qint64 msecs);

private:
    const Year &year(int year) const;
    Year build(int year) const;

    const BusinessCalendar m_calendar;
    const bool m_critical;
    mutable std::mutex m_buildMutex;
    mutable std::array<std::atomic<const Year *>, LastYear - FirstYear + 1> m_years{};
};

} // namespace sd::core
