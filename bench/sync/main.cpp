#include "syncbench.h"
#include "throwawaypostgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

bool runOn(sd::bench::SyncBench::Options options, const QString &url)
{
    options.databaseUrl = url;
    return sd::bench::SyncBench(options).run();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The engine logs every state change; on stdout only figures belong.
    QLoggingCategory::setFilterRules(QStringLiteral("sd.client.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync benchmark: a supervisor's first sync of 100,000 tickets with 300,000 messages from "
        "supportdesk-server on loopback into an empty replica, and how fast a ticket edit made "
        "on one desktop reaches another, on SQLite and on PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("5,000 tickets and 100 edits; finishes within 30 s."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Run on this database only (sqlite:/new/file.db or an empty PostgreSQL "
                       "database) instead of a throwaway SQLite file and PostgreSQL cluster."),
        QStringLiteral("url"));
    const QCommandLineOption ticketsOption(
        QStringLiteral("tickets"),
        QStringLiteral("How many tickets to sync (three messages each) instead of 100,000 (or "
                       "5,000 with --quick)."),
        QStringLiteral("count"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral(
            "The supportdesk-server binary to sync from (e.g. an older build, to compare "
            "two versions in one session); default: the one built with this benchmark."),
        QStringLiteral("path"));
    const QCommandLineOption sqliteOnly(QStringLiteral("sqlite-only"),
                                        QStringLiteral("Skip the PostgreSQL run."));
    parser.addOptions({quick, dbOption, ticketsOption, serverOption, sqliteOnly});
    parser.process(app);

    sd::bench::SyncBench::Options options;
    options.serverBinary =
        parser.isSet(serverOption) ? parser.value(serverOption) : QStringLiteral(SD_SERVER_BIN);
    if (parser.isSet(quick)) {
        options.tickets = 5000;
        options.edits = 100;
        options.firstSyncTimeoutSeconds = 60;
    }
    if (parser.isSet(ticketsOption))
        options.tickets = qMax(1, parser.value(ticketsOption).toInt());
    if (parser.isSet(dbOption))
        return runOn(options, parser.value(dbOption)) ? 0 : 1;

    QTemporaryDir dir;
    if (!dir.isValid() ||
        !runOn(options, u"sqlite:" + dir.filePath(QStringLiteral("bench-sync.db"))))
        return 1;
    if (parser.isSet(sqliteOnly))
        return 0;
    sd::bench::ThrowawayPostgres postgres;
    QString error;
    if (!postgres.start(&error)) {
        QTextStream(stderr) << "bench-sync: " << error << Qt::endl;
        return 1;
    }
    return runOn(options, postgres.url()) ? 0 : 1;
}
