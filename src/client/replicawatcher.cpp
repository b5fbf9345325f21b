#include "replicawatcher.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

namespace sd::client {

ReplicaWatcher::ReplicaWatcher(storage::Database &replica, QObject *parent)
    : QObject(parent), m_db(replica)
{
    const QVariant handle = replica.connection().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    m_connection = connection;
    sqlite3_update_hook(connection, &ReplicaWatcher::rowWritten, this);
}

ReplicaWatcher::~ReplicaWatcher()
{
    if (m_connection != nullptr)
        sqlite3_update_hook(static_cast<sqlite3 *>(m_connection), nullptr, nullptr);
}

void ReplicaWatcher::rowWritten(void *watcher, int, const char *, const char *table,
                                long long rowId)
{
    // Runs inside SQLite's statement: it must not touch the database, only remember.
    auto *self = static_cast<ReplicaWatcher *>(watcher);
    if (std::strcmp(table, "tickets") == 0)
        self->m_tickets.insert(rowId);
    else if (std::strcmp(table, "messages") == 0)
        self->m_messages.insert(rowId);
    else if (std::strcmp(table, "outbox") == 0)
        self->m_outbox = true;
    else
        return;
    if (!self->m_announcing) {
        self->m_announcing = true;
        QMetaObject::invokeMethod(self, &ReplicaWatcher::announce, Qt::QueuedConnection);
    }
}

void ReplicaWatcher::announce()
{
    m_announcing = false;
    QSet<qint64> tickets = std::exchange(m_tickets, {});
    const QSet<qint64> messages = std::exchange(m_messages, {});
    if (!messages.isEmpty()) {
        // A deleted message is not found; its ticket was deleted or rewritten too.
        storage::SqliteStatement owner(m_db, "SELECT ticket_id FROM messages WHERE id = ?");
        for (const qint64 id : messages) {
            owner.reset();
            if (owner.bind(1, id).step())
                tickets.insert(owner.int64(0));
        }
    }
    if (!tickets.isEmpty())
        emit ticketsChanged(QList<qint64>(tickets.cbegin(), tickets.cend()));
    if (std::exchange(m_outbox, false))
        emit outboxChanged();
}

} // namespace sd::client
