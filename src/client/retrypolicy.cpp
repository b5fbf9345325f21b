#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace sd::client {

int RetryPolicy::ceilingMs(int retry) const
{
    if (retry < 1)
        return 0;
    // Shifting past 30 bits would overflow; by then the cap has long been reached.
    const qint64 grown = qint64(m_settings.baseDelayMs) << std::min(retry - 1, 30);
    return int(std::min<qint64>(grown, m_settings.maxDelayMs));
}

int RetryPolicy::delayMs(int retry, double unit) const
{
    const double clamped = std::clamp(unit, 0.0, 1.0);
    const int ceiling = ceilingMs(retry);
    return std::min(ceiling, int(clamped * (ceiling + 1)));
}

int RetryPolicy::randomDelayMs(int retry) const
{
    return delayMs(retry, QRandomGenerator::global()->generateDouble());
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP dates are always IMF-fixdate in GMT, with English names.
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    at.setTimeSpec(Qt::UTC);
    if (!at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(at));
}

std::optional<int> RetryPolicy::nextDelayMs(int retry, const QByteArray &retryAfter,
                                            const QDateTime &now) const
{
    if (retry >= m_settings.maxAttempts)
        return std::nullopt;
    const int drawn = randomDelayMs(retry);
    const std::optional<qint64> asked = retryAfterMs(retryAfter, now);
    if (!asked)
        return drawn;
    if (*asked > m_settings.maxRetryAfterMs)
        return std::nullopt;
    return std::max(drawn, int(*asked));
}

} // namespace sd::client
