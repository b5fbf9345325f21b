#pragma once

#include "core/messagekind.h"
#include "core/ticket.h"
#include "core/user.h"
#include "storage/changeitem.h"
#include "storage/ticketrepository.h"

namespace sd::server {

// Who may see and do what. The rules of the regulations (seed 003/004: customers see only
// their own organisation's requests and never internal notes) plus queues for agents:
// - customer: tickets of their organisation (their own when they have none); may add
//   customer messages, rate, never see notes, assignees' ids, or other customers;
// - agent: tickets in their queues, without a queue (triage), or assigned to them;
// - supervisor: every ticket; admin: every ticket and the configuration.
// The server checks every route and every change-feed item with these functions.
class Permissions final
{
public:
    Permissions() = delete;

    static bool isStaff(const core::User &user) { return user.role != core::UserRole::Customer; }
    static bool canSeeAllTickets(const core::User &user)
    {
        return user.role == core::UserRole::Supervisor || user.role == core::UserRole::Admin;
    }
    static bool isAdmin(const core::User &user) { return user.role == core::UserRole::Admin; }

    static bool canView(const core::User &user, const core::Ticket &ticket);
    // PATCH, merge, split, link: staff who can see the ticket.
    static bool canEdit(const core::User &user, const core::Ticket &ticket);
    static bool canPost(const core::User &user, const core::Ticket &ticket, core::MessageKind kind);
    static bool canSeeMessage(const core::User &user, core::MessageKind kind);
    static bool canRate(const core::User &user, const core::Ticket &ticket);

    // Narrows a list filter to what the user may see (never widens what the caller asked).
    static void restrict(const core::User &user, storage::TicketFilter &filter);
    // The SQL-side part of the change-feed filter; canSeeChange() does the rest per item.
    static storage::ChangeFilter changeFilter(const core::User &user);
    // Items about things outside the user's reach are dropped; for tickets and messages the
    // caller resolves the ticket (queue, requester) when the item alone cannot tell.
    static bool canSeeChangeOutright(const core::User &user, const storage::ChangeItem &item);
};

} // namespace sd::server
