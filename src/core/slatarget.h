#pragma once

#include "enumnames.h"

#include <QDateTime>
#include <QString>

namespace sd::core {

// The three clocks an SLA policy sets for a ticket (seeds 000, 001, 003).
enum class SlaTargetKind {
    FirstResponse, // from creation to the first public reply or phone call by staff
    NextResponse,  // from a customer's message after a staff reply to the next staff reply
    Resolution,    // from creation to resolved/closed, continued after a reopen
};

enum class SlaTargetState {
    Running,
    Paused,   // the ticket waits for someone else (a pausing status) or is resolved
    Met,      // stopped by the answer or the resolution, in time or late (see `breached`)
    Breached, // still running past its due
};

template <> struct EnumTraits<SlaTargetKind>
{
    static constexpr EnumNames<SlaTargetKind, 3> names{{
        {SlaTargetKind::FirstResponse, u"first_response"},
        {SlaTargetKind::NextResponse, u"next_response"},
        {SlaTargetKind::Resolution, u"resolution"},
    }};
};

template <> struct EnumTraits<SlaTargetState>
{
    static constexpr EnumNames<SlaTargetState, 4> names{{
        {SlaTargetState::Running, u"running"},
        {SlaTargetState::Paused, u"paused"},
        {SlaTargetState::Met, u"met"},
        {SlaTargetState::Breached, u"breached"},
    }};
};

// One target of one ticket as SlaEvaluator computes it and sla_targets stores it. Times are
// UTC; invalid means none (dueAt and warnAt while paused, metAt until met).
struct SlaTarget
{
    SlaTargetKind kind = SlaTargetKind::FirstResponse;
    qint64 policyId = 0;
    int budgetMinutes = 0;
    QDateTime startedAt;
    SlaTargetState state = SlaTargetState::Running;
    QDateTime dueAt;
    QDateTime warnAt;
    QDateTime metAt;
    // Business minutes used: up to metAt once met, up to the pause while paused, up to the
    // evaluation time while running.
    qint64 usedMinutes = 0;
    // The due passed before the target was met; stays true when it is met late.
    bool breached = false;
    int cycle = 0; // next response: 1 for the first customer message after a staff reply, ...
    QString pausedReason; // while paused: the status that stopped the clock

    bool operator==(const SlaTarget &) const = default;
};

} // namespace sd::core
