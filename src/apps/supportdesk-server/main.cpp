#include "core/localization.h"
#include "server/admincli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("supportdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::core::Localization::install(app);
    return sd::server::AdminCli::run(QCoreApplication::arguments());
}
