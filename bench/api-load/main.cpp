#include "apiloadbench.h"
#include "throwawaypostgres.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "API load benchmark: supportdesk-server on loopback under 1, 4 and 16 concurrent "
        "clients against PostgreSQL, the raw insert rate of the same database, and the agent's "
        "ticket views over a bulk-loaded table of a million tickets."));
    parser.addHelpOption();
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("1 s per load phase and 20,000 tickets; finishes within 30 s."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Use this PostgreSQL database instead of a throwaway cluster (it must be "
                       "empty: accounts and tickets are added to it)."),
        QStringLiteral("url"));
    parser.addOptions({quick, dbOption});
    parser.process(app);

    sd::bench::ApiLoadBench::Options options;
    options.serverBinary = QStringLiteral(SD_SERVER_BIN);
    if (parser.isSet(quick)) {
        options.phaseMs = 1000;
        options.rawMs = 1000;
        options.bulkTickets = 20000;
        options.bulkTimeoutSeconds = 60;
        options.viewRounds = 10;
    }
    sd::bench::ThrowawayPostgres postgres;
    if (parser.isSet(dbOption)) {
        options.databaseUrl = parser.value(dbOption);
    } else {
        QString error;
        if (!postgres.start(&error)) {
            QTextStream(stderr) << "bench-api-load: " << error << Qt::endl;
            return 1;
        }
        options.databaseUrl = postgres.url();
    }
    return sd::bench::ApiLoadBench(options).run() ? 0 : 1;
}
