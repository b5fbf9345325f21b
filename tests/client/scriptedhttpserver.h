#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace sd::testing {

// A tiny HTTP/1.1 server on 127.0.0.1 that answers the n-th request it receives by the n-th
// step of a script (the last step repeats), to count attempts and to fail in ways the real
// server does not: dropping the connection after reading a request, or never answering.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT

public:
    enum class Action { Drop, Silent, Answer };
    struct Step
    {
        Action action = Action::Answer;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static Step drop() { return {Action::Drop, 0, {}, {}}; }
    static Step silent() { return {Action::Silent, 0, {}, {}}; }
    static Step answer(int status, QByteArray body = "{}",
                       QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        return {Action::Answer, status, std::move(body), std::move(headers)};
    }

    explicit ScriptedHttpServer(QList<Step> script, QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    int requestCount() const { return int(m_requests.size()); }
    // Request lines ("GET /path HTTP/1.1") in arrival order.
    QList<QByteArray> requests() const { return m_requests; }
    // Headers of each request, names in lower case.
    QList<QHash<QByteArray, QByteArray>> requestHeaders() const { return m_headers; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Step &step);

    QList<Step> m_script;
    QList<QByteArray> m_requests;
    QList<QHash<QByteArray, QByteArray>> m_headers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // Last, so it goes first: its sockets report their disconnect into the members above.
    QTcpServer m_server;
};

} // namespace sd::testing
