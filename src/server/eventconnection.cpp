#include "eventconnection.h"

#include <QAtomicInteger>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QWebSocket>
#include <QtConcurrent>

namespace sd::server {

namespace {

// Messages a client may send while its token is being checked; more is abuse.
constexpr qsizetype MaxQueuedMessages = 32;

quint64 nextConnectionId()
{
    static QAtomicInteger<quint64> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The token of an "Authorization: Bearer <token>" header; empty when there is none, nullopt
// when there is a header of another kind.
std::optional<QString> bearerToken(const QByteArray &header)
{
    static constexpr QByteArrayView scheme("Bearer ");
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return QString();
    if (value.size() <= scheme.size() ||
        value.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return QString::fromLatin1(value.sliced(scheme.size())).trimmed();
}

} // namespace

EventConnection::EventConnection(std::unique_ptr<QWebSocket> socket,
                                 EventAuthenticator authenticate, const EventHubOptions &options,
                                 QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_authenticate(std::move(authenticate)),
      m_options(options), m_id(nextConnectionId())
{
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &EventConnection::handleText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this,
            &EventConnection::handleBinary);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        m_authTimer.stop();
        m_sequenceTimer.stop();
        emit closed();
    });
    m_authTimer.setSingleShot(true);
    connect(&m_authTimer, &QTimer::timeout, this,
            [this] { refuse(tr("Authentication timed out")); });
    m_sequenceTimer.setSingleShot(true);
    connect(&m_sequenceTimer, &QTimer::timeout, this, &EventConnection::flushSequence);
}

EventConnection::~EventConnection()
{
    // The socket's destructor may still report the disconnect; this object is gone by then.
    disconnect(m_socket.get(), nullptr, this, nullptr);
}

void EventConnection::start()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_closing = true;
        emit closed();
        return;
    }
    const std::optional<QString> token =
        bearerToken(m_socket->request().rawHeader("Authorization"));
    if (!token) {
        // Queued: closing while the HTTP server is still handing the socket over makes it
        // read from a closed device.
        QMetaObject::invokeMethod(
            this, [this] { refuse(tr("Invalid or expired token")); }, Qt::QueuedConnection);
    } else if (!token->isEmpty()) {
        authenticate(*token);
    } else {
        m_authTimer.start(m_options.authTimeoutMs);
    }
}

void EventConnection::send(const QJsonObject &message)
{
    if (m_closing)
        return;
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void EventConnection::sendHello(qint64 seq)
{
    m_sentSeq = qMax(m_sentSeq, seq);
    m_pendingSeq = qMax(m_pendingSeq, seq);
    send({{QStringLiteral("type"), QStringLiteral("hello")},
          {QStringLiteral("seq"), seq},
          {QStringLiteral("user_id"), m_viewer->userId}});
}

void EventConnection::offerSequence(qint64 seq)
{
    if (!m_viewer || m_closing)
        return;
    m_pendingSeq = qMax(m_pendingSeq, seq);
    if (m_pendingSeq <= m_sentSeq || m_sequenceTimer.isActive())
        return;
    const qint64 interval = m_options.sequenceIntervalMs;
    const qint64 elapsed = m_sinceSequence.isValid() ? m_sinceSequence.elapsed() : interval;
    if (elapsed >= interval)
        flushSequence();
    else
        m_sequenceTimer.start(int(interval - elapsed));
}

void EventConnection::flushSequence()
{
    if (m_pendingSeq <= m_sentSeq)
        return;
    m_sentSeq = m_pendingSeq;
    m_sinceSequence.start();
    send({{QStringLiteral("type"), QStringLiteral("seq")}, {QStringLiteral("seq"), m_sentSeq}});
}

void EventConnection::handleText(const QString &text)
{
    if (m_closing)
        return;
    if (m_viewer)
        handleMessage(text);
    else
        handleBeforeAuthentication(text);
}

void EventConnection::handleBinary()
{
    if (m_closing)
        return;
    if (!m_viewer)
        refuse(tr("Authentication required"));
    else
        sendError(QStringLiteral("bad_message"), tr("Only text messages are understood."));
}

void EventConnection::handleBeforeAuthentication(const QString &text)
{
    if (m_authenticating) {
        if (m_queued.size() < MaxQueuedMessages) {
            m_queued.append(text);
            return;
        }
        m_closing = true;
        m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                        tr("Too many messages before authentication"));
        return;
    }
    const std::optional<QJsonObject> message = parseObject(text);
    const QString token = message ? message->value(u"token").toString() : QString();
    if (!message || message->value(u"type").toString() != u"auth" || token.isEmpty()) {
        refuse(tr("Authentication required"));
        return;
    }
    authenticate(token);
}

void EventConnection::handleMessage(const QString &text)
{
    const std::optional<QJsonObject> message = parseObject(text);
    if (!message) {
        sendError(QStringLiteral("bad_message"), tr("The message is not a JSON object."));
        return;
    }
    const QString type = message->value(u"type").toString();
    if (type == u"ping")
        send({{QStringLiteral("type"), QStringLiteral("pong")}});
    else if (type == u"presence")
        handlePresence(*message);
    else if (type == u"auth")
        sendError(QStringLiteral("bad_message"), tr("This connection is already authenticated."));
    else
        sendError(QStringLiteral("bad_message"),
                  tr("Unknown message type \"%1\".").arg(type.left(40)));
}

void EventConnection::handlePresence(const QJsonObject &message)
{
    if (!m_viewer->isStaff()) {
        sendError(QStringLiteral("forbidden"), tr("Only staff members share presence."));
        return;
    }
    const qint64 ticketId = message.value(u"ticket_id").toInteger(0);
    const std::optional<PresenceState> state =
        core::fromString<PresenceState>(message.value(u"state").toString());
    if (ticketId <= 0 || !state) {
        sendError(QStringLiteral("bad_message"),
                  tr("A presence message needs a positive ticket_id and a state: viewing, "
                     "replying or left."));
        return;
    }
    emit presenceRequested(ticketId, *state);
}

void EventConnection::authenticate(const QString &token)
{
    m_authTimer.stop();
    m_authenticating = true;
    // A child of this object: if the socket closes first, the answer is dropped with it.
    auto *watcher = new QFutureWatcher<std::optional<EventViewer>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishAuthentication(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_authenticate, token));
}

void EventConnection::finishAuthentication(const std::optional<EventViewer> &viewer)
{
    m_authenticating = false;
    if (m_closing)
        return;
    if (!viewer) {
        refuse(tr("Invalid or expired token"));
        return;
    }
    m_viewer = viewer;
    emit authenticated();
    const QStringList queued = std::exchange(m_queued, {});
    for (const QString &text : queued) {
        if (m_closing)
            break;
        handleMessage(text);
    }
}

void EventConnection::sendError(const QString &code, const QString &message)
{
    send({{QStringLiteral("type"), QStringLiteral("error")},
          {QStringLiteral("code"), code},
          {QStringLiteral("message"), message}});
}

void EventConnection::refuse(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_authTimer.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(UnauthorisedCloseCode), reason);
}

} // namespace sd::server
