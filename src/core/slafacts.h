#pragma once

#include "priority.h"
#include "ticketstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::core {

// A stretch during which a ticket's SLA clocks stood still: a pausing status (the team waits
// for the customer) or a resolved or closed ticket, which a reopen ends. `reason` is the
// status that stopped them; an invalid `to` means they still stand.
struct SlaStop
{
    QDateTime from;
    QDateTime to;
    QString reason;

    bool operator==(const SlaStop &) const = default;
};

// A public message of the conversation: the customer's, or a reply or phone call by staff.
// Internal notes and system messages are no exchange.
struct SlaExchange
{
    QDateTime at;
    bool fromStaff = false;

    bool operator==(const SlaExchange &) const = default;
};

// What SlaEvaluator needs to know of a ticket, all read from what is stored (no history of
// field changes): a priority change recomputes every target from creation on.
struct SlaFacts
{
    QDateTime createdAt;
    Priority priority = Priority::Normal;
    TicketStatus status = TicketStatus::New;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QList<SlaStop> stops;         // any order
    QList<SlaExchange> exchanges; // in the order they happened
};

} // namespace sd::core
