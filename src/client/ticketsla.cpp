#include "ticketsla.h"

#include "core/ticketworkflow.h"

#include <limits>

namespace sd::client {

TicketSla TicketSla::of(const TicketStore &store, TicketStore::Row row, qint64 now)
{
    TicketSla sla;
    const core::TicketStatus status = store.status(row);
    const bool responded = store.firstResponseAt(row) != 0;
    sla.firstResponse = !responded && store.firstResponseDue(row) != 0;
    sla.due = sla.firstResponse ? store.firstResponseDue(row) : store.resolutionDue(row);
    if (core::TicketWorkflow::isDone(status)) {
        const qint64 resolved = store.resolvedAt(row);
        sla.firstResponse = false;
        sla.due = store.resolutionDue(row);
        if (sla.due == 0)
            sla.state = State::None;
        else
            sla.state = resolved != 0 && resolved > sla.due ? State::Breached : State::Met;
        return sla;
    }
    if (sla.due == 0)
        return sla;
    if (core::TicketWorkflow::pausesSla(status)) {
        sla.state = State::Paused;
        return sla;
    }
    const qint64 left = sla.due - now;
    const qint64 span = sla.due - store.createdAt(row);
    if (left < 0)
        sla.state = State::Breached;
    else if (span > 0 && double(left) < AtRiskShareLeft * double(span))
        sla.state = State::AtRisk;
    else
        sla.state = State::Ok;
    return sla;
}

qint64 TicketSla::urgency(const TicketStore &store, TicketStore::Row row, qint64 now)
{
    constexpr qint64 Far = std::numeric_limits<qint64>::max() / 4;
    const TicketSla sla = of(store, row, now);
    switch (sla.state) {
    case State::Ok:
    case State::AtRisk:
    case State::Breached:
        return sla.due;
    case State::Paused:
        return Far + sla.due;
    case State::Met:
        return 2 * Far;
    case State::None:
        break;
    }
    return 3 * Far;
}

} // namespace sd::client
