#include "scriptedhttpserver.h"

#include <QTcpSocket>

namespace sd::testing {

ScriptedHttpServer::ScriptedHttpServer(QList<Step> script, QObject *parent)
    : QObject(parent), m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

bool ScriptedHttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                               lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype total = headEnd + 4 + headers.value("content-length").toLongLong();
        if (buffer.size() < total)
            return;
        buffer.remove(0, total);
        const Step step = m_script.value(qMin(m_requests.size(), m_script.size() - 1));
        m_requests.append(lines.first().trimmed());
        m_headers.append(headers);
        respond(socket, step);
        if (step.action != Action::Answer)
            return;
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const Step &step)
{
    switch (step.action) {
    case Action::Drop:
        socket->close();
        return;
    case Action::Silent:
        return;
    case Action::Answer:
        break;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(step.status) + " Scripted\r\n" +
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(step.body.size()) + "\r\n";
    for (const auto &[name, value] : step.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + step.body;
    socket->write(out);
}

} // namespace sd::testing
