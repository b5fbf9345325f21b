#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "retrypolicy.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sd::client {

class ServerApi;

// One ApiCall in flight, from ServerApi::send(): it owns the network reply of the current
// attempt, sends the call again after a backoff when RetryPolicy and the call allow it, and
// emits finished() exactly once before deleting itself.
class ApiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    const ApiCall &call() const { return m_call; }
    int attempt() const { return m_attempt; }
    // Stops the current attempt or the wait before the next; finished() follows with
    // Failure::Canceled.
    void abort();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    // Attempt `nextAttempt` starts in `delayMs` because of `failed`.
    void retrying(int nextAttempt, int delayMs, const sd::client::ApiResult &failed);
    void finished(const sd::client::ApiResult &result);

private:
    friend class ServerApi;

    ApiJob(ServerApi *api, ApiCall call, RetryPolicy policy, int timeoutMs);

    void startAttempt();
    bool rewind();
    void readFrom(QNetworkReply *reply);
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    bool mayRetry(const ApiResult &result) const;
    void finish(ApiResult result);

    QPointer<ServerApi> m_api;
    ApiCall m_call;
    RetryPolicy m_policy;
    int m_timeoutMs;
    int m_attempt = 0;
    // Guarded: the QNetworkAccessManager (and with it the reply) may go first.
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QByteArray m_body;
    QString m_fileError;
    bool m_canceled = false;
    bool m_finished = false;
    QList<QSslError> m_rejectedErrors;
    QSslCertificate m_rejectedCertificate;
};

} // namespace sd::client
