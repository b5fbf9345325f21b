#include "apiresult.h"

#include <QNetworkRequest>
#include <QStringList>

namespace sd::client {

namespace {

QString serverName(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
        .toDisplayString();
}

} // namespace

ApiResult ApiResult::fromReply(QNetworkReply *reply, QByteArray body, bool timedOut, bool canceled,
                               int timeoutMs, bool rawBody)
{
    ApiResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.body = std::move(body);
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
    if (!result.body.isEmpty() && !(rawBody && success))
        result.json = QJsonDocument::fromJson(result.body);
    // Qt also sets an error for 4xx/5xx answers; below 400 an error means the answer broke
    // off (or never came), so what arrived cannot be trusted.
    const bool answered = result.httpStatus >= 400 ||
                          (result.httpStatus != 0 && result.networkError == QNetworkReply::NoError);
    if (canceled && !timedOut) {
        result.failure = Failure::Canceled;
        result.userMessage = tr("The request was canceled.");
    } else if (answered && !timedOut) {
        if (result.httpStatus >= 200 && result.httpStatus < 300)
            return result;
        result.failure = Failure::Http;
        result.describeHttpError();
    } else {
        result.failure = timedOut ? Failure::Timeout : Failure::Network;
        result.describeNetworkError(reply->url(), reply->errorString(), timeoutMs);
    }
    return result;
}

ApiResult ApiResult::canceledResult()
{
    ApiResult result;
    result.failure = Failure::Canceled;
    result.userMessage = tr("The request was canceled.");
    return result;
}

void ApiResult::markCertificateRejected(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    failure = Failure::Certificate;
    sslErrors = errors;
    peerCertificate = peer;
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    userMessage = tr("The server's certificate is not trusted (%1), so nothing was sent. Compare "
                     "its SHA-256 fingerprint with the one your administrator gives you before "
                     "you accept it.")
                      .arg(reasons.join(QStringLiteral("; ")));
}

ApiResult ApiResult::localFileFailure(const QString &path, const QString &reason)
{
    ApiResult result;
    result.failure = Failure::LocalFile;
    result.userMessage = tr("Cannot use the file %1: %2").arg(path, reason);
    return result;
}

void ApiResult::describeHttpError()
{
    if (protocol::ApiError::fromJson(json.object(), httpStatus, &error)) {
        userMessage = error.message;
        return;
    }
    // Not our server's error shape: a proxy or load balancer answered.
    error.httpStatus = httpStatus;
    if (httpStatus == 502 || httpStatus == 504)
        userMessage = tr("The SupportDesk server behind the gateway does not answer (HTTP %1). "
                         "Try again in a moment.")
                          .arg(httpStatus);
    else if (httpStatus == 503 || httpStatus == 429)
        userMessage = tr("The server is busy (HTTP %1). Try again in a moment.").arg(httpStatus);
    else
        userMessage = tr("The server refused the request with HTTP status %1.").arg(httpStatus);
}

void ApiResult::describeNetworkError(const QUrl &url, const QString &detail, int timeoutMs)
{
    const QString server = serverName(url);
    if (failure == Failure::Timeout) {
        userMessage = tr("The server at %1 did not answer within %n second(s).", nullptr,
                         qMax(1, (timeoutMs + 999) / 1000))
                          .arg(server);
        return;
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        userMessage = tr("The server at %1 refuses connections. Is it running?").arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        userMessage = tr("The server name %1 cannot be found. Check the address and the "
                         "network connection.")
                          .arg(url.host());
        break;
    case QNetworkReply::RemoteHostClosedError:
        userMessage = tr("The server at %1 closed the connection before answering.").arg(server);
        break;
    case QNetworkReply::ContentReSendError:
        // Only requests that must not run twice are refused a resend (see SendOnceDevice).
        userMessage = tr("The connection to %1 broke before the server answered. The request "
                         "was not sent again because it may already have been carried out; "
                         "check before you repeat it.")
                          .arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        userMessage = tr("A secure connection to %1 could not be made: %2").arg(server, detail);
        break;
    default:
        userMessage = tr("Cannot reach the server at %1: %2").arg(server, detail);
        break;
    }
}

} // namespace sd::client
