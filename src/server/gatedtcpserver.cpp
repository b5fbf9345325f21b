#include "gatedtcpserver.h"

#include "gatedsocket.h"

#include <QSslSocket>
#include <QTimer>

namespace sd::server {

GatedTcpServer::GatedTcpServer(RequestGate::LimitFor limitFor, QObject *parent)
    : QTcpServer(parent), m_limitFor(std::move(limitFor))
{}

GatedTcpServer::GatedTcpServer(RequestGate::LimitFor limitFor, const QSslConfiguration &tls,
                               QObject *parent)
    : QTcpServer(parent), m_limitFor(std::move(limitFor)), m_tls(tls)
{}

void GatedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_tls) {
        startTls(descriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    admit(socket);
}

void GatedTcpServer::startTls(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Until the handshake is done nobody else owns the socket: failures and stalls end here.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        socket->disconnect(this);
        admit(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket] { socket->abort(); });
    connect(socket, &QAbstractSocket::disconnected, this, [socket] { socket->deleteLater(); });
    QTimer::singleShot(HandshakeTimeout, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    socket->startServerEncryption();
}

void GatedTcpServer::admit(QTcpSocket *transport)
{
    auto *gate = new RequestGate(transport, m_limitFor, this);
    addPendingConnection(gate->socket());
}

} // namespace sd::server
