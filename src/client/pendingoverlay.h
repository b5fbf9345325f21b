#pragma once

#include "outboxentry.h"
#include "storage/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sd::storage {
class Database;
}

namespace sd::client {

// What the Outbox's waiting writes look like in the replica, so the views show them at once,
// marked pending: a ticket created offline is a row with a negative id, a reply a message
// row with a negative id, a field change the ticket's columns as edited (its "json" stays the
// server's copy, so the edit can always be recomputed or dropped). Sync overwrites columns
// with the server's values; refresh() puts the edits back on top.
class PendingOverlay final
{
public:
    explicit PendingOverlay(storage::Database &db) : m_db(db) {}

    storage::Result<void> addLocalTicket(const OutboxEntry &entry, const QJsonObject &author);
    storage::Result<void> addLocalMessage(const OutboxEntry &entry, const QJsonObject &author);
    // The local rows of an entry that is acknowledged or discarded.
    storage::Result<void> removeLocal(const OutboxEntry &entry);
    // The server acknowledged a ticket created offline: its waiting messages and writes now
    // belong to the server's id.
    storage::Result<void> adoptTicket(qint64 localId, qint64 serverId);

    // The ticket's columns as the server sent them with every waiting edit applied.
    storage::Result<void> refresh(qint64 ticketId);
    // Every ticket that has a waiting edit or still shows one.
    storage::Result<void> refreshAll();
    // The waiting field changes of a ticket, oldest first.
    storage::Result<QJsonArray> edits(qint64 ticketId);

private:
    storage::Result<void> writeColumns(qint64 ticketId, const QJsonObject &shown, bool pending);

    storage::Database &m_db;
};

} // namespace sd::client
