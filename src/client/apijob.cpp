#include "apijob.h"

#include "serverapi.h"

#include <QFileDevice>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace sd::client {

ApiJob::ApiJob(ServerApi *api, ApiCall call, RetryPolicy policy, int timeoutMs)
    : QObject(api), m_api(api), m_call(std::move(call)), m_policy(policy), m_timeoutMs(timeoutMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::startAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->abort(); // reports through onReplyFinished()
        return;
    }
    m_retryTimer.stop();
    finish(ApiResult::canceledResult());
}

bool ApiJob::rewind()
{
    if (m_call.bodyDevice && !m_call.bodyDevice->reset()) {
        m_fileError = m_call.bodyDevice->errorString();
        return false;
    }
    if (m_call.downloadTo && !(m_call.downloadTo->resize(0) && m_call.downloadTo->seek(0))) {
        m_fileError = m_call.downloadTo->errorString();
        return false;
    }
    return true;
}

void ApiJob::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempt;
    m_body.clear();
    m_rejectedErrors.clear();
    if (!m_api || !rewind()) {
        // Never report from inside send(): the caller has not connected yet.
        QMetaObject::invokeMethod(
            this,
            [this] {
                const QString path = m_call.downloadTo ? m_call.downloadTo->fileName() : QString();
                finish(ApiResult::localFileFailure(path, m_fileError));
            },
            Qt::QueuedConnection);
        return;
    }
    m_reply = m_api->dispatch(m_call, m_timeoutMs);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { readFrom(m_reply); });
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiJob::uploadProgress);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::downloadProgress);
}

void ApiJob::readFrom(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_call.downloadTo || status < 200 || status >= 300) {
        m_body += reply->readAll();
        return;
    }
    const QByteArray chunk = reply->readAll();
    if (m_fileError.isEmpty() && m_call.downloadTo->write(chunk) != chunk.size()) {
        m_fileError = m_call.downloadTo->errorString();
        reply->abort();
    }
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (peer.isNull())
            peer = error.certificate();
    }
    if (m_api && m_api->admitCertificate(m_reply->url().host(), peer, errors)) {
        m_reply->ignoreSslErrors(errors);
        return;
    }
    m_rejectedErrors = errors;
    m_rejectedCertificate = peer;
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    reply->deleteLater();
    if (reply->bytesAvailable() > 0)
        readFrom(reply);
    if (!m_fileError.isEmpty()) {
        const QString path = m_call.downloadTo ? m_call.downloadTo->fileName() : QString();
        finish(ApiResult::localFileFailure(path, m_fileError));
        return;
    }
    // Qt reports its transfer timeout as a cancel; only abort() sets m_canceled.
    const bool timedOut =
        (reply->error() == QNetworkReply::OperationCanceledError && !m_canceled) ||
        reply->error() == QNetworkReply::TimeoutError;
    ApiResult result = ApiResult::fromReply(reply, std::move(m_body), timedOut, m_canceled,
                                            m_timeoutMs, m_call.rawBody);
    if (!m_rejectedErrors.isEmpty() && !m_canceled)
        result.markCertificateRejected(m_rejectedErrors, m_rejectedCertificate);
    result.attempts = m_attempt;
    if (m_api)
        m_api->noteOutcome(result);
    if (mayRetry(result)) {
        const auto delay = m_policy.nextDelayMs(m_attempt, result.header("retry-after"),
                                                QDateTime::currentDateTimeUtc());
        if (delay) {
            // Started first: a receiver of retrying() may abort(), which stops it again.
            m_retryTimer.start(*delay);
            emit retrying(m_attempt + 1, *delay, result);
            return;
        }
    }
    finish(std::move(result));
}

bool ApiJob::mayRetry(const ApiResult &result) const
{
    if (m_canceled || !m_call.isIdempotent())
        return false;
    using Failure = ApiResult::Failure;
    switch (result.failure) {
    case Failure::Timeout:
        return true;
    case Failure::Network:
        return RetryPolicy::isRetryableNetworkError(result.networkError);
    case Failure::Http:
        return RetryPolicy::isRetryableStatus(result.httpStatus);
    default:
        return false;
    }
}

void ApiJob::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (result.attempts == 0)
        result.attempts = m_attempt;
    emit finished(result);
    deleteLater();
}

} // namespace sd::client
