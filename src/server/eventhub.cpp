#include "eventhub.h"

#include "eventconnection.h"

#include <QJsonArray>
#include <QWebSocket>

namespace sd::server {

namespace {

QJsonObject presenceMessage(const PresenceEntry &entry, PresenceState state)
{
    return {{QStringLiteral("type"), QStringLiteral("presence")},
            {QStringLiteral("ticket_id"), entry.ticketId},
            {QStringLiteral("user_id"), entry.userId},
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("state"), core::toString(state)}};
}

} // namespace

EventHub::EventHub(Authenticate authenticate, EventHubOptions options, QObject *parent)
    : QObject(parent), m_authenticate(std::move(authenticate)), m_options(options)
{
    m_clock.start();
    // Expiry is checked a few times per time-to-live, so a stale entry lingers at most a
    // sixth of it longer.
    m_expiryTimer.setInterval(qBound(10, m_options.presenceTtlMs / 6, 5000));
    connect(&m_expiryTimer, &QTimer::timeout, this, &EventHub::expirePresence);
    m_expiryTimer.start();
}

EventHub::~EventHub()
{
    for (EventConnection *connection : std::as_const(m_connections)) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

void EventHub::accept(std::unique_ptr<QWebSocket> socket)
{
    if (!socket)
        return;
    auto *connection = new EventConnection(std::move(socket), m_authenticate, m_options, this);
    connect(connection, &EventConnection::authenticated, this,
            [this, connection] { greet(connection); });
    connect(connection, &EventConnection::presenceRequested, this,
            [this, connection](qint64 ticketId, PresenceState state) {
                applyPresence(connection, ticketId, state);
            });
    connect(connection, &EventConnection::closed, this, [this, connection] { forget(connection); });
    m_connections.insert(connection->id(), connection);
    connection->start();
}

void EventHub::announceSequence(qint64 seq)
{
    if (seq <= m_latestSeq)
        return;
    m_latestSeq = seq;
    for (EventConnection *connection : std::as_const(m_connections))
        connection->offerSequence(seq);
}

void EventHub::greet(EventConnection *connection)
{
    connection->sendHello(m_latestSeq);
}

void EventHub::forget(EventConnection *connection)
{
    if (!m_connections.remove(connection->id()))
        return;
    for (const PresenceEntry &entry : m_presence.removeConnection(connection->id()))
        broadcastPresence(entry, PresenceState::Left, connection);
    connection->deleteLater();
}

void EventHub::applyPresence(EventConnection *from, qint64 ticketId, PresenceState state)
{
    const EventViewer &viewer = from->viewer();
    if (state == PresenceState::Left) {
        if (const std::optional<PresenceEntry> removed = m_presence.remove(ticketId, viewer.userId))
            broadcastPresence(*removed, PresenceState::Left, from);
        return;
    }
    const PresenceEntry entry{ticketId, viewer.userId, viewer.name,
                              state,    from->id(),    m_clock.elapsed() + m_options.presenceTtlMs};
    const std::optional<PresenceEntry> previous = m_presence.update(entry);
    // Also when the user's other window had announced it: this socket has no list yet.
    if (!previous || previous->connectionId != from->id())
        sendPresenceList(from, ticketId);
    // A refresh with the same state only extends the time to live.
    if (!previous || previous->state != state)
        broadcastPresence(entry, state, from);
}

void EventHub::sendPresenceList(EventConnection *to, qint64 ticketId)
{
    QJsonArray viewers;
    for (const PresenceEntry &entry : m_presence.onTicket(ticketId)) {
        if (entry.userId == to->viewer().userId)
            continue;
        viewers.append(QJsonObject{{QStringLiteral("user_id"), entry.userId},
                                   {QStringLiteral("name"), entry.name},
                                   {QStringLiteral("state"), core::toString(entry.state)}});
    }
    to->send({{QStringLiteral("type"), QStringLiteral("presence_list")},
              {QStringLiteral("ticket_id"), ticketId},
              {QStringLiteral("viewers"), viewers}});
}

void EventHub::broadcastPresence(const PresenceEntry &entry, PresenceState state,
                                 const EventConnection *except)
{
    const QJsonObject message = presenceMessage(entry, state);
    for (EventConnection *connection : std::as_const(m_connections)) {
        if (connection != except && connection->isAuthenticated() && connection->viewer().isStaff())
            connection->send(message);
    }
}

void EventHub::expirePresence()
{
    for (const PresenceEntry &entry : m_presence.removeExpired(m_clock.elapsed()))
        broadcastPresence(entry, PresenceState::Left, nullptr);
}

} // namespace sd::server
