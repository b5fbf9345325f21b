#include "followupticket.h"

#include "serverconfig.h"
#include "slaengine.h"
#include "storage/messagerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"

namespace sd::server {

storage::Result<FollowUpTicket::Opened> FollowUpTicket::open(storage::Database &db,
                                                             const ServerConfig &settings,
                                                             const core::Ticket &previous,
                                                             const core::Message &message)
{
    storage::Transaction tx(db);
    if (!tx)
        return tx.error();
    core::Ticket ticket = previous;
    ticket.id = 0;
    ticket.number.clear();
    ticket.version = 0;
    ticket.mergedIntoId = 0;
    ticket.status = core::TicketStatus::New;
    ticket.resolution = core::Resolution::None;
    ticket.description = message.bodyText;
    ticket.requesterId = message.authorId != 0 ? message.authorId : previous.requesterId;
    if (!message.authorName.isEmpty())
        ticket.requesterName = message.authorName;
    ticket.createdAt = QDateTime::currentDateTimeUtc();
    ticket.updatedAt = ticket.createdAt;
    ticket.firstResponseAt = QDateTime();
    ticket.firstResponseDue = QDateTime();
    ticket.resolutionDue = QDateTime();
    ticket.resolvedAt = QDateTime();
    storage::TicketRepository tickets(db, settings.ticketNumberPrefix, settings.numberZone());
    auto created = tickets.create(ticket, message.authorId);
    if (!created)
        return created.error();
    core::Message first = message;
    first.ticketId = created->id;
    auto stored = storage::MessageRepository(db).append(first);
    if (!stored)
        return stored.error();
    if (auto linked = tickets.link(created->id, previous.id, core::TicketLinkKind::RelatedTo,
                                   message.authorId);
        !linked)
        return linked.error();
    const bool fromStaff = message.kind != core::MessageKind::Customer;
    auto sla = SlaEngine(db).start(created.value(), {{stored->createdAt, fromStaff}},
                                   QDateTime::currentDateTimeUtc());
    if (!sla)
        return sla.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Opened{sla->ticket, stored.value()};
}

} // namespace sd::server
