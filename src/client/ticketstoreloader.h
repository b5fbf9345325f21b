#pragma once

#include "storage/result.h"
#include "ticketstore.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace sd::storage {
class Database;
}

namespace sd::client {

// Fills a TicketStore from the replica's ticket columns (never its JSON), through SQLite's
// C API: a million tickets at start-up, then the few a sync or a local write touched.
class TicketStoreLoader final
{
    Q_DECLARE_TR_FUNCTIONS(TicketStoreLoader)

public:
    explicit TicketStoreLoader(storage::Database &replica) : m_db(replica) {}

    // Every ticket of the replica, in id order, newest first.
    storage::Result<void> loadAll(TicketStore &store);
    // The same through a connection of its own to `databaseUrl`, for a worker thread (QtSql
    // connections belong to the thread that opened them).
    static storage::Result<void> loadAll(const QString &databaseUrl, TicketStore &store);
    // At most `limit` tickets, newest first: what a first screen needs before loadAll ends.
    storage::Result<void> loadNewest(TicketStore &store, int limit);
    // These tickets again; those no longer in the replica are removed from the store. Returns
    // the store rows touched (for TicketSelection::rowsChanged).
    storage::Result<std::vector<TicketStore::Row>> reload(TicketStore &store,
                                                          const QList<qint64> &ids);

private:
    storage::Result<void> load(TicketStore &store, const QByteArray &sql, qint64 parameter,
                               std::vector<TicketStore::Row> *rows);

    storage::Database &m_db;
};

} // namespace sd::client
