#pragma once

#include "client/apijob.h"
#include "client/apiresult.h"
#include "client/serverapi.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>
#include <optional>

namespace sd::testing {

// What the client tests share: a ServerApi with quick retries, and waiting for a job.
class ClientTestSupport final
{
public:
    // Retries after 10-40 ms so that tests about retrying stay fast.
    static client::RetryPolicy quickRetries(int maxAttempts = 4);
    static std::unique_ptr<client::ServerApi> api(QNetworkAccessManager *network,
                                                  const QUrl &baseUrl, int maxAttempts = 4);
    // Runs the event loop until the job reports; nullopt (and the job aborted) on timeout.
    static std::optional<client::ApiResult> wait(client::ApiJob *job, int timeoutMs = 30000);
    // A loopback port nobody listens on (bound once, then released).
    static quint16 closedPort();
};

} // namespace sd::testing
