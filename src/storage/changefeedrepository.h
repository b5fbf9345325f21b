#pragma once

#include "changeitem.h"
#include "result.h"

#include <QCoreApplication>

namespace sd::storage {

class Database;

// The global change feed clients sync from (GET /api/v1/changes?since=SEQ).
//
// Sequence numbers come from a one-row counter, `UPDATE change_feed_counter SET seq = seq + n
// RETURNING seq`, run in the writing transaction right before its COMMIT. The row lock
// serialises writers until they commit, so numbers are handed out in commit order and a
// rolled-back transaction gives its numbers back: a reader that has seen N can never later
// find a committed item below N, and `since=N` misses nothing. (A sequence or identity column
// would hand out numbers at insert time: 12 may commit before 11, and a reader polling in
// between would skip 11 forever.)
class ChangeFeedRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFeedRepository)
    Q_DISABLE_COPY_MOVE(ChangeFeedRepository)

public:
    explicit ChangeFeedRepository(Database &db);

    // Queues an item for the current write transaction (required): it is numbered and
    // written when that transaction commits, and forgotten if it rolls back.
    Result<void> append(EntityType type, qint64 entityId, ChangeOperation operation,
                        qint64 organisationId = 0, qint64 queueId = 0, bool internal = false);

    // Items after `since` in sequence order that pass `filter`, at most `limit` (1..1000).
    Result<ChangePage> since(qint64 since, int limit, const ChangeFilter &filter = {});
    Result<qint64> latestSeq();

    // Numbers and writes queued items; called by Database just before COMMIT. On PostgreSQL
    // also NOTIFYs Database::ChangeChannel with the last number.
    static Result<void> writeQueued(Database &db, const QList<ChangeItem> &items);

private:
    Database &m_db;
};

} // namespace sd::storage
