#pragma once

#include "apirequest.h"

namespace sd::server {

// One line per request on stderr: time, method, route pattern, status, milliseconds, user id.
// Never the query string, headers or body, which can carry passwords and tokens.
class RequestLog final
{
public:
    enum class Format { Text, Json };

    static void setFormat(Format format);
    static void setEnabled(bool enabled);
    static void write(const ApiRequest &request, const QString &route, int status, double ms,
                      qint64 userId);
    static QByteArray format(const ApiRequest &request, const QString &route, int status, double ms,
                             qint64 userId, Format format);
};

} // namespace sd::server
