#pragma once

#include "slaclock.h"
#include "slafacts.h"
#include "slapolicy.h"
#include "slatarget.h"

#include <QList>

namespace sd::core {

// Computes a ticket's SLA targets (first response, next response, resolution) from its
// policy, the policy's SlaClock and what is stored about the ticket. Pure: the same facts and
// `now` give the same targets, so every change simply evaluates again from creation on.
//
// - First response runs from creation until the first public reply or phone call by staff
//   (facts.firstResponseAt).
// - Next response runs from the first customer message after a staff reply until the next
//   staff reply; each such message after an answered cycle starts a new cycle (no target
//   when the policy sets no next-response minutes or no cycle has started).
// - Resolution runs from creation until the ticket is resolved or closed.
// - A resolved or closed ticket also stops the response targets that still run: they count
//   as met at the resolution (the resolution is the team's answer). A reopen takes them all
//   up again where they stood, because the resolved stretch is a stop like a pause.
// - Stops (pausing statuses, resolved periods) stop every clock; a stop still open pauses the
//   targets that are not met, with no due and no warning while it lasts.
// - Critical tickets count the calendar's duty hours too.
// - A target is breached when it is met after its due, or runs or paused past it; it keeps
//   the flag when met late. Its due and warning exclude the stops before it was met.
class SlaEvaluator final
{
public:
    // Warnings at 80 % of a target's business minutes (issue 6).
    static constexpr double DefaultWarnShare = 0.8;

    // The current next-response cycle of a conversation (number 0: none started).
    struct Cycle
    {
        int number = 0;
        QDateTime startedAt;
        QDateTime answeredAt; // invalid while the customer waits
    };

    // `warnShare` is clamped to 0..1 and kept to a thousandth.
    SlaEvaluator(SlaClock clock, SlaPolicy policy, double warnShare = DefaultWarnShare);

    const SlaPolicy &policy() const { return m_policy; }

    // In SlaTargetKind order.
    QList<SlaTarget> evaluate(const SlaFacts &facts, const QDateTime &now) const;

    static Cycle currentCycle(const QList<SlaExchange> &exchanges);
    // A stored target as it stands at `now`: running past its due makes it breached. For
    // showing targets between evaluations without the clock.
    static SlaTarget asOf(const SlaTarget &target, const QDateTime &now);

private:
    struct Stops;

    SlaTarget target(SlaTargetKind kind, const QDateTime &start, int budget, const QDateTime &metAt,
                     const Stops &stops, bool critical, qint64 now) const;
    qint64 warnMinutes(int budget) const;

    SlaClock m_clock;
    SlaPolicy m_policy;
    int m_warnPermille = 800;
};

} // namespace sd::core
