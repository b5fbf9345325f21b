#include "apiclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace sd::testing {

ApiReply ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                         const Headers &headers)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(u'?');
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.errorString = QStringLiteral("timed out");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    result.json = QJsonDocument::fromJson(result.body).object();
    if (result.errorString.isEmpty() && result.status == 0)
        result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

ApiReply ApiClient::post(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiReply ApiClient::patch(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ApiReply ApiClient::signIn(const QString &login, const QString &password)
{
    m_token.clear();
    const ApiReply reply =
        post(QStringLiteral("/api/v1/session"),
             {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    m_token = reply.json.value(QStringLiteral("token")).toString();
    return reply;
}

} // namespace sd::testing
