#pragma once

#include "core/priority.h"
#include "core/slatarget.h"

#include <QDateTime>
#include <optional>

namespace sd::storage {

// What the SLA scheduler fires for a target: a warning at the configured share of its
// business minutes, a breach at its due.
enum class SlaEventKind {
    Warning,
    Breach,
};

// A running (or breached) target whose warning or breach is due and not yet fired.
struct SlaDue
{
    qint64 ticketId = 0;
    core::SlaTargetKind target = core::SlaTargetKind::FirstResponse;
    int cycle = 0;
    QDateTime dueAt;
    QDateTime warnAt;
    // The ticket's, as the pass read them: enough to match rules and feed a change without
    // reading the ticket.
    core::Priority priority = core::Priority::Normal;
    qint64 organisationId = 0;
    qint64 queueId = 0;
};

// One fired event (sla_events): unique per ticket, target, cycle and kind.
struct SlaEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    core::SlaTargetKind target = core::SlaTargetKind::FirstResponse;
    int cycle = 0;
    SlaEventKind kind = SlaEventKind::Warning;
    QDateTime firedAt;
};

// What happens when an event fires (escalation_rules). A rule without a target or a
// priority matches every target or priority; all matching active rules apply together.
struct EscalationRule
{
    qint64 id = 0;
    SlaEventKind kind = SlaEventKind::Breach;
    std::optional<core::SlaTargetKind> target;
    std::optional<core::Priority> priority;
    bool notifySupervisors = false;
    bool raisePriority = false;
    qint64 moveQueueId = 0; // 0: stays in its queue
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool matches(SlaEventKind event, core::SlaTargetKind onTarget,
                 core::Priority ticketPriority) const
    {
        return active && kind == event && (!target || *target == onTarget) &&
               (!priority || *priority == ticketPriority);
    }
};

} // namespace sd::storage

namespace sd::core {

template <> struct EnumTraits<storage::SlaEventKind>
{
    static constexpr EnumNames<storage::SlaEventKind, 2> names{{
        {storage::SlaEventKind::Warning, u"warning"},
        {storage::SlaEventKind::Breach, u"breach"},
    }};
};

} // namespace sd::core
