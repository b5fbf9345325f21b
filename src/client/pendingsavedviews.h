#pragma once

#include "savedview.h"
#include "storage/result.h"

#include <QList>

namespace sd::storage {
class Database;
}

namespace sd::client {

// Saved-view changes the server has not confirmed yet, kept in the replica so that quitting
// while offline loses none of them. Only the latest change of each view is kept (a PUT or
// DELETE by the view's id replaces all of it on the server); all() lists them in the order of
// their last change.
class PendingSavedViews final
{
    Q_DISABLE_COPY_MOVE(PendingSavedViews)

public:
    struct Change
    {
        SavedView view; // for a removal only the id
        bool removal = false;
    };

    // `replica` is the replica's connection (Replica::database()); use it on its thread.
    explicit PendingSavedViews(storage::Database &replica) : m_db(replica) {}

    storage::Result<void> keepSave(const SavedView &view);
    storage::Result<void> keepRemoval(const QString &id);
    // The server confirmed or refused the view's latest change; nothing kept is no error.
    storage::Result<void> forget(const QString &id);
    storage::Result<QList<Change>> all();

private:
    storage::Result<void> keep(const QString &id, const QString &operation, const SavedView *view);

    storage::Database &m_db;
};

} // namespace sd::client
