#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

class QFileDevice;
class QIODevice;

namespace sd::client {

// One request to the SupportDesk API, as ServerApi sends it (and sends again when that is
// safe). The body is JSON or a device streamed as it is read; a 2xx answer lands in memory or,
// for large downloads, in `downloadTo`.
struct ApiCall
{
    QByteArray method = "GET";
    QString path; // absolute API path, e.g. "/api/v1/tickets/7"
    QUrlQuery query;
    QJsonDocument json; // sent as application/json unless null

    // Streamed instead of `json`; not owned, open for reading and seekable (a retry reads it
    // again from the start). Its size goes out as Content-Length.
    QIODevice *bodyDevice = nullptr;
    QByteArray contentType = "application/octet-stream"; // of bodyDevice

    // Makes a POST or PATCH safe to send twice: the server applies each key once.
    QByteArray idempotencyKey;
    // The version the caller edited (optimistic concurrency): 412/409 when it moved on.
    QByteArray ifMatch;

    // Not owned; truncated at each attempt. Error answers still arrive in ApiResult::body.
    QFileDevice *downloadTo = nullptr;

    // Longest silence (no byte sent or received) before the attempt counts as timed out;
    // 0: ServerApi's default.
    int timeoutMs = 0;

    // A 2xx answer stays unparsed in ApiResult::body (json null), for large bodies the caller
    // reads in place (the first sync's pages). Error answers are parsed as always.
    bool rawBody = false;

    // GET, HEAD, PUT and DELETE mean the same when repeated; POST and PATCH only with an
    // Idempotency-Key. Other calls are sent at most once, always with a body (JSON "{}" when
    // neither json nor bodyDevice is set; see SendOnceDevice).
    bool isIdempotent() const;

    static ApiCall get(const QString &path, const QUrlQuery &query = {});
    static ApiCall post(const QString &path, const QJsonObject &body,
                        const QByteArray &idempotencyKey = {});
    static ApiCall patch(const QString &path, const QJsonObject &body,
                         const QByteArray &ifMatch = {});
    static ApiCall put(const QString &path, const QJsonObject &body);
    static ApiCall deleteResource(const QString &path);
};

} // namespace sd::client
