#include "replica.h"

#include "fieldmerge.h"
#include "pendingoverlay.h"
#include "replicacheckpointer.h"
#include "replicajson.h"
#include "replicaschema.h"
#include "replicawriter.h"
#include "snapshotpage.h"
#include "storage/database.h"
#include "storage/jsontext.h"
#include "storage/migrator.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QLoggingCategory>

namespace sd::client {

namespace {

using storage::Result;
using storage::Statement;

Q_LOGGING_CATEGORY(lcReplica, "sd.client.replica")

const QString CursorKey = QStringLiteral("cursor");

storage::StorageError unreadable(const QString &what)
{
    return storage::StorageError{storage::StorageError::Kind::Invalid, what};
}

// A new replica gets 16 KB pages instead of SQLite's 4 KB: its rows are tickets and messages
// of one to two kilobytes each, written a hundred thousand at a time by the first sync, which
// then needs a quarter of the page splits, WAL frames and write calls (15-30 % faster).
// The page size is fixed once the file has content, and WAL mode (which Database sets) already
// wrote its header; an empty file can still change both, cheaply.
Result<void> useLargePages(storage::Database &db)
{
    {
        // Finished before VACUUM, which refuses to run beside an open statement.
        Statement tables(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables.exec())
            return tables.error();
        if (!tables.next() || tables.id(0) > 0)
            return {};
    }
    for (const char *sql : {"PRAGMA journal_mode = DELETE", "PRAGMA page_size = 16384", "VACUUM",
                            "PRAGMA journal_mode = WAL"})
        if (auto done = db.execute(QString::fromLatin1(sql)); !done)
            return done;
    return {};
}

} // namespace

Replica::Replica(std::unique_ptr<storage::Database> db, QString path)
    : m_db(std::move(db)), m_path(std::move(path))
{}

Replica::~Replica() = default;

Result<std::unique_ptr<Replica>> Replica::open(const QString &path)
{
    auto db = storage::Database::open(u"sqlite:" + path);
    if (!db)
        return db.error();
    if (auto sized = useLargePages(*db.value()); !sized)
        return sized.error();
    storage::Migrator migrator(*db.value(), ReplicaSchema::migrations());
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    return std::unique_ptr<Replica>(new Replica(std::move(db).value(), path));
}

Result<void> Replica::applyTickets(const QJsonArray &tickets)
{
    storage::Transaction tx(*m_db);
    if (!tx)
        return tx.error();
    for (const QJsonValue &value : tickets) {
        if (auto stored = upsertTicket(value.toObject()); !stored)
            return stored;
    }
    return tx.commit();
}

Result<void> Replica::applyMessages(const QJsonArray &messages)
{
    storage::Transaction tx(*m_db);
    if (!tx)
        return tx.error();
    for (const QJsonValue &message : messages)
        if (auto stored = upsertMessage(message.toObject()); !stored)
            return stored;
    return tx.commit();
}

Result<void> Replica::applyChanges(const QJsonArray &tickets, const QJsonArray &messages,
                                   const QList<qint64> &goneTicketIds, qint64 cursor)
{
    storage::Transaction tx(*m_db);
    if (!tx)
        return tx.error();
    if (auto applied = applyTickets(tickets); !applied)
        return applied;
    if (auto applied = applyMessages(messages); !applied)
        return applied;
    for (const qint64 id : goneTicketIds)
        if (auto removed = removeTicket(id); !removed)
            return removed;
    if (auto moved = setCursor(cursor); !moved)
        return moved;
    return tx.commit();
}

Result<void> Replica::beginBulkLoad()
{
    // Without checkpoints nothing syncs to disk while the pages come (in WAL mode with
    // synchronous=NORMAL only a checkpoint does), and the WAL, appended to only, stays
    // consistent through a crash. Through SQLite's automatic checkpoints every 1,000 pages,
    // a first sync of 100,000 tickets wrote its 450 MB twice to a disk that takes 200 MB/s,
    // on the GUI thread. The WAL holds the whole first sync for a while (4 GB at most: then
    // SQLite checkpoints after all). A copy still running from before ends first.
    m_checkpointer.reset();
    return m_db->execute(QStringLiteral("PRAGMA wal_autocheckpoint = 262144"));
}

Result<void> Replica::finishBulkLoad()
{
    // The one copy into the file, with its syncs, runs beside the GUI thread. Until it is done,
    // this connection's automatic checkpoints stay off: the next write here would otherwise
    // take the copy upon itself. The first write after it starts the WAL over (syncing its
    // header: one pause of about 0.2 s after a first sync of 100,000 tickets). The WAL file
    // keeps its size until the replica is closed; truncating it cost the GUI thread 0.1-0.4 s
    // more, whichever connection did it.
    m_checkpointer.reset();
    m_checkpointer = std::make_unique<ReplicaCheckpointer>(m_path, [db = m_db.get()] {
        if (auto on = db->execute(QStringLiteral("PRAGMA wal_autocheckpoint = 1000")); !on)
            qCWarning(lcReplica) << on.error().message;
    });
    return {};
}

ReplicaWriter &Replica::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<ReplicaWriter>(*m_db);
    return *m_writer;
}

Result<void> Replica::applySnapshotPage(const SnapshotPage &page)
{
    storage::Transaction tx(*m_db);
    if (!tx)
        return tx.error();
    // Oldest first, although pages come newest first: SQLite's b-trees fill their pages when
    // rows arrive in ascending id order, and half-fill them in descending order (each split
    // leaves a half page behind that nothing fills later). Measured with 300,000 rows of 1.3 KB:
    // 409 MB written in 2.4 s instead of 790 MB in 3.3 s.
    const QList<TicketRecord> &tickets = page.tickets();
    for (qsizetype i = tickets.size() - 1; i >= 0; --i)
        if (auto written = writer().write(tickets.at(i), page.messagesOf(i)); !written)
            return written;
    return tx.commit();
}

// The feed's items take the same path as the first sync's pages: written as JSON text and
// read back in place, so there is one reading of the columns, not one per source.
Result<void> Replica::upsertTicket(const QJsonObject &ticket)
{
    QByteArray text;
    text.reserve(4096);
    storage::JsonText::appendObject(text, ticket);
    JsonScanner scanner(text);
    TicketRecord record;
    QList<MessageRecord> messages;
    if (!record.read(scanner, &messages))
        return unreadable(tr("A ticket from the server has no id."));
    return writer().write(record, messages);
}

Result<void> Replica::upsertMessage(const QJsonObject &message)
{
    QByteArray text;
    text.reserve(2048);
    storage::JsonText::appendObject(text, message);
    JsonScanner scanner(text);
    MessageRecord record;
    if (!record.read(scanner))
        return unreadable(tr("A message from the server has no id."));
    return writer().write(record);
}

Result<void> Replica::removeTicket(qint64 id)
{
    storage::Transaction tx(*m_db);
    if (!tx)
        return tx.error();
    for (const char *sql : {"DELETE FROM messages WHERE ticket_id = ? AND id > 0",
                            "DELETE FROM tickets WHERE id = ?"}) {
        Statement remove(*m_db, QString::fromLatin1(sql));
        if (!remove.bind(id).exec())
            return remove.error();
    }
    return tx.commit();
}

Result<qint64> Replica::cursor()
{
    Statement select(*m_db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    if (!select.bind(CursorKey).exec())
        return select.error();
    return select.next() ? select.text(0).toLongLong() : 0;
}

Result<void> Replica::setCursor(qint64 seq)
{
    Statement upsert(*m_db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                           "ON CONFLICT (key) DO UPDATE SET value = "
                                           "excluded.value"));
    if (!upsert.bind(CursorKey).bind(QString::number(seq)).exec())
        return upsert.error();
    return {};
}

Result<std::optional<QJsonObject>> Replica::ticket(qint64 id)
{
    Statement select(*m_db, QStringLiteral("SELECT json FROM tickets WHERE id = ?"));
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next())
        return std::optional<QJsonObject>();
    QJsonObject ticket = ReplicaJson::object(select.text(0));
    auto edits = PendingOverlay(*m_db).edits(id);
    if (!edits)
        return edits.error();
    for (const QJsonValue &edit : std::as_const(edits.value()))
        ticket = FieldMerge::overlay(ticket, edit.toObject());
    if (!edits->isEmpty())
        ticket.insert(QStringLiteral("pending"), true);
    // Messages still in the outbox (negative ids) come last, in the order they were written.
    Statement messages(*m_db, QStringLiteral("SELECT json FROM messages WHERE ticket_id = ? "
                                             "ORDER BY id < 0, abs(id)"));
    if (!messages.bind(id).exec())
        return messages.error();
    QJsonArray list;
    while (messages.next())
        list.append(ReplicaJson::object(messages.text(0)));
    ticket.insert(QStringLiteral("messages"), list);
    return std::optional<QJsonObject>(ticket);
}

Result<qint64> Replica::ticketCount()
{
    Statement count(*m_db, QStringLiteral("SELECT count(*) FROM tickets"));
    if (!count.exec())
        return count.error();
    return count.next() ? count.id(0) : 0;
}

Result<qint64> Replica::messageCount()
{
    Statement count(*m_db, QStringLiteral("SELECT count(*) FROM messages"));
    if (!count.exec())
        return count.error();
    return count.next() ? count.id(0) : 0;
}

QString Replica::databaseUrl() const
{
    return m_db->url().toString();
}

} // namespace sd::client
