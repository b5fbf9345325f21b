#include "apiserver.h"

#include "authenticator.h"
#include "core/perthreadtranslator.h"
#include "databasepool.h"
#include "permissions.h"
#include "requestcontext.h"
#include "requestlog.h"
#include "router.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

#include <exception>

namespace sd::server {

namespace {

const QString EventsPath = QStringLiteral("/api/v1/events");

QByteArray methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QByteArray(meta.valueToKey(int(method))).toUpper();
}

bool isWrite(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

} // namespace

ApiServer::ApiServer(std::shared_ptr<const Router> router, std::shared_ptr<DatabasePool> pool,
                     ApiServices services, int workerThreads, QObject *parent)
    : QAbstractHttpServer(parent), m_router(std::move(router)), m_pool(std::move(pool)),
      m_services(std::move(services))
{
    m_workers.setMaxThreadCount(qMax(1, workerThreads));
    // Threads keep their database connections; expiring them would reconnect all the time.
    m_workers.setExpiryTimeout(-1);
}

ApiServer::~ApiServer()
{
    m_workers.waitForDone();
}

ApiRequest ApiServer::copyRequest(const QHttpServerRequest &request)
{
    ApiRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    for (const auto &[name, value] : request.headers())
        copy.headers.insert(name.toLower(), value);
    copy.body = request.body();
    copy.peer = request.remoteAddress();
    return copy;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The WebSocket upgrade happens after this returns true for its path; writing anything
    // here would break the handshake.
    if (request.url().path() == EventsPath &&
        request.value("upgrade").toLower().contains("websocket"))
        return true;

    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    pending->request = copyRequest(request);
    pending->timer.start();
    pending->closeAfter = pending->request.header("connection").toLower().contains("close");
    // One watcher per connection, however many requests it carries (the empty queue stays
    // in the map until the socket goes).
    if (!m_queues.contains(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] {
            const auto queue = m_queues.take(socket);
            for (const auto &pending : queue)
                if (!pending->done)
                    finishOne();
        });
    m_queues[socket].push_back(pending);
    ++m_inFlight;

    if (m_draining) {
        complete(socket, pending->id,
                 ApiResponse::error(503, QStringLiteral("shutting_down"),
                                    tr("The server is shutting down; try again in a moment."))
                     .withHeader("Retry-After", "5"),
                 {});
        return true;
    }
    const quint64 id = pending->id;
    const ApiRequest copy = pending->request;
    m_workers.start([this, socket, id, copy] {
        QString route;
        const ApiResponse response = process(copy, *m_router, *m_pool, m_services, &route);
        QMetaObject::invokeMethod(
            this, [this, socket, id, response, route] { complete(socket, id, response, route); },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers every request, including unknown paths.
}

ApiResponse ApiServer::process(const ApiRequest &request, const Router &router, DatabasePool &pool,
                               const ApiServices &services, QString *route)
{
    core::PerThreadTranslator::Scope language(
        core::PerThreadTranslator::languageFromAcceptLanguage(request.header("accept-language")));
    const Router::Match match = router.match(request.method, request.path);
    if (!match.route) {
        if (!match.pathKnown)
            return ApiResponse::error(404, QStringLiteral("not_found"),
                                      tr("Not found: %1").arg(request.path));
        return ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                  tr("%1 does not accept %2; use %3.")
                                      .arg(request.path, QString::fromLatin1(request.method),
                                           QString::fromLatin1(match.allowed.join(", "))))
            .withHeader("Allow", match.allowed.join(", "));
    }
    *route = match.route->pattern;
    auto db = pool.local();
    if (!db)
        return ApiResponse::storageError(db.error());
    ApiRequest routed = request;
    routed.pathArgs = match.args;
    RequestContext ctx(routed, *db.value(), services);
    try {
        if (match.route->access != Router::Access::Public) {
            if (auto refused = Authenticator::authenticate(ctx))
                return *refused;
            // Role rules that depend on nothing but the route, in one place.
            const Router::Access access = match.route->access;
            if (access == Router::Access::Staff && !Permissions::isStaff(*ctx.user))
                return ApiResponse::forbidden();
            if (access == Router::Access::Admin && !Permissions::isAdmin(*ctx.user))
                return ApiResponse::error(403, QStringLiteral("forbidden"),
                                          tr("Only administrators may do this."));
        }
        // An explicit Accept-Language wins; otherwise the user's own language.
        std::optional<core::PerThreadTranslator::Scope> userLanguage;
        if (ctx.user && request.header("accept-language").isEmpty())
            userLanguage.emplace(ctx.user->locale);
        ApiResponse response = match.route->handler(ctx);
        response.userId = ctx.userId();
        if (isWrite(request.method) && response.status < 400 && services.committed)
            services.committed();
        return response;
    } catch (const std::exception &e) {
        qWarning("supportdesk: %s %s failed: %s", request.method.constData(), qPrintable(*route),
                 e.what());
        return ApiResponse::internalError();
    }
}

void ApiServer::complete(QTcpSocket *socket, quint64 id, const ApiResponse &response,
                         const QString &route)
{
    auto queue = m_queues.find(socket);
    if (queue == m_queues.end())
        return; // the client went away; finishOne() ran when its socket was destroyed
    for (const auto &pending : *queue) {
        if (pending->id != id)
            continue;
        pending->response = response;
        pending->route = route;
        pending->done = true;
        break;
    }
    flush(socket);
}

void ApiServer::flush(QTcpSocket *socket)
{
    auto queue = m_queues.find(socket);
    while (queue != m_queues.end() && !queue->empty() && queue->front()->done) {
        const std::shared_ptr<Pending> pending = queue->front();
        queue->pop_front();
        write(socket, *pending);
        RequestLog::write(pending->request, pending->route, pending->response.status,
                          pending->timer.nsecsElapsed() / 1e6, pending->response.userId);
        finishOne();
        if (pending->closeAfter) {
            socket->disconnectFromHost();
            break;
        }
    }
}

void ApiServer::write(QTcpSocket *socket, const Pending &pending)
{
    const ApiResponse &r = pending.response;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    if (!r.contentType.isEmpty())
        out += "Content-Type: " + r.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    if (pending.closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    // Two writes: appending a first-sync page (a megabyte) to the head cost a copy of it.
    socket->write(out);
    socket->write(r.body);
}

void ApiServer::finishOne()
{
    if (--m_inFlight == 0 && m_draining)
        emit drained();
}

void ApiServer::drain()
{
    m_draining = true;
    for (QTcpServer *server : servers())
        server->close();
    if (m_inFlight == 0)
        emit drained();
}

QByteArray ApiServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace sd::server
