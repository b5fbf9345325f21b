#include "presenceregistry.h"

namespace sd::server {

std::optional<PresenceEntry> PresenceRegistry::update(const PresenceEntry &entry)
{
    QHash<qint64, PresenceEntry> &users = m_tickets[entry.ticketId];
    const auto found = users.constFind(entry.userId);
    std::optional<PresenceEntry> previous;
    if (found != users.constEnd())
        previous = found.value();
    users.insert(entry.userId, entry);
    return previous;
}

std::optional<PresenceEntry> PresenceRegistry::remove(qint64 ticketId, qint64 userId)
{
    const auto ticket = m_tickets.find(ticketId);
    if (ticket == m_tickets.end())
        return std::nullopt;
    std::optional<PresenceEntry> removed;
    if (const auto user = ticket->constFind(userId); user != ticket->constEnd()) {
        removed = user.value();
        ticket->erase(user);
    }
    if (ticket->isEmpty())
        m_tickets.erase(ticket);
    return removed;
}

QList<PresenceEntry> PresenceRegistry::removeConnection(quint64 connectionId)
{
    return removeIf(
        [connectionId](const PresenceEntry &entry) { return entry.connectionId == connectionId; });
}

QList<PresenceEntry> PresenceRegistry::removeExpired(qint64 nowMs)
{
    return removeIf([nowMs](const PresenceEntry &entry) { return entry.expiresAtMs <= nowMs; });
}

QList<PresenceEntry> PresenceRegistry::onTicket(qint64 ticketId) const
{
    return m_tickets.value(ticketId).values();
}

template <typename Predicate> QList<PresenceEntry> PresenceRegistry::removeIf(Predicate predicate)
{
    QList<PresenceEntry> removed;
    for (auto ticket = m_tickets.begin(); ticket != m_tickets.end();) {
        for (auto user = ticket->begin(); user != ticket->end();) {
            if (predicate(user.value())) {
                removed.append(user.value());
                user = ticket->erase(user);
            } else {
                ++user;
            }
        }
        ticket = ticket->isEmpty() ? m_tickets.erase(ticket) : std::next(ticket);
    }
    return removed;
}

} // namespace sd::server
