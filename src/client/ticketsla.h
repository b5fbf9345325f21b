#pragma once

#include "ticketstore.h"

namespace sd::client {

// The SLA state the ticket table shows for a row: which deadline counts now (first response
// until the first reply, then resolution), how it stands and when it falls due.
struct TicketSla
{
    enum class State { None, Ok, AtRisk, Breached, Paused, Met };

    // A deadline is at risk once less than this share of its time is left (80 % used).
    static constexpr double AtRiskShareLeft = 0.2;

    State state = State::None;
    qint64 due = 0;
    bool firstResponse = false;

    static TicketSla of(const TicketStore &store, TicketStore::Row row, qint64 now);
    // Sort key: open deadlines by time left, then paused, met and none.
    static qint64 urgency(const TicketStore &store, TicketStore::Row row, qint64 now);
};

} // namespace sd::client
