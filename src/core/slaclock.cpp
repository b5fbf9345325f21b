#include "slaclock.h"

#include "slatimeline.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace sd::core {

namespace {

constexpr qint64 MSecsPerMinute = 60 * 1000;
// More minutes than the horizon can hold: such a due cannot exist, and refusing early keeps
// the millisecond arithmetic far from overflow.
constexpr qint64 MaxMinutes = qint64(SlaClock::HorizonYears + 1) * 366 * 24 * 60;

// Sorted, merged and without empty pauses, so that no business time is subtracted twice.
std::vector<SlaClock::MSecsPause> normalised(std::span<const SlaClock::MSecsPause> pauses)
{
    std::vector<SlaClock::MSecsPause> sorted;
    sorted.reserve(pauses.size());
    std::copy_if(pauses.begin(), pauses.end(), std::back_inserter(sorted),
                 [](const SlaClock::MSecsPause &p) { return p.to > p.from; });
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.from < b.from; });
    std::vector<SlaClock::MSecsPause> out;
    for (const SlaClock::MSecsPause &pause : sorted) {
        if (!out.empty() && pause.from <= out.back().to)
            out.back().to = std::max(out.back().to, pause.to);
        else
            out.push_back(pause);
    }
    return out;
}

std::vector<SlaClock::MSecsPause> toMSecs(const QList<SlaClock::Pause> &pauses)
{
    std::vector<SlaClock::MSecsPause> out;
    out.reserve(pauses.size());
    for (const SlaClock::Pause &pause : pauses)
        if (pause.from.isValid() && pause.to.isValid())
            out.push_back({pause.from.toMSecsSinceEpoch(), pause.to.toMSecsSinceEpoch()});
    return out;
}

} // namespace

struct SlaClock::State
{
    explicit State(const BusinessCalendar &source)
        : calendar(source), working(source, false),
          critical(source.duty() ? std::make_unique<SlaTimeline>(source, true) : nullptr)
    {}

    const BusinessCalendar calendar;
    const SlaTimeline working;
    // Absent without a duty schedule: critical tickets then share the working hours.
    const std::unique_ptr<const SlaTimeline> critical;
};

SlaClock::SlaClock(const BusinessCalendar &calendar)
    : m_state(std::make_shared<const State>(calendar))
{}

const BusinessCalendar &SlaClock::calendar() const
{
    return m_state->calendar;
}

const SlaTimeline &SlaClock::timeline(bool critical) const
{
    return critical && m_state->critical ? *m_state->critical : m_state->working;
}

QDateTime SlaClock::due(const QDateTime &start, qint64 minutes, bool critical,
                        const QList<Pause> &pauses) const
{
    if (!start.isValid())
        return {};
    const std::vector<MSecsPause> paused = toMSecs(pauses);
    const std::optional<qint64> at = dueMSecs(start.toMSecsSinceEpoch(), minutes, critical, paused);
    if (!at)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*at, m_state->calendar.timeZone());
}

qint64 SlaClock::elapsed(const QDateTime &from, const QDateTime &to, bool critical,
                         const QList<Pause> &pauses) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const std::vector<MSecsPause> paused = toMSecs(pauses);
    return businessMSecs(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), critical, paused) /
           MSecsPerMinute;
}

bool SlaClock::isBusinessTime(const QDateTime &at, bool critical) const
{
    return at.isValid() && timeline(critical).contains(at.toMSecsSinceEpoch());
}

std::optional<qint64> SlaClock::dueMSecs(qint64 start, qint64 minutes, bool critical,
                                         std::span<const MSecsPause> pauses) const
{
    const std::optional<int> startYear = SlaTimeline::yearOf(start);
    if (!startYear || minutes < 0 || minutes > MaxMinutes)
        return std::nullopt;
    const int lastYear = *startYear + HorizonYears;
    const SlaTimeline &line = timeline(critical);
    qint64 amount = minutes * MSecsPerMinute;
    if (pauses.empty())
        return line.advance(start, amount, lastYear);
    qint64 at = start;
    for (const MSecsPause &pause : normalised(pauses)) {
        if (pause.to <= at)
            continue;
        if (pause.from > at) {
            if (amount == 0) {
                const std::optional<qint64> opening = line.advance(at, 0, lastYear);
                if (!opening || *opening < pause.from)
                    return opening;
            } else {
                const qint64 available = line.measure(at, pause.from);
                if (available >= amount)
                    return line.advance(at, amount, lastYear);
                amount -= available;
            }
        }
        at = pause.to;
    }
    return line.advance(at, amount, lastYear);
}

qint64 SlaClock::businessMSecs(qint64 from, qint64 to, bool critical,
                               std::span<const MSecsPause> pauses) const
{
    const SlaTimeline &line = timeline(critical);
    qint64 total = line.measure(from, to);
    if (total == 0)
        return 0;
    for (const MSecsPause &pause : normalised(pauses))
        total -= line.measure(std::max(pause.from, from), std::min(pause.to, to));
    return total;
}

QString SlaClock::noBusinessTimeMessage()
{
    return tr("no business time within %n year(s) of the start", nullptr, HorizonYears);
}

} // namespace sd::core
