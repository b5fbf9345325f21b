#include "core/localization.h"
#include "core/perthreadtranslator.h"
#include "server/admincli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("supportdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    // The server answers each request in its caller's language; the CLI in the system's.
    sd::core::PerThreadTranslator::install(app, sd::core::Localization::chooseLanguage());
    return sd::server::AdminCli::run(QCoreApplication::arguments());
}
