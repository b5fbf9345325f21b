#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "apiservices.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThreadPool>

#include <deque>
#include <memory>

class QTcpSocket;

namespace sd::server {

class DatabasePool;
class Router;

// The HTTP front. QHttpServer 6.4 runs every handler on its one event loop, so one slow
// database call would stall every other client. Here the event loop only parses and writes;
// each request runs on a worker thread with that thread's own database connection, and the
// answer comes back to the loop, which writes answers on a connection in request order.
// We write the response bytes ourselves rather than through QHttpServerResponder, whose 6.4
// implementation keeps a reference to a request object the server reuses for the next
// request on the same connection.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(std::shared_ptr<const Router> router, std::shared_ptr<DatabasePool> pool,
              ApiServices services, int workerThreads, QObject *parent = nullptr);
    ~ApiServer() override;

    // Graceful stop: new requests get 503, in-flight ones finish and are written; emits
    // drained() when nothing is left (at once if nothing is in flight).
    void drain();
    int inFlight() const { return m_inFlight; }
    int workerThreads() const { return m_workers.maxThreadCount(); }

    static QByteArray reasonPhrase(int status);

signals:
    void drained();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        quint64 id = 0;
        ApiRequest request;
        QString route;
        QElapsedTimer timer;
        bool done = false;
        bool closeAfter = false;
        ApiResponse response;
    };

    static ApiRequest copyRequest(const QHttpServerRequest &request);
    static ApiResponse process(const ApiRequest &request, const Router &router, DatabasePool &pool,
                               const ApiServices &services, QString *route);
    void complete(QTcpSocket *socket, quint64 id, const ApiResponse &response,
                  const QString &route);
    void flush(QTcpSocket *socket);
    void write(QTcpSocket *socket, const Pending &pending);
    void finishOne();

    std::shared_ptr<const Router> m_router;
    std::shared_ptr<DatabasePool> m_pool;
    ApiServices m_services;
    QThreadPool m_workers;
    QHash<QTcpSocket *, std::deque<std::shared_ptr<Pending>>> m_queues;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    bool m_draining = false;
};

} // namespace sd::server
