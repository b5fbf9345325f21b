#pragma once

#include "core/ticketstatus.h"
#include "storage/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::client {

// The customer's requests as "My requests" lists them, read from the replica (which the server
// already limits to the customer's organisation): one summary per ticket, the newest first,
// with tickets created offline (not yet numbered) on top.
class MyRequestsList final
{
public:
    struct Item
    {
        qint64 id = 0;
        QString number; // empty until the server has the ticket
        QString subject;
        core::TicketStatus status = core::TicketStatus::New;
        // The latest of the ticket's own update and its newest message (Unix seconds).
        qint64 lastUpdate = 0;
        // The ticket itself or one of its messages waits in the outbox.
        bool pending = false;
        QJsonArray slaTargets; // the server's sla.targets
    };

    // `replica` is the replica's connection (Replica::database()); use it on its thread.
    explicit MyRequestsList(storage::Database &replica) : m_db(replica) {}

    storage::Result<QList<Item>> all();
    // The tickets among `ids` still in the replica, in no particular order.
    storage::Result<QList<Item>> some(const QList<qint64> &ids);
    // Whether `a` is listed above `b`.
    static bool isBefore(const Item &a, const Item &b);

private:
    storage::Database &m_db;
};

} // namespace sd::client
