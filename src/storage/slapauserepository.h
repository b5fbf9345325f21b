#pragma once

#include "core/slafacts.h"
#include "result.h"

#include <QList>

namespace sd::storage {

class Database;

// The history of stretches during which a ticket's SLA clocks stood still (sla_pauses), kept
// so that every recomputation can leave them out again. At most one stop of a ticket is open.
class SlaPauseRepository final
{
    Q_DISABLE_COPY_MOVE(SlaPauseRepository)

public:
    explicit SlaPauseRepository(Database &db);

    // Oldest first.
    Result<QList<core::SlaStop>> forTicket(qint64 ticketId);
    // Opens a stop (`stop.to` invalid) or records a finished one.
    Result<void> add(qint64 ticketId, const core::SlaStop &stop);
    // Ends the ticket's open stop, if any, at `at`.
    Result<void> end(qint64 ticketId, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace sd::storage
