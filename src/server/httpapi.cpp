#include "httpapi.h"

#include "protocol/apierror.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace sd::server {

namespace {

QHttpServerResponse jsonResponse(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(body, status);
}

} // namespace

HttpApi::HttpApi(HealthProvider health, QObject *parent)
    : QObject(parent), m_http(std::make_unique<QHttpServer>()), m_health(std::move(health))
{
    addRoutes();
}

HttpApi::~HttpApi() = default;

void HttpApi::addRoutes()
{
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [this] {
        const sd::protocol::HealthInfo info = m_health();
        // A monitor must see a broken database as a failure, not only read it in the body.
        return jsonResponse(info.toJson(),
                            info.databaseOk ? QHttpServerResponse::StatusCode::Ok
                                            : QHttpServerResponse::StatusCode::ServiceUnavailable);
    });
    m_http->setMissingHandler([](const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder) {
        sd::protocol::ApiError error;
        error.httpStatus = 404;
        error.code = QStringLiteral("not_found");
        error.message = tr("Not found: %1").arg(request.url().path());
        responder.write(QJsonDocument(error.toJson()), QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    return m_http->listen(address, port);
}

} // namespace sd::server
