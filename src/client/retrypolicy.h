#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <optional>

namespace sd::client {

// When a failed request is sent again, and after how long. Only requests that cannot do
// harm twice are retried (see ApiCall::isIdempotent), and only for failures that say nothing
// about the request itself: the network, a timeout, a gateway or an overloaded server. A 4xx
// answer is final. Delays grow exponentially and are drawn uniformly below that ceiling
// ("full jitter"), so many clients that lost the server at the same moment do not return
// to it in step.
class RetryPolicy final
{
public:
    struct Settings
    {
        int maxAttempts = 4; // the first try included; 1 disables retries
        int baseDelayMs = 250;
        int maxDelayMs = 8000;
        // A Retry-After beyond this gives up instead of keeping the caller waiting.
        int maxRetryAfterMs = 60000;
    };

    RetryPolicy() = default;
    explicit RetryPolicy(const Settings &settings) : m_settings(settings) {}

    const Settings &settings() const { return m_settings; }

    // The upper bound of the delay before retry number `retry` (1 = the second attempt):
    // base * 2^(retry-1), at most maxDelayMs.
    int ceilingMs(int retry) const;
    // The delay itself for a uniform random `unit` in [0, 1): a pure function for tests.
    int delayMs(int retry, double unit) const;
    // The delay with a random draw.
    int randomDelayMs(int retry) const;

    static bool isRetryableStatus(int httpStatus);
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error);

    // Milliseconds a Retry-After header asks to wait: delta-seconds or an HTTP date
    // (RFC 9110); nullopt when absent or unreadable. A date in the past means 0.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

    // The delay before retry number `retry` of an answer that carried `retryAfter` (may be
    // empty): never shorter than what the server asked for. nullopt: do not retry, because
    // the attempts are used up or the server asks for a longer wait than maxRetryAfterMs.
    std::optional<int> nextDelayMs(int retry, const QByteArray &retryAfter,
                                   const QDateTime &now) const;

private:
    Settings m_settings;
};

} // namespace sd::client
