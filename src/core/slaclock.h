#pragma once

#include "businesscalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <memory>
#include <optional>
#include <span>

namespace sd::core {

class SlaTimeline;

// The SLA clock of one business calendar: when is a target of N business minutes due, and how
// many business minutes have passed (DESIGN.md, `sla due|elapsed`).
//
// - Business time is the union of the calendar's working intervals and, for critical
//   tickets, its duty intervals, read as wall-clock times in the calendar's zone; DST-skipped
//   and repeated local times count as they really pass (see SlaTimeline).
// - due(start, N): the instant the N-th business minute after `start` ends; a start outside
//   business time counts from the next opening. 8 minutes before closing plus 8 minutes is
//   the closing time. N = 0 gives `start` inside business time, else the next opening.
// - elapsed(from, to): whole business minutes (rounded down) in [from, to); 0 if to <= from.
// - Pauses (e.g. while the ticket waits for the customer) are [from, to) instants during
//   which the clock also stops. They may overlap and come in any order; a pause with an
//   invalid end or with to <= from is ignored, so close a running pause at "now" first.
// - The search for a due stops at the end of the HorizonYears-th UTC year after the start's
//   year: a calendar without business time that far ahead gives an invalid due (see
//   noBusinessTimeMessage()). Instants before 1900 or after 2199 have no business time.
//
// Copies share one immutable state and all members are const, so one clock per calendar may
// serve every thread of the server at once.
class SlaClock final
{
    Q_DECLARE_TR_FUNCTIONS(SlaClock)

public:
    struct Pause
    {
        QDateTime from;
        QDateTime to;
    };
    // The same in epoch milliseconds, for bulk callers (scheduler, reports, benchmarks).
    struct MSecsPause
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    static constexpr int HorizonYears = 5;

    explicit SlaClock(const BusinessCalendar &calendar);

    const BusinessCalendar &calendar() const;

    // In the calendar's time zone, so ISO output carries its offset; invalid when `start` is
    // invalid, `minutes` negative or no due exists within the horizon.
    QDateTime due(const QDateTime &start, qint64 minutes, bool critical = false,
                  const QList<Pause> &pauses = {}) const;
    qint64 elapsed(const QDateTime &from, const QDateTime &to, bool critical = false,
                   const QList<Pause> &pauses = {}) const;
    bool isBusinessTime(const QDateTime &at, bool critical = false) const;

    // due() and elapsed() on epoch milliseconds without QDateTime conversions, which cost
    // several times more than the computation itself; businessMSecs() is not rounded.
    std::optional<qint64> dueMSecs(qint64 start, qint64 minutes, bool critical = false,
                                   std::span<const MSecsPause> pauses = {}) const;
    qint64 businessMSecs(qint64 from, qint64 to, bool critical = false,
                         std::span<const MSecsPause> pauses = {}) const;

    // What to tell a person when due() is invalid for a valid start and minutes.
    static QString noBusinessTimeMessage();

private:
    struct State;
    const SlaTimeline &timeline(bool critical) const;

    std::shared_ptr<const State> m_state;
};

} // namespace sd::core
