#pragma once

#include "draft.h"
#include "storage/result.h"

#include <QCoreApplication>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::client {

// Reply drafts in the replica, one per ticket (ticket ids may be local, negative ones), so
// closing the window, a crash or a power cut does not lose what an agent typed. Each save is
// on disk when save() returns: the replica's other writes may wait for a checkpoint to reach
// the disk, a draft does not.
class DraftStore final
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    // `replica` is the replica's connection (Replica::database()); use it on its thread.
    explicit DraftStore(storage::Database &replica) : m_db(replica) {}

    // Replaces the ticket's draft.
    storage::Result<void> save(qint64 ticketId, const Draft &draft);
    storage::Result<std::optional<Draft>> load(qint64 ticketId);
    // Nothing to remove is no error.
    storage::Result<void> remove(qint64 ticketId);

private:
    storage::Database &m_db;
};

} // namespace sd::client
