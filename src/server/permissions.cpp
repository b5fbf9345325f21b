#include "permissions.h"

namespace sd::server {

using core::MessageKind;
using core::UserRole;
using storage::EntityType;

bool Permissions::canView(const core::User &user, const core::Ticket &ticket)
{
    if (!user.active)
        return false;
    switch (user.role) {
    case UserRole::Admin:
    case UserRole::Supervisor:
        return true;
    case UserRole::Agent:
        return ticket.queueId == 0 || ticket.assigneeId == user.id ||
               user.queueIds.contains(ticket.queueId);
    case UserRole::Customer:
        if (user.organisationId != 0)
            return ticket.organisationId == user.organisationId;
        return ticket.requesterId == user.id;
    }
    return false;
}

bool Permissions::canEdit(const core::User &user, const core::Ticket &ticket)
{
    return isStaff(user) && canView(user, ticket);
}

bool Permissions::canPost(const core::User &user, const core::Ticket &ticket, MessageKind kind)
{
    if (!canView(user, ticket))
        return false;
    switch (kind) {
    case MessageKind::Customer:
        return user.role == UserRole::Customer;
    case MessageKind::Reply:
    case MessageKind::Note:
    case MessageKind::PhoneCall:
        return isStaff(user);
    case MessageKind::System:
        return false;
    }
    return false;
}

bool Permissions::canSeeMessage(const core::User &user, MessageKind kind)
{
    return isStaff(user) || kind != MessageKind::Note;
}

bool Permissions::canRate(const core::User &user, const core::Ticket &ticket)
{
    return user.role == UserRole::Customer && canView(user, ticket);
}

void Permissions::restrict(const core::User &user, storage::TicketFilter &filter)
{
    switch (user.role) {
    case UserRole::Admin:
    case UserRole::Supervisor:
        return;
    case UserRole::Agent:
        filter.scopeQueueIds = user.queueIds;
        filter.scopeAssigneeId = user.id;
        return;
    case UserRole::Customer:
        filter.includeInternal = false;
        if (user.organisationId != 0)
            filter.organisationId = user.organisationId;
        else
            filter.requesterId = user.id;
        return;
    }
}

storage::ChangeFilter Permissions::changeFilter(const core::User &user)
{
    storage::ChangeFilter filter;
    if (user.role == UserRole::Customer) {
        filter.includeInternal = false;
        filter.organisationId = user.organisationId;
        // Their own tickets have no organisation either; the rest of the feed is not theirs.
        filter.withoutOrganisation = user.organisationId == 0;
    }
    return filter;
}

bool Permissions::canSeeChangeOutright(const core::User &user, const storage::ChangeItem &item)
{
    if (user.role == UserRole::Customer && item.internal)
        return false;
    switch (item.entityType) {
    case EntityType::User:
        return isStaff(user) || item.entityId == user.id;
    case EntityType::Organisation:
        return isStaff(user) || item.entityId == user.organisationId;
    case EntityType::Calendar:
    case EntityType::SlaPolicy:
    case EntityType::EscalationRule:
        return isStaff(user);
    case EntityType::Queue:
    case EntityType::KbArticle:
        return true;
    case EntityType::Ticket:
    case EntityType::Message:
    case EntityType::TicketLink:
    case EntityType::Rating:
        if (canSeeAllTickets(user))
            return true;
        if (user.role == UserRole::Agent)
            return item.queueId == 0 || user.queueIds.contains(item.queueId);
        // Customers: the organisation filter ran in SQL; without an organisation the ticket
        // itself must be checked.
        return user.organisationId != 0 && item.organisationId == user.organisationId;
    }
    return false;
}

} // namespace sd::server
