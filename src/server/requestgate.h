#pragma once

#include "requestframer.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace sd::server {

class GatedSocket;

// Enforces the installation's request size limits on one connection without buffering what
// it refuses.
//
// Why below QHttpServer rather than in a route: Qt 6.4's QAbstractHttpServer has no hook
// between the headers and the body. Its reader opens a QIODevice transaction on the socket,
// reads all that is available on every readyRead, and commits only once the whole request,
// body included, is parsed; the body is also collected into the request object. (Seen in the
// qthttpserver sources of the 6.4 series, handleReadyRead() and
// QHttpServerRequestPrivate::parse(); the installed 6.4.2 library imports
// QIODevice::startTransaction/commitTransaction and QHttpHeaderParser and contains no
// "expect" literal.) Measured with 6.4.2: 300 MB sent against a 2 GB Content-Length raised
// a plain QHttpServer's RSS by ~600 MB; and with the socket's read buffer capped at 256 KiB,
// a legitimate 3 MiB upload stalled for good, since the open transaction keeps the whole
// request in that buffer. Capping the socket under Qt's reader therefore cannot work, and a
// gate watching the same socket cannot tell which bytes Qt has already consumed (Qt 6.4 keeps
// parsing pipelined requests while an asynchronous answer is pending, and answers them out
// of order).
//
// So the HTTP server never gets the network socket (the "transport"). It gets a GatedSocket,
// and the gate moves bytes into it only after RequestFramer let them pass. A refused request
// never reaches the server: the gate answers it (413, 431 or 400, JSON, Connection: close),
// then reads and discards what the client still sends, so that the client gets to read the
// answer instead of a connection reset ("lingering close"), and closes. The transport's read
// buffer is capped, so a client that keeps sending is held back by TCP flow control, never
// buffered. Qt 6.4 never answers "Expect: 100-continue"; the gate does for accepted requests
// and refuses oversized ones before the client sends their body. After a WebSocket upgrade
// request the gate holds the client's bytes until the server has answered: only after
// "101 Switching Protocols" does it stop framing HTTP and let everything through.
class RequestGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGate)

public:
    using LimitFor = RequestFramer::LimitFor;

    static constexpr qint64 TransportReadBuffer = 256 * 1024;
    // Admitted bytes the HTTP server has not read yet; beyond this the gate stops reading.
    static constexpr qint64 AdmittedBacklog = 256 * 1024;
    // After a refusal: close once the client has been silent this long, and at the latest
    // after LingerMax.
    static constexpr std::chrono::milliseconds LingerIdle{2000};
    static constexpr std::chrono::milliseconds LingerMax{30000};

    // Takes `transport` (connected, and encrypted for TLS) as its child. The gate deletes
    // itself once the transport has closed.
    RequestGate(QTcpSocket *transport, LimitFor limitFor, QObject *parent = nullptr);

    // What to give the HTTP server instead of the transport. Its parent is the gate's parent,
    // as QTcpServer parents the sockets it creates; QAbstractHttpServer deletes it after it
    // disconnects.
    GatedSocket *socket() const;

private:
    void pump();
    bool pass(QByteArrayView bytes);
    void awaitSwitch(QByteArrayView held);
    void watchAnswer(QByteArrayView bytes);
    void resumeAfterSwitch();
    void refuse();
    void drain();
    void closeTransport();
    void transportClosed();
    QByteArray refusalResponse() const;

    QTcpSocket *m_transport;
    QPointer<GatedSocket> m_socket;
    RequestFramer m_framer;
    QTimer m_lingerIdle;
    QTimer m_lingerMax;
    QMetaObject::Connection m_answerWatch;
    QByteArray m_answerStart; // of the server's answer to a WebSocket upgrade
    QByteArray m_held;        // what the client sent after that upgrade request
    bool m_switchPending = false;
    bool m_refused = false;
};

} // namespace sd::server
