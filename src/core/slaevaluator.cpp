#include "slaevaluator.h"

#include "ticketworkflow.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace sd::core {

namespace {

constexpr qint64 MSecsPerMinute = 60 * 1000;

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QDateTime utcOrNone(const std::optional<qint64> &msecs)
{
    return msecs ? utc(*msecs) : QDateTime();
}

} // namespace

// The facts' stops in milliseconds: the finished ones, and the earliest still open.
struct SlaEvaluator::Stops
{
    std::vector<SlaClock::MSecsPause> closed;
    std::optional<qint64> openFrom;
    QString openReason;

    explicit Stops(const QList<SlaStop> &stops)
    {
        for (const SlaStop &stop : stops) {
            if (!stop.from.isValid())
                continue;
            const qint64 from = stop.from.toMSecsSinceEpoch();
            if (stop.to.isValid()) {
                closed.push_back({from, stop.to.toMSecsSinceEpoch()});
            } else if (!openFrom || from < *openFrom) {
                openFrom = from;
                openReason = stop.reason;
            }
        }
    }

    // Every stop, the open one included, cut off at `end`: what stood still before it.
    std::vector<SlaClock::MSecsPause> before(qint64 end) const
    {
        std::vector<SlaClock::MSecsPause> out;
        for (const SlaClock::MSecsPause &pause : closed)
            if (pause.from < end)
                out.push_back({pause.from, std::min(pause.to, end)});
        if (openFrom && *openFrom < end)
            out.push_back({*openFrom, end});
        return out;
    }
};

SlaEvaluator::SlaEvaluator(SlaClock clock, SlaPolicy policy, double warnShare)
    : m_clock(std::move(clock)), m_policy(std::move(policy)),
      m_warnPermille(int(std::lround(std::clamp(warnShare, 0.0, 1.0) * 1000)))
{}

qint64 SlaEvaluator::warnMinutes(int budget) const
{
    // Rounded up: the warning never comes before the share is used.
    return (qint64(budget) * m_warnPermille + 999) / 1000;
}

SlaEvaluator::Cycle SlaEvaluator::currentCycle(const QList<SlaExchange> &exchanges)
{
    Cycle cycle;
    bool answeredOnce = false;
    for (const SlaExchange &exchange : exchanges) {
        if (exchange.fromStaff) {
            answeredOnce = true;
            if (cycle.number > 0 && !cycle.answeredAt.isValid())
                cycle.answeredAt = exchange.at;
        } else if (answeredOnce && (cycle.number == 0 || cycle.answeredAt.isValid())) {
            cycle = {cycle.number + 1, exchange.at, QDateTime()};
        }
    }
    return cycle;
}

QList<SlaTarget> SlaEvaluator::evaluate(const SlaFacts &facts, const QDateTime &now) const
{
    const Stops stops(facts.stops);
    const bool critical = facts.priority == Priority::Critical;
    const qint64 nowMSecs = now.toMSecsSinceEpoch();
    QDateTime doneAt;
    if (TicketWorkflow::isDone(facts.status)) {
        doneAt = facts.resolvedAt.isValid() ? facts.resolvedAt
                 : stops.openFrom           ? utc(*stops.openFrom)
                                            : now;
    }
    const auto metOr = [&doneAt](const QDateTime &met) { return met.isValid() ? met : doneAt; };

    QList<SlaTarget> targets;
    if (m_policy.firstResponseMinutes > 0)
        targets.append(target(SlaTargetKind::FirstResponse, facts.createdAt,
                              m_policy.firstResponseMinutes, metOr(facts.firstResponseAt), stops,
                              critical, nowMSecs));
    const Cycle cycle = currentCycle(facts.exchanges);
    if (m_policy.nextResponseMinutes > 0 && cycle.number > 0) {
        const QDateTime met = cycle.answeredAt.isValid() ? cycle.answeredAt
                              : doneAt.isValid()         ? std::max(doneAt, cycle.startedAt)
                                                         : QDateTime();
        SlaTarget next = target(SlaTargetKind::NextResponse, cycle.startedAt,
                                m_policy.nextResponseMinutes, met, stops, critical, nowMSecs);
        next.cycle = cycle.number;
        targets.append(next);
    }
    if (m_policy.resolutionMinutes > 0)
        targets.append(target(SlaTargetKind::Resolution, facts.createdAt,
                              m_policy.resolutionMinutes, doneAt, stops, critical, nowMSecs));
    return targets;
}

SlaTarget SlaEvaluator::target(SlaTargetKind kind, const QDateTime &start, int budget,
                               const QDateTime &metAt, const Stops &stops, bool critical,
                               qint64 now) const
{
    SlaTarget t;
    t.kind = kind;
    t.policyId = m_policy.id;
    t.budgetMinutes = budget;
    t.startedAt = start.toUTC();
    const qint64 from = start.toMSecsSinceEpoch();
    const qint64 budgetMinutes = budget;
    qint64 used = 0;
    if (metAt.isValid()) {
        const qint64 met = std::max(metAt.toMSecsSinceEpoch(), from);
        const std::vector<SlaClock::MSecsPause> pauses = stops.before(met);
        const std::optional<qint64> due = m_clock.dueMSecs(from, budgetMinutes, critical, pauses);
        used = m_clock.businessMSecs(from, met, critical, pauses);
        t.state = SlaTargetState::Met;
        t.metAt = metAt.toUTC();
        t.dueAt = utcOrNone(due);
        t.breached = due && met > *due;
    } else if (stops.openFrom && *stops.openFrom <= now) {
        const qint64 stopped = std::max(*stops.openFrom, from);
        const std::vector<SlaClock::MSecsPause> pauses = stops.before(stopped);
        const std::optional<qint64> due = m_clock.dueMSecs(from, budgetMinutes, critical, pauses);
        used = m_clock.businessMSecs(from, stopped, critical, pauses);
        t.state = SlaTargetState::Paused;
        t.pausedReason = stops.openReason;
        t.breached = due && stopped > *due;
    } else {
        const std::vector<SlaClock::MSecsPause> &pauses = stops.closed;
        const std::optional<qint64> due = m_clock.dueMSecs(from, budgetMinutes, critical, pauses);
        used = m_clock.businessMSecs(from, std::max(now, from), critical, pauses);
        t.dueAt = utcOrNone(due);
        t.warnAt = utcOrNone(m_clock.dueMSecs(from, warnMinutes(budget), critical, pauses));
        t.breached = due && now > *due;
        t.state = t.breached ? SlaTargetState::Breached : SlaTargetState::Running;
    }
    t.usedMinutes = used / MSecsPerMinute;
    return t;
}

SlaTarget SlaEvaluator::asOf(const SlaTarget &target, const QDateTime &now)
{
    SlaTarget shown = target;
    if (shown.state == SlaTargetState::Running && shown.dueAt.isValid() && now > shown.dueAt) {
        shown.state = SlaTargetState::Breached;
        shown.breached = true;
    }
    return shown;
}

} // namespace sd::core
