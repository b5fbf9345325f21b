#pragma once

#include <QString>

namespace sd::bench {

// The physical limit of the database for the API's writes: one-row INSERT transactions
// (BEGIN; INSERT; COMMIT, so one WAL flush each) into a scratch table through QtSql, from
// several connections at once, each on its own thread.
class RawInsertBench final
{
public:
    explicit RawInsertBench(QString databaseUrl);

    // Creates the scratch table bench_raw if needed.
    bool prepare(QString *error);
    // Committed transactions per second over `durationMs`; -1 with *error set on failure.
    double run(int connections, int durationMs, QString *error);

private:
    QString m_url;
};

} // namespace sd::bench
