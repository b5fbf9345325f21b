#pragma once

#include <QList>
#include <QObject>
#include <QSet>

namespace sd::storage {
class Database;
}

namespace sd::client {

// Tells the views which tickets changed in the replica, whoever wrote them (a sync page, the
// outbox, a pending edit laid over a sync), so the ticket table reloads those rows only.
// SQLite reports every row written on the replica's connection (sqlite3_update_hook); the
// watcher collects the ids and announces them once control returns to the event loop, by
// which time the writing transaction has ended. A rolled-back write is announced too, which
// only makes the table re-read a row that did not change.
class ReplicaWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaWatcher)

public:
    // `replica` must be SQLite, used on this thread, and outlive the watcher.
    explicit ReplicaWatcher(storage::Database &replica, QObject *parent = nullptr);
    ~ReplicaWatcher() override;

signals:
    // Tickets written or deleted, and tickets whose messages were.
    void ticketsChanged(const QList<qint64> &ticketIds);
    // Something was queued, sent or settled in the outbox.
    void outboxChanged();

private:
    static void rowWritten(void *watcher, int operation, const char *database, const char *table,
                           long long rowId);
    void announce();

    storage::Database &m_db;
    void *m_connection = nullptr;
    QSet<qint64> m_tickets;
    QSet<qint64> m_messages;
    bool m_outbox = false;
    bool m_announcing = false;
};

} // namespace sd::client
