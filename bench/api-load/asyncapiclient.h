#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

namespace sd::bench {

struct ApiAnswer
{
    int status = 0; // 0: no HTTP answer (error says why)
    QByteArray body;
    double milliseconds = 0;
    QString error;

    bool ok() const { return status >= 200 && status < 300; }
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QString query;
    QByteArray body; // JSON when not empty
    QList<QPair<QByteArray, QByteArray>> headers;
};

// One API client of the load: its own QNetworkAccessManager (so its own keep-alive
// connection) and its own bearer token. Answers arrive on the caller's event loop.
class AsyncApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncApiClient)

public:
    using Callback = std::function<void(const ApiAnswer &)>;

    explicit AsyncApiClient(QUrl base, int timeoutMs, QObject *parent = nullptr);

    void setToken(const QByteArray &token) { m_token = token; }
    void send(const ApiRequest &request, Callback done);
    // Runs a local event loop until the answer is in: for setup and sequential measurements.
    ApiAnswer sendAndWait(const ApiRequest &request);
    // POST /api/v1/session; keeps the token. False with *error set when refused.
    bool signIn(const QString &login, const QString &password, QString *error);

private:
    QUrl m_base;
    int m_timeoutMs;
    QByteArray m_token;
    QNetworkAccessManager m_network;
};

} // namespace sd::bench
