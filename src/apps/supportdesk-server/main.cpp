#include "core/localization.h"
#include "core/perthreadtranslator.h"
#include "server/admincli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // Without TZ, glibc checks /etc/localtime again at every local-time conversion, and Qt's
    // PostgreSQL driver converts every timestamptz it reads to local time: 40 % of the server's
    // time for a first-sync page. ":/etc/localtime" is the same zone, read once. Before any
    // thread starts, since setenv is not thread-safe.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("supportdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    // The server answers each request in its caller's language; the CLI in the system's.
    sd::core::PerThreadTranslator::install(app, sd::core::Localization::chooseLanguage());
    return sd::server::AdminCli::run(QCoreApplication::arguments());
}
