#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>

#include <limits>

namespace sd::client {

class Replica;
class ServerApi;
struct ApiResult;

// Keeps a Replica up to date with the server. The first sync pages through
// GET /api/v1/sync/tickets with progress, several pages at a time (the first page names where
// every later one starts); afterwards it pulls GET /api/v1/changes from the
// replica's cursor (with include=data, so a page is applied without further requests)
// whenever the /api/v1/events WebSocket announces a newer sequence, and on a timer in case
// an announcement was missed. When the server goes away it says so (Offline) and tries
// again with growing delays; the replica stays readable throughout. Tickets the feed says
// are gone leave the replica. Over wss:// the event socket takes ServerApi's TLS decisions:
// a certificate the user did not accept is refused and reported like an HTTP request's.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    enum class State { Stopped, Offline, Syncing, Online };
    Q_ENUM(State)

    static constexpr int ChangePage = 500;
    // The server's largest: each page costs a transaction, a few statements and a request
    // besides its tickets (5 % less CPU than pages of 250).
    static constexpr int SnapshotPageSize = 500;
    // First-sync pages asked for at once: the server builds the next ones while the replica
    // writes one.
    static constexpr int SnapshotPipeline = 3;
    static constexpr int FallbackPullMs = 30000;
    static constexpr int MaxReconnectDelayMs = 30000;

    // Neither is owned; both must outlive the engine.
    SyncEngine(ServerApi *api, Replica *replica, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    // Pulls now (e.g. after a local write was acknowledged).
    void pullNow();
    // Tells other staff (over the event socket) that this user is "viewing", "replying" to
    // or has "left" the ticket; false when the socket is not connected.
    bool sendPresence(qint64 ticketId, const QString &state);

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // Whether changes arrive by push; otherwise only the fallback pull brings them.
    bool eventsConnected() const { return m_events.state() == QAbstractSocket::ConnectedState; }
    // The fallback pull interval (tests shorten it).
    void setFallbackPullMs(int ms) { m_fallbackPull.setInterval(ms); }
    // Tickets per first-sync page (tests make it small, for many pages).
    void setSnapshotPageSize(int size) { m_snapshotPageSize = size; }

signals:
    void stateChanged(sd::client::SyncEngine::State state);
    // First sync: tickets applied so far and how many the server will send.
    void progress(qint64 done, qint64 total);
    void firstSyncFinished();
    // The replica reached `seq` of the change feed.
    void synced(qint64 seq);
    // The server no longer accepts the token; the engine has stopped (sign in again).
    void unauthorized();
    // Someone's presence on a ticket changed ("viewing", "replying", "left"), or the full
    // list of who is there ({user_id, name, state} each) when this user begins viewing it.
    void presenceChanged(qint64 ticketId, qint64 userId, const QString &name, const QString &state);
    void presenceListed(qint64 ticketId, const QJsonArray &viewers);

private:
    void setState(State state);
    // One first-sync page: the tickets below `after` (0: from the newest), and the cursor of
    // the page that follows it (`stop`; 0: none, this one continues to the end).
    struct SnapshotRequest
    {
        qint64 after = 0;
        qint64 stop = 0;
    };

    void fetchSnapshot(const SnapshotRequest &request);
    void fillSnapshotPipeline();
    void snapshotPageArrived(const SnapshotRequest &request, const ApiResult &result);
    void finishFirstSync();
    void stopWith(const QString &error);
    void pull();
    void changesArrived(const ApiResult &result);
    void failed(const ApiResult &result);
    void scheduleReconnect();
    void openEvents();
    void eventsSslErrors(const QList<QSslError> &errors);
    void eventArrived(const QString &text);

    QPointer<ServerApi> m_api;
    Replica *m_replica;
    State m_state = State::Stopped;
    QString m_lastError;
    QWebSocket m_events;
    QTimer m_fallbackPull;
    QTimer m_reconnect;
    int m_reconnectAttempts = 0;
    bool m_pulling = false;
    bool m_pullAgain = false;
    bool m_inFirstSync = false;
    // Counts first-sync runs: a page answered for an earlier one is dropped.
    quint64 m_snapshotRun = 0;
    int m_snapshotPageSize = SnapshotPageSize;
    QList<SnapshotRequest> m_snapshotQueue;
    int m_snapshotsInFlight = 0;
    qint64 m_snapshotSeq = std::numeric_limits<qint64>::max();
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_announced = 0;
};

} // namespace sd::client
