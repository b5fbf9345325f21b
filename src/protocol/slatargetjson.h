#pragma once

#include "core/slatarget.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace sd::protocol {

// One SLA target in the ticket's `sla.targets` list:
// {target, state, started_at, due_at, warn_at, met_at, used_minutes, budget_minutes,
//  breached, cycle, paused_reason (only while paused)}. Times are null when unset; `due_at`
// and `warn_at` are null while the target is paused.
class SlaTargetJson final
{
public:
    SlaTargetJson() = delete;

    static QJsonObject toJson(const core::SlaTarget &target);
    static QJsonArray toJson(const QList<core::SlaTarget> &targets);
};

} // namespace sd::protocol
