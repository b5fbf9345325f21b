#pragma once

#include "replicarecord.h"
#include "storage/result.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>

#include <span>

namespace sd::storage {
class Database;
}

namespace sd::client {

// Writes tickets and messages of the server's read shape into the replica's tables through
// SQLite's own API (storage::SqliteStatement), with the statements prepared once: the first
// sync writes hundreds of thousands of rows, and QtSql's per-value conversions cost more than
// SQLite itself. Applying is idempotent: a ticket of an older version than the stored one
// changes nothing; a message simply replaces its row (messages are append-only on the
// server). Rows the outbox wrote (negative ids) and the `pending` marks are left alone.
// Runs inside the caller's transaction.
class ReplicaWriter final
{
    Q_DISABLE_COPY_MOVE(ReplicaWriter)

public:
    explicit ReplicaWriter(storage::Database &db);

    // The ticket and then the messages it carried.
    storage::Result<void> write(const TicketRecord &ticket,
                                std::span<const MessageRecord> messages);
    storage::Result<void> write(const MessageRecord &message);

private:
    void bind(storage::SqliteStatement &statement, int index, const RecordText &text,
              bool nullable = true);
    static void bindId(storage::SqliteStatement &statement, int index, qint64 id);

    storage::SqliteStatement m_ticket;
    storage::SqliteStatement m_message;
    QByteArray m_json;
};

} // namespace sd::client
