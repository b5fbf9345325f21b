#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace sd::server {

// What every admin subcommand shares: parsing with errors that name the subcommand, the
// --db option that falls back to SUPPORTDESK_DB, and messages on stderr.
class CliSupport final
{
public:
    enum ExitCode { Ok = 0, Failed = 1, BadInput = 2 };

    static QCommandLineOption databaseOption();
    // Parses; on a parse error or --help prints and returns false with *exitCode set.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments,
                      const QString &command, int *exitCode);
    // The database URL from --db or SUPPORTDESK_DB; empty (and a message printed) if neither.
    static QString databaseUrl(const QCommandLineParser &parser, const QString &command);
    static int fail(const QString &message, ExitCode code);
    static void print(const QString &line);
};

} // namespace sd::server
