#include "slaquestion.h"

#include "sampledata.h"
#include "server/slaengine.h"
#include "storage/queuerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"

namespace sd::testing {

core::Ticket createSlaQuestion(storage::Database &db, core::Priority priority,
                               const QDateTime &createdAt)
{
    core::Ticket ticket = sampleTicket(uniqueName(QStringLiteral("SLA ")));
    ticket.category = core::Category::Question;
    ticket.priority = priority;
    ticket.createdAt = createdAt;
    if (auto support = storage::QueueRepository(db).findByName(QStringLiteral("Support")))
        ticket.queueId = support->id;
    storage::Transaction tx(db);
    auto created = storage::TicketRepository(db).create(ticket, 0);
    if (!created)
        qFatal("create: %s", qPrintable(created.error().message));
    auto started = server::SlaEngine(db).start(created.value(), {{createdAt, false}}, createdAt);
    if (!started || !tx.commit())
        qFatal("start: not started");
    return started->ticket;
}

} // namespace sd::testing
