#pragma once

#include "core/slatarget.h"
#include "result.h"

#include <QHash>
#include <QList>

namespace sd::storage {

class Database;

// The stored SLA targets of tickets (sla_targets), one row per ticket and target kind, and
// the deadlines the tickets table repeats from them (first_response_due, resolution_due: the
// replicas, the ticket table and the standing views read those). Written by the server's SLA
// engine inside the transaction of the change that moved them.
class SlaTargetRepository final
{
    Q_DISABLE_COPY_MOVE(SlaTargetRepository)

public:
    explicit SlaTargetRepository(Database &db);

    // In SlaTargetKind order.
    Result<QList<core::SlaTarget>> forTicket(qint64 ticketId);
    // The targets of several tickets at once, by ticket (tickets without any are left out).
    // On SQLite read through its C API over the ids' range (a sync page's tickets are
    // neighbours): through QtSql, parsing the timestamps cost a third of a first-sync page.
    Result<QHash<qint64, QList<core::SlaTarget>>> forTickets(const QList<qint64> &ticketIds);

    // Makes `targets` the ticket's targets: rows that differ are written, kinds not in the
    // list deleted, and the ticket's due columns set to the first-response and resolution
    // dues. `stored` is what forTicket() gave (read by the caller to decide whether anything
    // changed). A ticket that has no target is left without dues.
    Result<void> replace(qint64 ticketId, const QList<core::SlaTarget> &targets,
                         const QList<core::SlaTarget> &stored);
    // The targets of a ticket that has none yet and whose due columns were written with it
    // (bulk creation): one statement.
    Result<void> insert(qint64 ticketId, const QList<core::SlaTarget> &targets);

private:
    Result<QHash<qint64, QList<core::SlaTarget>>> select(const QString &where,
                                                         const QVariantList &values);
    Result<QHash<qint64, QList<core::SlaTarget>>> sqliteRange(const QList<qint64> &ticketIds);
    Result<void> writeDues(qint64 ticketId, const QList<core::SlaTarget> &targets);

    Database &m_db;
};

} // namespace sd::storage
