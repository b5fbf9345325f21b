#include "clienttestsupport.h"

#include <QTcpServer>
#include <QTest>

namespace sd::testing {

client::RetryPolicy ClientTestSupport::quickRetries(int maxAttempts)
{
    client::RetryPolicy::Settings settings;
    settings.maxAttempts = maxAttempts;
    settings.baseDelayMs = 10;
    settings.maxDelayMs = 40;
    return client::RetryPolicy(settings);
}

std::unique_ptr<client::ServerApi> ClientTestSupport::api(QNetworkAccessManager *network,
                                                          const QUrl &baseUrl, int maxAttempts)
{
    auto api = std::make_unique<client::ServerApi>(network, baseUrl);
    api->setRetryPolicy(quickRetries(maxAttempts));
    return api;
}

std::optional<client::ApiResult> ClientTestSupport::wait(client::ApiJob *job, int timeoutMs)
{
    std::optional<client::ApiResult> result;
    QObject::connect(job, &client::ApiJob::finished, job,
                     [&result](const client::ApiResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        job->abort();
        return std::nullopt;
    }
    return result;
}

quint16 ClientTestSupport::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace sd::testing
