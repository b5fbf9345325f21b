#pragma once

#include "client/apijob.h"
#include "client/apiresult.h"
#include "client/serverapi.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

namespace sd::testing {

// A self-signed server certificate and its key as PEM files, for a TLS server on loopback.
struct TestCertificate
{
    QString certPath;
    QString keyPath;
    QSslCertificate certificate;
};

// What the client tests share: a ServerApi with quick retries, waiting for a job, and a
// certificate for TLS servers.
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
    // Made now with the openssl CLI in `directory` (valid for two days), or the fixed pair in
    // tests/server/data where openssl is missing; nullopt with *error when that failed.
    static std::optional<TestCertificate> selfSignedCertificate(const QString &directory,
                                                                QString *error);
};

} // namespace sd::testing
