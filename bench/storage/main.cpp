#include "slabench.h"
#include "storagebench.h"
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
        "Storage benchmark: ticket inserts (3 messages each) into SQLite and PostgreSQL, "
        "full-text query latency, SLA due computations."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Smaller data set, finishes within 30 s."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Benchmark this database instead of throwaway SQLite and PostgreSQL ones "
                       "(it must be empty or migrated; data is added to it)."),
        QStringLiteral("url"));
    parser.addOptions({quick, dbOption});
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    sd::bench::StorageBench::Sizes sizes;
    sizes.tickets = isQuick ? 3000 : 100000;
    sizes.singleCommitTickets = isQuick ? 500 : 5000;
    sizes.queries = isQuick ? 100 : 400;

    sd::bench::runSlaBench(isQuick);

    if (parser.isSet(dbOption))
        return sd::bench::StorageBench(parser.value(dbOption), sizes).run(QString()) ? 0 : 1;

    QTemporaryDir dir;
    bool ok = sd::bench::StorageBench(
                  QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db")), sizes)
                  .run(QStringLiteral("sqlite"));
    sd::bench::ThrowawayPostgres postgres;
    QString error;
    if (!postgres.start(&error)) {
        QTextStream(stderr) << "bench-storage: PostgreSQL not benchmarked: " << error << Qt::endl;
        return 1;
    }
    ok = sd::bench::StorageBench(postgres.url(), sizes).run(QStringLiteral("postgresql")) && ok;
    return ok ? 0 : 1;
}
