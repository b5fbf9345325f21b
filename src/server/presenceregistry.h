#pragma once

#include "core/enumnames.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sd::server {

enum class PresenceState {
    Viewing,
    Replying,
    Left,
};

// One staff member on one ticket, as announced through one event socket.
struct PresenceEntry
{
    qint64 ticketId = 0;
    qint64 userId = 0;
    QString name;
    PresenceState state = PresenceState::Viewing;
    quint64 connectionId = 0; // the socket that announced it last
    qint64 expiresAtMs = 0;   // on the caller's monotonic clock
};

// Who is viewing or replying to which ticket, in this server process. Keyed by ticket and
// user: a user with two windows on one ticket is one entry, owned by the socket that spoke
// last, so closing that socket clears it until the other one refreshes (every 20 s).
// Times are passed in, so the registry is plain data with no clock or timer of its own.
class PresenceRegistry final
{
public:
    // Records or refreshes `entry` (never with state Left) and returns the user's previous
    // entry on that ticket, or nothing when the user was not there before.
    std::optional<PresenceEntry> update(const PresenceEntry &entry);
    // Removes the user from the ticket; returns the entry removed, if any.
    std::optional<PresenceEntry> remove(qint64 ticketId, qint64 userId);
    // Removes every entry the socket owns (it closed).
    QList<PresenceEntry> removeConnection(quint64 connectionId);
    // Removes every entry not refreshed in time.
    QList<PresenceEntry> removeExpired(qint64 nowMs);
    QList<PresenceEntry> onTicket(qint64 ticketId) const;
    bool isEmpty() const { return m_tickets.isEmpty(); }

private:
    template <typename Predicate> QList<PresenceEntry> removeIf(Predicate predicate);

    // ticket id -> user id -> entry
    QHash<qint64, QHash<qint64, PresenceEntry>> m_tickets;
};

} // namespace sd::server

namespace sd::core {

template <> struct EnumTraits<server::PresenceState>
{
    static constexpr EnumNames<server::PresenceState, 3> names{{
        {server::PresenceState::Viewing, u"viewing"},
        {server::PresenceState::Replying, u"replying"},
        {server::PresenceState::Left, u"left"},
    }};
};

} // namespace sd::core
