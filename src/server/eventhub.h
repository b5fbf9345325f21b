#pragma once

#include "eventhuboptions.h"
#include "eventviewer.h"
#include "presenceregistry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace sd::server {

class EventConnection;

// The server side of the WebSocket /api/v1/events: announces change-feed sequence numbers
// and relays presence ("agent X is viewing / replying to ticket N") between staff clients.
//
// Protocol (JSON text messages):
//   server -> client  {"type":"hello","seq":N,"user_id":U} once authenticated
//                     {"type":"seq","seq":N} when the feed advances (at most one per
//                         sequenceIntervalMs per client, the last one always the latest)
//                     {"type":"presence","ticket_id":T,"user_id":U,"name":"..","state":S}
//                     {"type":"presence_list","ticket_id":T,"viewers":[{user_id,name,state}]}
//                         when the client starts viewing T (staff only)
//                     {"type":"pong"}, {"type":"error","code":"bad_message"|"forbidden",...}
//   client -> server  {"type":"auth","token":".."} first, unless the upgrade request had
//                         "Authorization: Bearer <token>"; otherwise closed with 4401
//                     {"type":"presence","ticket_id":T,"state":"viewing"|"replying"|"left"}
//                         staff only, refreshed every 20 s
//                     {"type":"ping"}
//
// Presence is per server process: clients of another process sharing the database do not
// see it. Sharing it would mean pg_notify on a second channel ("sd_presence") from the
// ChangeNotifier's connection and merging the entries of other processes here.
//
// Wiring: connect ChangeNotifier::sequenceAdvanced to announceSequence() and call
// announceSequence(notifier.latest()) once at start; feed accept() from
// QAbstractHttpServer::newWebSocketConnection / nextPendingWebSocketConnection().
class EventHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    using Viewer = EventViewer;
    using Authenticate = EventAuthenticator;

    explicit EventHub(Authenticate authenticate, EventHubOptions options = {},
                      QObject *parent = nullptr);
    ~EventHub() override;

    // Takes over an upgraded socket and starts authenticating it.
    void accept(std::unique_ptr<QWebSocket> socket);

    // Open sockets, including those still authenticating.
    int clientCount() const { return int(m_connections.size()); }
    qint64 latestSequence() const { return m_latestSeq; }

public slots:
    // Announces `seq` to every authenticated client; older or equal values are ignored.
    void announceSequence(qint64 seq);

private:
    void greet(EventConnection *connection);
    void forget(EventConnection *connection);
    void applyPresence(EventConnection *from, qint64 ticketId, PresenceState state);
    void sendPresenceList(EventConnection *to, qint64 ticketId);
    void broadcastPresence(const PresenceEntry &entry, PresenceState state,
                           const EventConnection *except);
    void expirePresence();

    Authenticate m_authenticate;
    EventHubOptions m_options;
    QHash<quint64, EventConnection *> m_connections;
    PresenceRegistry m_presence;
    QTimer m_expiryTimer;
    QElapsedTimer m_clock;
    qint64 m_latestSeq = 0;
};

} // namespace sd::server
