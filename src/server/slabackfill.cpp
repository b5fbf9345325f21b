#include "slabackfill.h"

#include "slaengine.h"
#include "storage/slaeventrepository.h"
#include "storage/statement.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"

namespace sd::server {

SlaBackfill::SlaBackfill(storage::Database &db) : m_db(db) {}

storage::Result<SlaBackfill::Outcome> SlaBackfill::run(const QDateTime &now)
{
    Outcome outcome;
    qint64 after = 0;
    for (;;) {
        const auto batch = nextBatch(after);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return outcome;
        const auto settled = fill(batch.value(), now);
        if (!settled)
            return settled.error();
        outcome.tickets += int(batch->size());
        outcome.settledEvents += settled.value();
        // By id, so a ticket the engine leaves without targets (no policy) is not read again.
        after = batch->last();
    }
}

storage::Result<QList<qint64>> SlaBackfill::nextBatch(qint64 afterId)
{
    // Merged tickets live on in the ticket they joined; the engine keeps nothing for them.
    storage::Statement select(m_db, QStringLiteral("SELECT t.id FROM tickets t WHERE t.id > ? AND "
                                                   "t.merged_into_id IS NULL AND NOT EXISTS "
                                                   "(SELECT 1 FROM sla_targets s WHERE "
                                                   "s.ticket_id = t.id) ORDER BY t.id LIMIT ?"));
    if (!select.bind(afterId).bind(BatchSize).exec())
        return select.error();
    QList<qint64> ids;
    while (select.next())
        ids.append(select.id(0));
    return ids;
}

storage::Result<int> SlaBackfill::fill(const QList<qint64> &ticketIds, const QDateTime &now)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    SlaEngine engine(m_db);
    storage::TicketRepository tickets(m_db);
    for (const qint64 id : ticketIds) {
        const auto ticket = tickets.get(id);
        if (!ticket)
            return ticket.error();
        if (const auto done = engine.recompute(ticket.value(), now, SlaEngine::Feed::Announce);
            !done)
            return done.error();
    }
    const auto settled = storage::SlaEventRepository(m_db).settleHistory(ticketIds, now);
    if (!settled)
        return settled.error();
    if (const auto committed = tx.commit(); !committed)
        return committed.error();
    return settled.value();
}

} // namespace sd::server
