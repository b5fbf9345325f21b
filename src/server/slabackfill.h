#pragma once

#include "storage/result.h"

#include <QDateTime>

namespace sd::storage {
class Database;
}

namespace sd::server {

// Gives SLA targets to tickets stored before the SLA engine existed (schema version 5), so an
// upgraded installation's open tickets count down and show on the dashboard like new ones.
// Each ticket goes through SlaEngine::recompute, as if it had just changed; what its targets
// already passed is recorded as fired without escalating (SlaEventRepository::settleHistory):
// the supervisors learn of breaches from the dashboard, not from a flood of notes about
// months-old tickets. Pause history before the upgrade is unknown: a ticket is taken to have
// paused only in its current status.
//
// Runs in batches of one transaction each, so an interrupted run keeps what it did and the
// next run goes on; a ticket that already has targets is never touched.
class SlaBackfill final
{
    Q_DISABLE_COPY_MOVE(SlaBackfill)

public:
    static constexpr int BatchSize = 200;

    explicit SlaBackfill(storage::Database &db);

    struct Outcome
    {
        int tickets = 0;       // tickets given targets
        int settledEvents = 0; // warnings and breaches recorded without escalating
    };
    storage::Result<Outcome> run(const QDateTime &now);

private:
    storage::Result<QList<qint64>> nextBatch(qint64 afterId);
    storage::Result<int> fill(const QList<qint64> &ticketIds, const QDateTime &now);

    storage::Database &m_db;
};

} // namespace sd::server
