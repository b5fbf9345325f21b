#include "apicall.h"

namespace sd::client {

bool ApiCall::isIdempotent() const
{
    const QByteArray m = method.toUpper();
    if (m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS")
        return true;
    return (m == "POST" || m == "PATCH") && !idempotencyKey.isEmpty();
}

ApiCall ApiCall::get(const QString &path, const QUrlQuery &query)
{
    ApiCall call;
    call.path = path;
    call.query = query;
    return call;
}

ApiCall ApiCall::post(const QString &path, const QJsonObject &body,
                      const QByteArray &idempotencyKey)
{
    ApiCall call;
    call.method = "POST";
    call.path = path;
    call.json = QJsonDocument(body);
    call.idempotencyKey = idempotencyKey;
    return call;
}

ApiCall ApiCall::patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    ApiCall call;
    call.method = "PATCH";
    call.path = path;
    call.json = QJsonDocument(body);
    call.ifMatch = ifMatch;
    return call;
}

ApiCall ApiCall::put(const QString &path, const QJsonObject &body)
{
    ApiCall call;
    call.method = "PUT";
    call.path = path;
    call.json = QJsonDocument(body);
    return call;
}

ApiCall ApiCall::deleteResource(const QString &path)
{
    ApiCall call;
    call.method = "DELETE";
    call.path = path;
    return call;
}

} // namespace sd::client
