#include "ticketsla.h"

#include "core/ticketworkflow.h"

#include <limits>

namespace sd::client {

TicketSla TicketSla::of(const TicketStore &store, TicketStore::Row row, qint64 now)
{
    return of(Times{store.status(row), store.createdAt(row), store.firstResponseAt(row),
                    store.firstResponseDue(row), store.resolutionDue(row), store.resolvedAt(row)},
              now);
}

TicketSla TicketSla::of(const Times &t, qint64 now)
{
    TicketSla sla;
    if (core::TicketWorkflow::isDone(t.status)) {
        // A closed ticket without a resolution time still counts as met: nothing is running.
        sla.due = t.resolutionDue;
        if (sla.due != 0)
            sla.state = t.resolvedAt > sla.due ? State::Breached : State::Met;
        return sla;
    }
    sla.firstResponse = t.firstResponseAt == 0 && t.firstResponseDue != 0;
    sla.due = sla.firstResponse ? t.firstResponseDue : t.resolutionDue;
    if (sla.due != 0)
        sla.state =
            stateOf(sla.due, 0, t.createdAt, core::TicketWorkflow::pausesSla(t.status), now);
    return sla;
}

TicketSla::State TicketSla::stateOf(qint64 due, qint64 metAt, qint64 createdAt, bool paused,
                                    qint64 now)
{
    if (due == 0)
        return State::None;
    if (metAt != 0)
        return metAt > due ? State::Breached : State::Met;
    if (paused)
        return State::Paused;
    const qint64 left = due - now;
    const qint64 span = due - createdAt;
    if (left < 0)
        return State::Breached;
    if (span > 0 && double(left) < AtRiskShareLeft * double(span))
        return State::AtRisk;
    return State::Ok;
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
