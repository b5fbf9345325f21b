#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::client {

class ReplicaCheckpointer;
class ReplicaWriter;
class SnapshotPage;

// The local copy of what the signed-in user may see on one server (ReplicaSchema), written
// by the SyncEngine from the server's JSON and read by the views. Applying is idempotent: the
// same ticket or message applied twice, or an older version after a newer one, changes
// nothing, so overlapping sync pages and change-feed items are harmless.
class Replica final
{
    Q_DECLARE_TR_FUNCTIONS(Replica)
    Q_DISABLE_COPY_MOVE(Replica)

public:
    // Creates or migrates the SQLite file at `path` (its folder must exist).
    static storage::Result<std::unique_ptr<Replica>> open(const QString &path);
    ~Replica();

    // Tickets in the server's read shape; their "messages", when present, are stored too. One
    // transaction for the whole array.
    storage::Result<void> applyTickets(const QJsonArray &tickets);
    storage::Result<void> applyMessages(const QJsonArray &messages);
    // One page of the first sync, in one transaction.
    storage::Result<void> applySnapshotPage(const SnapshotPage &page);
    // Around the first sync, which writes the whole replica at once: no checkpoint while it
    // runs (each synced the WAL and the file to disk, on this thread), then one on a thread
    // of its own (ReplicaCheckpointer), and the automatic ones back on.
    storage::Result<void> beginBulkLoad();
    storage::Result<void> finishBulkLoad();
    // One page of the change feed: the tickets and messages it carried, the tickets it said
    // are gone (removeTicket) and the cursor it reached, in one transaction, so a crash never
    // leaves the cursor past unapplied data.
    storage::Result<void> applyChanges(const QJsonArray &tickets, const QJsonArray &messages,
                                       const QList<qint64> &goneTicketIds, qint64 cursor);
    // The ticket left the user's view (moved out of their queues, deleted): the server's copy
    // and its messages go. Pending local rows stay; they belong to the outbox's writes.
    storage::Result<void> removeTicket(qint64 id);

    // The change-feed position the replica is complete up to; 0 before the first sync.
    storage::Result<qint64> cursor();
    storage::Result<void> setCursor(qint64 seq);

    // The ticket as the server last sent it with the user's waiting edits on top ("pending":
    // true then), and its messages (oldest first, then those still waiting to be sent).
    storage::Result<std::optional<QJsonObject>> ticket(qint64 id);
    storage::Result<qint64> ticketCount();
    storage::Result<qint64> messageCount();

    storage::Database &database() { return *m_db; }
    // For a second connection to the same file (another thread).
    QString databaseUrl() const;

private:
    Replica(std::unique_ptr<storage::Database> db, QString path);
    storage::Result<void> upsertTicket(const QJsonObject &ticket);
    storage::Result<void> upsertMessage(const QJsonObject &message);
    ReplicaWriter &writer();

    std::unique_ptr<storage::Database> m_db;
    QString m_path;
    // After m_db: its statements go before the connection.
    std::unique_ptr<ReplicaWriter> m_writer;
    std::unique_ptr<ReplicaCheckpointer> m_checkpointer;
};

} // namespace sd::client
