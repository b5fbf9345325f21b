#pragma once

#include "storage/result.h"

#include <QCoreApplication>

namespace sd::storage {
class Database;
}

namespace sd::client {

// Which tickets this user has seen since their last change (the ticket table's unread
// marker), kept in the replica. Tickets that were already there on the user's first visit
// count as read, so a new workstation does not greet the agent with a million unread rows.
class ReadMarks final
{
    Q_DECLARE_TR_FUNCTIONS(ReadMarks)

public:
    explicit ReadMarks(storage::Database &replica) : m_db(replica) {}

    // Records the first visit if there was none.
    storage::Result<void> begin();
    // The ticket as it is now counts as seen.
    storage::Result<void> markRead(qint64 ticketId);

private:
    storage::Database &m_db;
};

} // namespace sd::client
