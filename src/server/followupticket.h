#pragma once

#include "core/message.h"
#include "core/ticket.h"
#include "storage/result.h"

namespace sd::storage {
class Database;
}

namespace sd::server {

struct ServerConfig;

// A customer writes again about a ticket that is closed, or resolved longer ago than the
// reopen window (core::TicketWorkflow::ReplyEffect::NewLinkedTicket): the message starts a
// new ticket instead of reviving the old one. The follow-up keeps the old ticket's subject,
// classification, organisation, queue and assignee (the agent who knows the history), starts
// as new, carries the message as its first one and is linked to the old ticket as related.
// Through the API and, later, the mail gateway.
class FollowUpTicket final
{
public:
    FollowUpTicket() = delete;

    struct Opened
    {
        core::Ticket ticket;
        core::Message message; // the first message of `ticket`
    };

    // Inside the caller's transaction when one is open (else in its own). `message` is the
    // customer's message as it would have been appended to `previous`.
    static storage::Result<Opened> open(storage::Database &db, const ServerConfig &settings,
                                        const core::Ticket &previous, const core::Message &message);
};

} // namespace sd::server
