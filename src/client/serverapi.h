#pragma once

#include "apicall.h"
#include "retrypolicy.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sd::client {

class ApiJob;
struct ApiResult;

// The workstation's door to one SupportDesk server: base URL, bearer token, timeouts, safe
// retries, and TLS decisions. Each send() returns an ApiJob that reports once, asynchronously.
//
// TLS: a certificate the system does not trust is never accepted silently. The request
// fails (Failure::Certificate) and untrustedCertificate() hands the certificate to the UI;
// only when the user has accepted it, and the caller has passed its SHA-256 digest to
// trustCertificate() for that host, do later requests go through.
class ServerApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerApi)

public:
    // Unknown until the first request ends.
    enum class Reachability { Unknown, Reachable, Unreachable };
    Q_ENUM(Reachability)

    static constexpr int DefaultTimeoutMs = 30000;

    // `network` is not owned; use one per server account.
    ServerApi(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~ServerApi() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &baseUrl);
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // Starts the call. The job belongs to this object, emits ApiJob::finished() once and
    // then deletes itself.
    ApiJob *send(const ApiCall &call);

    // The digest trustCertificate() expects: SHA-256 of the DER certificate.
    static QByteArray certificateDigest(const QSslCertificate &certificate);
    // Lets requests to `host` through when its certificate has this digest (raw bytes).
    void trustCertificate(const QString &host, const QByteArray &sha256);
    // Withdraws every accepted certificate of `host` and drops open connections to it.
    void forgetTrustedCertificates(const QString &host);
    bool isTrusted(const QString &host, const QSslCertificate &certificate) const;
    // The decision for one TLS handshake with `host` that raised `errors` (ApiJob's requests
    // and the events WebSocket alike): true when the certificate is trusted and every error is
    // one an accepted certificate may raise, so the caller ignores them; otherwise false,
    // after untrustedCertificate() was emitted.
    bool admitCertificate(const QString &host, const QSslCertificate &certificate,
                          const QList<QSslError> &errors);

    Reachability reachability() const { return m_reachability; }

signals:
    // A request or the events WebSocket to `host` was refused because of `certificate`;
    // emitted for each such connection (the UI asks once per certificate).
    void untrustedCertificate(const QString &host, const QSslCertificate &certificate,
                              const QList<QSslError> &errors);
    void reachabilityChanged(sd::client::ServerApi::Reachability reachability);

private:
    friend class ApiJob;

    QNetworkReply *dispatch(const ApiCall &call, int timeoutMs);
    QNetworkReply *sendOnce(QNetworkRequest &request, const ApiCall &call);
    QUrl urlFor(const ApiCall &call) const;
    void noteOutcome(const ApiResult &result);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    int m_defaultTimeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retryPolicy;
    QHash<QString, QSet<QByteArray>> m_trusted; // host -> certificate digests
    Reachability m_reachability = Reachability::Unknown;
};

} // namespace sd::client
