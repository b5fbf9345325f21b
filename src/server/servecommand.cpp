#include "servecommand.h"

#include "apiroutes.h"
#include "apiserver.h"
#include "authenticator.h"
#include "changenotifier.h"
#include "clisupport.h"
#include "databasepool.h"
#include "eventhub.h"
#include "gatedtcpserver.h"
#include "listenaddress.h"
#include "loginthrottle.h"
#include "requestlog.h"
#include "router.h"
#include "serverconfig.h"
#include "signalwatcher.h"
#include "slascheduler.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QThread>
#include <QUrl>
#include <QWebSocket>

namespace sd::server {

namespace {

// Workers mostly wait for the database, so more threads than cores pay off; measured in
// bench-api-load (see bench/README.md).
int workerCount(const ServerConfig &config)
{
    if (config.workerThreads > 0)
        return config.workerThreads;
    return qBound(4, QThread::idealThreadCount() * 4, 32);
}

// Runs on a pool thread (EventHub's sign-in task), with that thread's own connection.
std::optional<EventViewer> viewerFor(DatabasePool &pool, const QString &token)
{
    auto db = pool.local();
    if (!db)
        return std::nullopt;
    auto user = Authenticator::userForToken(*db.value(), token);
    if (!user || !user.value())
        return std::nullopt;
    const core::User &u = *user.value();
    EventViewer viewer;
    viewer.userId = u.id;
    viewer.name = u.name.isEmpty() ? u.login : u.name;
    viewer.role = core::toString(u.role);
    viewer.organisationId = u.organisationId;
    viewer.queueIds = u.queueIds;
    return viewer;
}

} // namespace

std::optional<QString> ServeCommand::loadTls(const ServerConfig &config,
                                             std::optional<QSslConfiguration> *tls)
{
    if (config.tlsCertificate.isEmpty())
        return std::nullopt;
    QFile certFile(config.tlsCertificate);
    QFile keyFile(config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly))
        return tr("serve: cannot read the TLS certificate %1: %2")
            .arg(config.tlsCertificate, certFile.errorString());
    if (!keyFile.open(QIODevice::ReadOnly))
        return tr("serve: cannot read the TLS key %1: %2")
            .arg(config.tlsKey, keyFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty())
        return tr("serve: %1 is not a PEM certificate").arg(config.tlsCertificate);
    if (key.isNull())
        return tr("serve: %1 is not a PEM private key (RSA or EC, without a passphrase)")
            .arg(config.tlsKey);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    *tls = ssl;
    return std::nullopt;
}

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    ServerConfigLoader::addOptions(parser);
    const QCommandLineOption printConfig(
        QStringLiteral("print-config"),
        tr("Print the effective settings (file, environment and flags combined) and exit."));
    parser.addOption(printConfig);
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, QStringLiteral("serve"), &exitCode))
        return exitCode;
    QString error;
    const auto config =
        ServerConfigLoader::load(parser, QProcessEnvironment::systemEnvironment(), &error);
    if (!config)
        return CliSupport::fail(error, CliSupport::BadInput);
    if (parser.isSet(printConfig)) {
        CliSupport::print(ServerConfigLoader::describe(*config));
        return CliSupport::Ok;
    }
    const auto listen = ListenAddress::parse(config->listen);
    if (!listen)
        return CliSupport::fail(tr("serve: --listen \"%1\" is not an address and port such as "
                                   "127.0.0.1:8080")
                                    .arg(config->listen),
                                CliSupport::BadInput);
    auto db = storage::Database::open(config->databaseUrl);
    if (!db)
        return CliSupport::fail(db.error().message, CliSupport::Failed);
    if (const auto ready = storage::Migrator(*db.value()).check(); !ready)
        return CliSupport::fail(ready.error().message, CliSupport::Failed);
    return serve(*config, *listen);
}

int ServeCommand::serve(const ServerConfig &config, const ListenAddress &listen)
{
    RequestLog::setFormat(config.logFormat == u"json" ? RequestLog::Format::Json
                                                      : RequestLog::Format::Text);
    LoginThrottle throttle(config.loginAttemptsPerLogin, config.loginAttemptsPerAddress,
                           config.loginWindowMinutes);
    ApiServices services;
    services.settings = config;
    services.throttle = &throttle;
    auto router = std::make_shared<Router>(ApiRoutes::build());
    auto pool = std::make_shared<DatabasePool>(config.databaseUrl, storage::DatabaseOptions{});

    ChangeNotifier notifier(config.databaseUrl);
    if (auto started = notifier.start(); !started)
        return CliSupport::fail(started.error().message, CliSupport::Failed);
    services.committed = [&notifier] {
        QMetaObject::invokeMethod(&notifier, &ChangeNotifier::localWriteCommitted,
                                  Qt::QueuedConnection);
    };
    // Every process may run it: the database elects who fires each event.
    SlaScheduler scheduler(pool, config.slaIntervalSeconds * 1000, services.committed);
    if (config.slaIntervalSeconds > 0)
        scheduler.start();
    EventHub hub([pool](const QString &token) { return viewerFor(*pool, token); });
    hub.announceSequence(notifier.latest());
    QObject::connect(&notifier, &ChangeNotifier::sequenceAdvanced, &hub,
                     &EventHub::announceSequence);

    std::optional<QSslConfiguration> tls;
    if (const auto tlsError = loadTls(config, &tls))
        return CliSupport::fail(*tlsError, CliSupport::BadInput);
    ApiServer server(router, pool, services, workerCount(config));
    QObject::connect(&server, &ApiServer::newWebSocketConnection, &hub, [&server, &hub] {
        while (server.hasPendingWebSocketConnections())
            hub.accept(server.nextPendingWebSocketConnection());
    });
    // Bodies over the limit are refused at the socket, before Qt's HTTP parser buffers them
    // (see RequestGate).
    const ServerConfig limits = config;
    const auto limitFor = [limits](const QByteArray &method, const QByteArray &path) {
        if (method == "POST" && path == "/api/v1/attachments")
            return limits.attachmentLimitBytes;
        return limits.requestBodyLimitBytes;
    };
    auto *tcp =
        tls ? new GatedTcpServer(limitFor, *tls, &server) : new GatedTcpServer(limitFor, &server);
    const quint16 port = tcp->listen(listen.address, listen.port) ? tcp->serverPort() : 0;
    server.bind(tcp);
    if (port == 0)
        return CliSupport::fail(tr("serve: cannot listen on %1").arg(config.listen),
                                CliSupport::Failed);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server,
                     [&server] { server.drain(); });
    QObject::connect(&server, &ApiServer::drained, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);

    QUrl shown;
    shown.setScheme(config.tlsCertificate.isEmpty() ? QStringLiteral("http")
                                                    : QStringLiteral("https"));
    shown.setHost(listen.address.toString());
    shown.setPort(port);
    // The "listening on" line is a contract: tests and the workstation wait for it.
    CliSupport::print(QStringLiteral("listening on ") + shown.toString());
    return QCoreApplication::exec();
}

} // namespace sd::server
