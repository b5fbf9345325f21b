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

    // A ticket's SLA times in Unix seconds (0 = none).
    struct Times
    {
        core::TicketStatus status = core::TicketStatus::New;
        qint64 createdAt = 0;
        qint64 firstResponseAt = 0;
        qint64 firstResponseDue = 0;
        qint64 resolutionDue = 0;
        qint64 resolvedAt = 0;
    };

    State state = State::None;
    qint64 due = 0;
    bool firstResponse = false;

    static TicketSla of(const Times &times, qint64 now);
    static TicketSla of(const TicketStore &store, TicketStore::Row row, qint64 now);
    // One deadline on its own (the ticket view shows each): met when `metAt` is set.
    static State stateOf(qint64 due, qint64 metAt, qint64 createdAt, bool paused, qint64 now);
    // Sort key: open deadlines by time left, then paused, met and none.
    static qint64 urgency(const TicketStore &store, TicketStore::Row row, qint64 now);
};

} // namespace sd::client
