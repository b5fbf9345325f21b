#include "requestlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>

namespace sd::server {

namespace {

std::atomic<RequestLog::Format> g_format{RequestLog::Format::Text};
std::atomic<bool> g_enabled{true};

} // namespace

void RequestLog::setFormat(Format format)
{
    g_format = format;
}

void RequestLog::setEnabled(bool enabled)
{
    g_enabled = enabled;
}

QByteArray RequestLog::format(const ApiRequest &request, const QString &route, int status,
                              double ms, qint64 userId, Format format)
{
    // Unmatched paths are logged as "-": a path typed by a stranger is not worth a log line
    // that could be used to forge entries.
    const QString shownRoute = route.isEmpty() ? QStringLiteral("-") : route;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (format == Format::Json) {
        const QJsonObject line{{QStringLiteral("ts"), at},
                               {QStringLiteral("method"), QString::fromLatin1(request.method)},
                               {QStringLiteral("route"), shownRoute},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("ms"), qRound(ms * 10) / 10.0},
                               {QStringLiteral("user"), userId},
                               {QStringLiteral("peer"), request.peer.toString()}};
        return QJsonDocument(line).toJson(QJsonDocument::Compact);
    }
    return QStringLiteral("%1 %2 %3 %4 %5ms user=%6 peer=%7")
        .arg(at, QString::fromLatin1(request.method), shownRoute)
        .arg(status)
        .arg(ms, 0, 'f', 1)
        .arg(userId)
        .arg(request.peer.toString())
        .toUtf8();
}

void RequestLog::write(const ApiRequest &request, const QString &route, int status, double ms,
                       qint64 userId)
{
    if (!g_enabled)
        return;
    const QByteArray line = format(request, route, status, ms, userId, g_format) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

} // namespace sd::server
