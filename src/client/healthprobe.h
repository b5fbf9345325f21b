#pragma once

#include "protocol/healthinfo.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sd::client {

// Asks a server's /api/v1/health whether it and its database are up. One request at a time;
// a request that takes longer than the timeout counts as a failure, never as a hang.
class HealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthProbe)

public:
    HealthProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    void check(const QUrl &serverUrl, int timeoutMs = 5000);

signals:
    void answered(const sd::protocol::HealthInfo &info);
    void failed(const QString &message);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
};

} // namespace sd::client
