#pragma once

#include "protocol/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace sd::client {

// How one API request ended: the HTTP answer with its parsed JSON and the server's error, or
// why no answer came. `userMessage` is always set on failure and is what to show people: the
// server's own (already translated) message, or a translated one for network trouble.
struct ApiResult
{
    Q_DECLARE_TR_FUNCTIONS(ApiResult)

public:
    enum class Failure {
        None,        // a 2xx answer
        Http,        // the server answered with an error status (see `error`)
        Network,     // no answer: refused, closed, unreachable
        Timeout,     // no byte moved for the call's timeout
        Certificate, // the server's certificate is not trusted; nothing was sent
        Canceled,    // the caller aborted
        LocalFile,   // the body could not be read or the answer not written
    };

    Failure failure = Failure::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body; // empty for a 2xx answer written to ApiCall::downloadTo
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    protocol::ApiError error;              // code/message/field of an error answer
    QString userMessage;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate; // the rejected one, for Failure::Certificate
    int attempts = 0;

    bool ok() const { return failure == Failure::None; }
    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    // Reads a finished reply. `timedOut`/`canceled`: the caller aborted it for that reason
    // (Qt reports both as OperationCanceledError). `rawBody`: see ApiCall::rawBody.
    static ApiResult fromReply(QNetworkReply *reply, QByteArray body, bool timedOut, bool canceled,
                               int timeoutMs, bool rawBody = false);
    static ApiResult canceledResult();
    // The server's certificate was refused: no request left this machine.
    void markCertificateRejected(const QList<QSslError> &errors, const QSslCertificate &peer);
    static ApiResult localFileFailure(const QString &path, const QString &reason);

private:
    void describeHttpError();
    void describeNetworkError(const QUrl &url, const QString &detail, int timeoutMs);
};

} // namespace sd::client
