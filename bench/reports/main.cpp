#include "reportsbench.h"
#include "schedulerbench.h"
#include "throwawaypostgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "SLA report benchmark: a year of help-desk history (1,000,000 tickets with SLA targets, "
        "audit events and ratings) written in SQL into SQLite and PostgreSQL, then the report "
        "for that year through the route's handler."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("20,000 tickets; finishes within 30 s."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use this database only (migrated if needed; the history is written "
                       "unless it holds one already, so a second run reuses it)."),
        QStringLiteral("url"));
    const QCommandLineOption ticketsOption(
        QStringLiteral("tickets"), QStringLiteral("Tickets in the history."), QStringLiteral("n"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Reports timed per database."), QStringLiteral("n"));
    const QCommandLineOption schedulerOnly(
        QStringLiteral("scheduler-only"),
        QStringLiteral("Only the SLA scheduler's pass over open tickets, not the report."));
    parser.addOptions({quick, dbOption, ticketsOption, runsOption, schedulerOnly});
    parser.process(app);

    sd::bench::ReportsBench::Options options;
    if (parser.isSet(quick)) {
        options.tickets = 20000;
        options.runs = 3;
    }
    if (parser.isSet(ticketsOption))
        options.tickets = qMax(100, parser.value(ticketsOption).toInt());
    if (parser.isSet(runsOption))
        options.runs = qMax(1, parser.value(runsOption).toInt());

    if (parser.isSet(dbOption)) {
        const QString url = parser.value(dbOption);
        const QString label =
            url.startsWith(u"sqlite:") ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
        return sd::bench::ReportsBench(url, options).run(label) ? 0 : 1;
    }
    sd::bench::ThrowawayPostgres postgres;
    QString error;
    if (!postgres.start(&error)) {
        QTextStream(stderr) << "bench-reports: " << error << Qt::endl;
        return 1;
    }
    bool ok = true;
    QTemporaryDir dir;
    if (!parser.isSet(schedulerOnly)) {
        ok = sd::bench::ReportsBench(postgres.url(), options).run(QStringLiteral("postgresql"));
        ok = sd::bench::ReportsBench(
                 QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("reports.db")), options)
                 .run(QStringLiteral("sqlite")) &&
             ok;
    }
    // The scheduler's pass over 100,000 open tickets (issue 6), each backend in a database of
    // its own.
    const int openTickets = parser.isSet(quick) ? 20000 : 100000;
    const int passes = parser.isSet(quick) ? 3 : 5;
    ok = sd::bench::runSchedulerBench(postgres.url(), QStringLiteral("postgresql"), openTickets,
                                      passes) &&
         ok;
    ok = sd::bench::runSchedulerBench(QStringLiteral("sqlite:") +
                                          dir.filePath(QStringLiteral("scheduler.db")),
                                      QStringLiteral("sqlite"), openTickets, passes) &&
         ok;
    return ok ? 0 : 1;
}
