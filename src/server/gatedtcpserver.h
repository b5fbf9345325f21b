#pragma once

#include "requestgate.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <chrono>
#include <optional>

namespace sd::server {

// A listening socket whose connections reach the HTTP server through a RequestGate, so that
// the request size limits hold before Qt reads a body:
//
//     auto *tcp = new GatedTcpServer(limitFor, parent);
//     tcp->listen(address, port);
//     httpServer->bind(tcp); // QAbstractHttpServer 6.4 takes any QTcpServer
//
// bind() listens for pendingConnectionAvailable, which addPendingConnection() emits, and takes
// the next pending socket as a plain QTcpSocket: it is given the gate's GatedSocket. With a
// QSslConfiguration every connection first completes its TLS handshake (as QSslServer does
// before it reports a connection); the gate then sees decrypted bytes.
class GatedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatedTcpServer)

public:
    // A client that has not finished its TLS handshake by then is dropped.
    static constexpr std::chrono::milliseconds HandshakeTimeout{10000};

    explicit GatedTcpServer(RequestGate::LimitFor limitFor, QObject *parent = nullptr);
    GatedTcpServer(RequestGate::LimitFor limitFor, const QSslConfiguration &tls,
                   QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void startTls(qintptr descriptor);
    void admit(QTcpSocket *transport);

    RequestGate::LimitFor m_limitFor;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace sd::server
