#include "clisupport.h"

#include "storage/database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

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

std::unique_ptr<storage::Database> CliSupport::openDatabase(const QCommandLineParser &parser,
                                                            const QString &command, int *exitCode)
{
    *exitCode = BadInput;
    const QString url = databaseUrl(parser, command);
    if (url.isEmpty())
        return nullptr;
    auto db = storage::Database::open(url);
    if (!db) {
        *exitCode = fail(db.error().message, Failed);
        return nullptr;
    }
    if (const auto ready = storage::Migrator(*db.value()).check(); !ready) {
        *exitCode = fail(ready.error().message, Failed);
        return nullptr;
    }
    return std::move(db).value();
}

int CliSupport::failStorage(const QString &command, const storage::StorageError &error)
{
    using Kind = storage::StorageError::Kind;
    const bool input = error.kind == Kind::Duplicate || error.kind == Kind::NotFound ||
                       error.kind == Kind::Invalid || error.kind == Kind::Conflict;
    return fail(command + QStringLiteral(": ") + error.message, input ? BadInput : Failed);
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

void CliSupport::printTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths.value(i) + 2) : row[i];
        while (line.endsWith(u' '))
            line.chop(1);
        print(line);
    }
}

} // namespace sd::server
