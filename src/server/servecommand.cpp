#include "servecommand.h"

#include "clisupport.h"
#include "httpapi.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QHostAddress>
#include <QUrl>

namespace sd::server {

namespace {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:0", "[::1]:8080", "0.0.0.0:443"; a host name other than localhost is refused
// because the server binds addresses, not names.
std::optional<ListenAddress> parseListen(const QString &text)
{
    const QUrl url(QStringLiteral("http://") + text);
    if (!url.isValid() || url.port() < 0 || !url.path().isEmpty())
        return std::nullopt;
    QHostAddress address;
    if (url.host() == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(url.host()))
        return std::nullopt;
    return ListenAddress{address, static_cast<quint16>(url.port())};
}

sd::protocol::HealthInfo health(sd::storage::Database &db)
{
    sd::protocol::HealthInfo info;
    info.version = QStringLiteral(SD_VERSION);
    info.databaseKind = db.backend() == sd::storage::Backend::Sqlite ? QStringLiteral("sqlite")
                                                                     : QStringLiteral("postgresql");
    const auto version = sd::storage::Migrator(db).currentVersion();
    info.databaseOk = version.ok();
    if (version)
        info.schemaVersion = version.value();
    else
        info.message = version.error().message;
    return info;
}

} // namespace

int ServeCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    parser.addOption({QStringLiteral("listen"),
                      tr("Address and port to listen on, e.g. 127.0.0.1:8080 (port 0 picks a "
                         "free one). Default: 127.0.0.1:8080."),
                      QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")});
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, QStringLiteral("serve"), &exitCode))
        return exitCode;
    const auto listen = parseListen(parser.value(QStringLiteral("listen")));
    if (!listen)
        return CliSupport::fail(tr("serve: --listen \"%1\" is not an address and port such as "
                                   "127.0.0.1:8080")
                                    .arg(parser.value(QStringLiteral("listen"))),
                                CliSupport::BadInput);
    const QString url = CliSupport::databaseUrl(parser, QStringLiteral("serve"));
    if (url.isEmpty())
        return CliSupport::BadInput;
    auto db = sd::storage::Database::open(url);
    if (!db)
        return CliSupport::fail(db.error().message, CliSupport::Failed);
    if (const auto ready = sd::storage::Migrator(*db.value()).check(); !ready)
        return CliSupport::fail(ready.error().message, CliSupport::Failed);

    sd::storage::Database *database = db.value().get();
    HttpApi api([database] { return health(*database); });
    const quint16 port = api.listen(listen->address, listen->port);
    if (port == 0)
        return CliSupport::fail(
            tr("serve: cannot listen on %1").arg(parser.value(QStringLiteral("listen"))),
            CliSupport::Failed);
    QUrl shown;
    shown.setScheme(QStringLiteral("http"));
    shown.setHost(listen->address.toString());
    shown.setPort(port);
    // The "listening on" line is a contract: tests and the workstation wait for it.
    CliSupport::print(QStringLiteral("listening on ") + shown.toString());
    return QCoreApplication::exec();
}

} // namespace sd::server
