#pragma once

#include <QString>

namespace sd::bench {

class BenchServer;
class BenchWorkstation;

// bench-sync on one database: fills it (SyncDataSet), serves it with the real
// supportdesk-server on loopback, then times a supervisor's first sync into an empty replica
// (sync.first_sync.<backend>.*) and the propagation of ticket edits from a second desktop
// (sync.propagation.<backend>.*). The SQLite run also prints the contract figures without the
// backend name.
class SyncBench final
{
public:
    struct Options
    {
        QString serverBinary;
        QString databaseUrl;
        int tickets = 100000;
        int edits = 200;
        int firstSyncTimeoutSeconds = 600;
    };

    explicit SyncBench(Options options);
    ~SyncBench();

    bool run();

private:
    bool seed();
    bool firstSync(BenchServer &server, BenchWorkstation &watcher);
    bool propagation(BenchServer &server, BenchWorkstation &watcher);
    QString backendName() const;
    void print(const QString &figure, double value, const QString &unit, bool contract = false);
    bool fail(const QString &error) const;
    void phaseDone(const QString &phase) const;

    Options m_options;
    QString m_supervisor;
    QString m_agent;
    QString m_password;
    bool m_sqlite = false;
};

} // namespace sd::bench
