#include "clienttestsupport.h"

#include "sourcetree.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
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

std::optional<TestCertificate> ClientTestSupport::selfSignedCertificate(const QString &directory,
                                                                        QString *error)
{
    TestCertificate made;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        made.certPath = sourcePath(QStringLiteral("tests/server/data/requestgate-tls.crt"));
        made.keyPath = sourcePath(QStringLiteral("tests/server/data/requestgate-tls.key"));
    } else {
        made.certPath = QDir(directory).filePath(QStringLiteral("server.crt"));
        made.keyPath = QDir(directory).filePath(QStringLiteral("server.key"));
        QProcess gen;
        gen.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=SupportDesk test server"), QStringLiteral("-keyout"),
                   made.keyPath, QStringLiteral("-out"), made.certPath});
        if (!gen.waitForFinished(30000) || gen.exitStatus() != QProcess::NormalExit ||
            gen.exitCode() != 0) {
            *error = QStringLiteral("openssl req failed: ") +
                     QString::fromLocal8Bit(gen.readAllStandardError());
            return std::nullopt;
        }
    }
    QFile certFile(made.certPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = made.certPath + u": " + certFile.errorString();
        return std::nullopt;
    }
    made.certificate = QSslCertificate(&certFile, QSsl::Pem);
    if (made.certificate.isNull()) {
        *error = made.certPath + QStringLiteral(": not a PEM certificate");
        return std::nullopt;
    }
    return made;
}

} // namespace sd::testing
