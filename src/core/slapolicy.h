#pragma once

#include "category.h"
#include "priority.h"
#include "ticketstatus.h"

#include <QList>
#include <QString>

namespace sd::core {

// The SLA targets for one support level x category x priority (seeds 000, 001, 003): times in
// business minutes of the policy's calendar, and the statuses during which the clock stands
// still because the team waits for someone else.
struct SlaPolicy
{
    qint64 id = 0;
    QString supportLevel; // as Organisation::supportLevel spells it, e.g. "standard"
    Category category = Category::Question;
    Priority priority = Priority::Normal;
    int firstResponseMinutes = 0;
    int nextResponseMinutes = 0; // 0: no target for answers after the first
    int resolutionMinutes = 0;
    qint64 calendarId = 0; // 0: none
    QList<TicketStatus> pausingStatuses{TicketStatus::PendingCustomer};

    bool operator==(const SlaPolicy &) const = default;
};

} // namespace sd::core
