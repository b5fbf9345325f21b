#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd::storage {
class Database;
struct StorageError;
} // namespace sd::storage

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
    // Opens the database of --db or SUPPORTDESK_DB and checks its schema is current; null, with
    // the message printed and *exitCode set, when it cannot.
    static std::unique_ptr<storage::Database> openDatabase(const QCommandLineParser &parser,
                                                           const QString &command, int *exitCode);
    static int fail(const QString &message, ExitCode code);
    // What the admin asked for does not fit what is stored (a taken or unknown name, a value
    // the schema refuses, a state that forbids it): BadInput; the database failing: Failed.
    static int failStorage(const QString &command, const storage::StorageError &error);
    static void print(const QString &line);
    // Rows of cells in columns as wide as their widest cell; the first row is the header.
    static void printTable(const QList<QStringList> &rows);
};

} // namespace sd::server
