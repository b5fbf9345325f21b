#include "healthprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sd::client {

HealthProbe::HealthProbe(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{}

void HealthProbe::check(const QUrl &serverUrl, int timeoutMs)
{
    QNetworkRequest request(serverUrl.resolved(QUrl(QStringLiteral("/api/v1/health"))));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HealthProbe::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(
            tr("The server at %1 does not answer: %2")
                .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo), reply->errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
    if (!doc.isObject()) {
        emit failed(
            tr("The server at %1 answered something that is not SupportDesk: %2")
                .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo), parseError.errorString()));
        return;
    }
    emit answered(sd::protocol::HealthInfo::fromJson(doc.object()));
}

} // namespace sd::client
