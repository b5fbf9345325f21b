#include "stallingproxy.h"

#include <QTcpSocket>

namespace sd::testing {

StallingProxy::StallingProxy(const QUrl &target, QObject *parent)
    : QObject(parent), m_target(target)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StallingProxy::accept);
}

bool StallingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl StallingProxy::url() const
{
    QUrl url = m_target;
    url.setPort(m_server.serverPort());
    return url;
}

void StallingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_target.port()));
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            const QByteArray bytes = client->readAll();
            m_forwarded += bytes.size();
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, upstream,
                [this, upstream] { m_swallowed += upstream->readAll().size(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace sd::testing
