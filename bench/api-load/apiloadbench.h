#pragma once

#include "loadaccounts.h"
#include "loadrun.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <memory>

namespace sd::storage {
class Database;
}

namespace sd::bench {

class AsyncApiClient;
class BenchServer;

// bench-api-load on one PostgreSQL database: the real server under 1, 4 and 16 concurrent
// clients (ticket creates, then reads), the raw one-row insert rate of the same database as
// the physical limit, then a bulk-loaded ticket table and the agent's views over it.
class ApiLoadBench final
{
public:
    struct Options
    {
        QString databaseUrl;
        QString serverBinary;
        int phaseMs = 10000; // per concurrency level, for creates and again for reads
        int rawMs = 5000;    // per raw insert measurement
        int bulkTickets = 1000000;
        int bulkTimeoutSeconds = 600;
        int viewRounds = 50;
    };

    explicit ApiLoadBench(Options options);
    ~ApiLoadBench();

    // Prints the figures; false when something failed or any request was refused.
    bool run();

private:
    bool setUp();
    bool signInClients();
    // Creates for phaseMs, then reads what was created; prints api.pg.<name><suffix>.c<N>.
    void measureLevel(int clients, const QString &suffix);
    LoadResult createTickets(int clients, QList<qint64> *created);
    LoadResult readTickets(int clients, const QList<qint64> &ids);
    bool measureRawInserts();
    bool measureViews();
    void phaseDone(const QString &phase);

    Options m_options;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<BenchServer> m_server;
    QList<AsyncApiClient *> m_clients;
    LoadAccounts m_accounts;
    qint64 m_errors = 0;
    qint64 m_sequence = 0;
    double m_createRate16 = 0;
    QElapsedTimer m_elapsed;
};

} // namespace sd::bench
