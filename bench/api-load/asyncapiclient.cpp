#include "asyncapiclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace sd::bench {

AsyncApiClient::AsyncApiClient(QUrl base, int timeoutMs, QObject *parent)
    : QObject(parent), m_base(std::move(base)), m_timeoutMs(timeoutMs)
{}

void AsyncApiClient::send(const ApiRequest &request, Callback done)
{
    QUrl url = m_base;
    url.setPath(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest http(url);
    http.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        http.setRawHeader("Authorization", "Bearer " + m_token);
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : request.headers)
        http.setRawHeader(name, value);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network.sendCustomRequest(http, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, timer, done = std::move(done)] {
        ApiAnswer answer;
        answer.milliseconds = timer->nsecsElapsed() / 1e6;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (answer.status == 0)
            answer.error = reply->errorString();
        reply->deleteLater();
        done(answer);
    });
}

ApiAnswer AsyncApiClient::sendAndWait(const ApiRequest &request)
{
    ApiAnswer result;
    QEventLoop loop;
    send(request, [&](const ApiAnswer &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool AsyncApiClient::signIn(const QString &login, const QString &password, QString *error)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/session");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                             {QStringLiteral("password"), password}})
                       .toJson(QJsonDocument::Compact);
    const ApiAnswer answer = sendAndWait(request);
    const QString token =
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("token")).toString();
    if (!answer.ok() || token.isEmpty()) {
        *error = QStringLiteral("sign-in as %1: HTTP %2 %3 %4")
                     .arg(login)
                     .arg(answer.status)
                     .arg(QString::fromUtf8(answer.body.left(300)), answer.error);
        return false;
    }
    m_token = token.toUtf8();
    return true;
}

} // namespace sd::bench
