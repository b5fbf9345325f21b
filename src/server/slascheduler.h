#pragma once

#include "storage/result.h"
#include "storage/slaevent.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace sd::storage {
class Database;
}

namespace sd::server {

class DatabasePool;
class SlaEscalation;

// Fires SLA warnings and breaches (issue 6): every interval a pass reads the running targets
// whose warning or due has come (the partial indexes of sla_targets; no scan of all targets)
// and hands each to SlaEscalation, which fires it at most once across every process sharing
// the database. Runs on a thread of its own with that thread's pooled connection, so a pass
// never holds up a request.
class SlaScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaScheduler)

public:
    struct Pass
    {
        int warnings = 0; // fired by this pass
        int breaches = 0;
        int failed = 0; // left for the next pass (logged)
    };

    // The most events of one kind a pass reads at once; it reads again while batches fill.
    static constexpr int DefaultBatch = 500;

    // `committed` runs on the scheduler's thread after a pass that fired something (wakes
    // the change notifier, like a request's write).
    SlaScheduler(std::shared_ptr<DatabasePool> pool, int intervalMs,
                 std::function<void()> committed, QObject *parent = nullptr);
    ~SlaScheduler() override;

    void start();

    // One pass as of `now` on `db`, in the caller's thread: what the timer runs, and what
    // tests and the benchmark call directly.
    static storage::Result<Pass> runPass(storage::Database &db, const QDateTime &now,
                                         int batch = DefaultBatch);

signals:
    void passFinished(int warnings, int breaches);

private:
    void tick();
    static int fireChunk(SlaEscalation &escalation, storage::Database &db,
                         const QList<storage::SlaDue> &chunk, storage::SlaEventKind kind,
                         const QDateTime &now, Pass &pass);

    std::shared_ptr<DatabasePool> m_pool;
    int m_intervalMs;
    std::function<void()> m_committed;
    QThread m_thread;
};

} // namespace sd::server
