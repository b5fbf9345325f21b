#pragma once

#include "eventhuboptions.h"
#include "eventviewer.h"
#include "presenceregistry.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace sd::server {

// One client of /api/v1/events: owns the socket, authenticates it (Authorization: Bearer
// header or a first {"type":"auth"} message), answers ping and malformed messages itself,
// throttles sequence announcements, and hands valid presence requests to the hub.
class EventConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventConnection)

public:
    // Close code for failed or missing authentication (4000-4999 are the application's).
    static constexpr int UnauthorisedCloseCode = 4401;

    EventConnection(std::unique_ptr<QWebSocket> socket, EventAuthenticator authenticate,
                    const EventHubOptions &options, QObject *parent = nullptr);
    ~EventConnection() override;

    // Starts authenticating; call after connecting to the signals.
    void start();

    quint64 id() const { return m_id; }
    bool isAuthenticated() const { return m_viewer.has_value(); }
    // Valid only once authenticated.
    const EventViewer &viewer() const { return *m_viewer; }

    void send(const QJsonObject &message);
    void sendHello(qint64 seq);
    // Announces `seq` now, or when the interval since the last announcement has passed.
    void offerSequence(qint64 seq);

signals:
    // Emitted once; the hub answers with sendHello() before queued messages are handled.
    void authenticated();
    void presenceRequested(qint64 ticketId, sd::server::PresenceState state);
    // The socket is gone; the hub deletes this object.
    void closed();

private:
    void handleText(const QString &text);
    void handleBinary();
    void handleBeforeAuthentication(const QString &text);
    void handleMessage(const QString &text);
    void handlePresence(const QJsonObject &message);
    void authenticate(const QString &token);
    void finishAuthentication(const std::optional<EventViewer> &viewer);
    void sendError(const QString &code, const QString &message);
    void flushSequence();
    void refuse(const QString &reason);

    std::unique_ptr<QWebSocket> m_socket;
    EventAuthenticator m_authenticate;
    EventHubOptions m_options;
    quint64 m_id = 0;
    std::optional<EventViewer> m_viewer;
    bool m_authenticating = false;
    bool m_closing = false;
    // Sent while the token was being checked; handled right after the hello.
    QStringList m_queued;
    QTimer m_authTimer;
    QTimer m_sequenceTimer;
    QElapsedTimer m_sinceSequence;
    qint64 m_sentSeq = 0;
    qint64 m_pendingSeq = 0;
};

} // namespace sd::server
