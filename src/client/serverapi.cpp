#include "serverapi.h"

#include "apijob.h"
#include "apiresult.h"
#include "sendoncedevice.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace sd::client {

namespace {

// Errors a certificate the user accepted by its digest may still raise: it is self-made or
// from a private authority, or was issued for another name. Expiry and revocation are not
// among them: an expired accepted certificate needs a new decision.
bool isAcceptableForPinnedCertificate(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

} // namespace

ServerApi::ServerApi(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl)
{}

ServerApi::~ServerApi() = default;

void ServerApi::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
    m_reachability = Reachability::Unknown;
}

ApiJob *ServerApi::send(const ApiCall &call)
{
    const int timeoutMs = call.timeoutMs > 0 ? call.timeoutMs : m_defaultTimeoutMs;
    auto *job = new ApiJob(this, call, m_retryPolicy, timeoutMs);
    job->startAttempt();
    return job;
}

QByteArray ServerApi::certificateDigest(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

void ServerApi::trustCertificate(const QString &host, const QByteArray &sha256)
{
    m_trusted[host.toLower()].insert(sha256);
}

void ServerApi::forgetTrustedCertificates(const QString &host)
{
    m_trusted.remove(host.toLower());
    // A connection accepted earlier would otherwise keep being reused.
    m_network->clearConnectionCache();
}

bool ServerApi::isTrusted(const QString &host, const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    return m_trusted.value(host.toLower()).contains(certificateDigest(certificate));
}

bool ServerApi::admitCertificate(const QString &host, const QSslCertificate &certificate,
                                 const QList<QSslError> &errors)
{
    const bool pinnedOnly = std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &e) {
        return isAcceptableForPinnedCertificate(e.error());
    });
    if (pinnedOnly && isTrusted(host, certificate))
        return true;
    emit untrustedCertificate(host, certificate, errors);
    return false;
}

QUrl ServerApi::urlFor(const ApiCall &call) const
{
    QUrl url = m_baseUrl;
    // A base URL may carry a path prefix (a server behind a reverse proxy).
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + call.path);
    url.setQuery(call.query);
    return url;
}

QNetworkReply *ServerApi::dispatch(const ApiCall &call, int timeoutMs)
{
    QNetworkRequest request(urlFor(call));
    request.setTransferTimeout(timeoutMs);
    // A redirect could carry the token elsewhere; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("SupportDesk/" SD_VERSION));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey);
    if (!call.ifMatch.isEmpty())
        request.setRawHeader("If-Match", call.ifMatch);
    if (!call.isIdempotent())
        return sendOnce(request, call);
    if (call.bodyDevice) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        if (!call.bodyDevice->isSequential())
            request.setHeader(QNetworkRequest::ContentLengthHeader, call.bodyDevice->size());
        return m_network->sendCustomRequest(request, call.method, call.bodyDevice);
    }
    if (!call.json.isNull()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        return m_network->sendCustomRequest(request, call.method,
                                            call.json.toJson(QJsonDocument::Compact));
    }
    return m_network->sendCustomRequest(request, call.method);
}

QNetworkReply *ServerApi::sendOnce(QNetworkRequest &request, const ApiCall &call)
{
    SendOnceDevice *body = nullptr;
    if (call.bodyDevice) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
        body = new SendOnceDevice(call.bodyDevice);
    } else {
        // Qt 6.4 resends a request with an empty body without asking the body: "{}" is the
        // smallest body that can refuse.
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        body = new SendOnceDevice(call.json.isNull() ? QByteArrayLiteral("{}")
                                                     : call.json.toJson(QJsonDocument::Compact));
    }
    request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, body);
    body->setParent(reply);
    return reply;
}

void ServerApi::noteOutcome(const ApiResult &result)
{
    using Failure = ApiResult::Failure;
    Reachability now;
    switch (result.failure) {
    case Failure::None:
        now = Reachability::Reachable;
        break;
    case Failure::Http:
        // A gateway answering 502/504 means the server behind it is gone.
        now = (result.httpStatus == 502 || result.httpStatus == 504) ? Reachability::Unreachable
                                                                     : Reachability::Reachable;
        break;
    case Failure::Network:
    case Failure::Timeout:
        now = Reachability::Unreachable;
        break;
    default:
        // A refused certificate, a cancel or a local file problem says nothing either way.
        return;
    }
    if (now == m_reachability)
        return;
    m_reachability = now;
    emit reachabilityChanged(now);
}

} // namespace sd::client
