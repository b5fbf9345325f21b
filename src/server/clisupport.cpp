#include "clisupport.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sd::server {

QCommandLineOption CliSupport::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QCoreApplication::translate(
                                  "sd::server::CliSupport",
                                  "Database: sqlite:/path/file.db or "
                                  "postgresql://user@host:port/dbname (default: $SUPPORTDESK_DB)."),
                              QStringLiteral("url"));
}

bool CliSupport::parse(QCommandLineParser &parser, const QStringList &arguments,
                       const QString &command, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("sd::server::CliSupport", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(QCoreApplication::translate("sd::server::CliSupport", "%1: %2")
                             .arg(command, parser.errorText()),
                         BadInput);
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText().replace(
            arguments.value(0), QStringLiteral("supportdesk-server ") + command);
        *exitCode = Ok;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = fail(
            QCoreApplication::translate("sd::server::CliSupport", "%1: unexpected argument \"%2\"")
                .arg(command, parser.positionalArguments().constFirst()),
            BadInput);
        return false;
    }
    return true;
}

QString CliSupport::databaseUrl(const QCommandLineParser &parser, const QString &command)
{
    QString url = parser.value(QStringLiteral("db"));
    if (url.isEmpty())
        url = qEnvironmentVariable("SUPPORTDESK_DB");
    if (url.isEmpty())
        fail(QCoreApplication::translate("sd::server::CliSupport",
                                         "%1: no database given; pass --db URL or set "
                                         "SUPPORTDESK_DB")
                 .arg(command),
             BadInput);
    return url;
}

int CliSupport::fail(const QString &message, ExitCode code)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

void CliSupport::print(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

} // namespace sd::server
