#include "replica.h"

#include "fieldmerge.h"
#include "pendingoverlay.h"
#include "replicajson.h"
#include "replicaschema.h"
#include "storage/database.h"
#include "storage/jsontext.h"
#include "storage/migrator.h"
#include "storage/statement.h"
#include "storage/transaction.h"


namespace sd::client {

namespace {

using storage::Result;
using storage::Statement;

const QString CursorKey = QStringLiteral("cursor");

// Compact JSON text for the json columns, as UTF-8 bytes: bound as a blob and stored through
// CAST(? AS TEXT), which keeps the bytes, instead of converting to UTF-16 for the driver and
// back to UTF-8 in SQLite. `leaveOut` drops one member (a ticket's "messages").
QByteArray jsonColumn(const QJsonObject &json, QStringView leaveOut = {})
{
    QByteArray text;
    text.reserve(2048);
    storage::JsonText::appendObject(text, json, leaveOut);
    return text;
}

// The id inside {id, name} objects such as "queue"; 0 when null.
qint64 nestedId(const QJsonObject &json, const QString &key)
{
    return json.value(key).toObject().value(QStringLiteral("id")).toInteger();
}

QVariant textOrNull(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? QVariant(value.toString()) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Replica::Replica(std::unique_ptr<storage::Database> db) : m_db(std::move(db)) {}

Replica::~Replica() = default;

Result<std::unique_ptr<Replica>> Replica::open(const QString &path)
{
    auto db = storage::Database::open(u"sqlite:" + path);
    if (!db)
        return db.error();
    storage::Migrator migrator(*db.value(), ReplicaSchema::migrations());
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    return std::unique_ptr<Replica>(new Replica(std::move(db).value()));
}

Result<void> Replica::applyTickets(const QJsonArray &tickets)
{
    storage::Transaction tx(*m_db);
    if (!tx)
        return tx.error();
    for (const QJsonValue &value : tickets) {
        const QJsonObject ticket = value.toObject();
        if (auto stored = upsertTicket(ticket); !stored)
            return stored;
        for (const QJsonValue &message : ticket.value(QStringLiteral("messages")).toArray())
            if (auto stored = upsertMessage(message.toObject()); !stored)
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

Result<void> Replica::upsertTicket(const QJsonObject &ticket)
{
    // An older version (a sync page read before a change the feed already brought) loses.
    Statement upsert(
        *m_db,
        QStringLiteral(
            "INSERT INTO tickets (id, number, version, status, priority, category, subject, "
            "queue_id, assignee_id, organisation_id, created_at, updated_at, first_response_at, "
            "first_response_due, resolution_due, resolved_at, requester_name, requester_email, "
            "organisation_name, queue_name, assignee_name, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT)) ON CONFLICT (id) DO UPDATE "
            "SET number = excluded.number, version = excluded.version, status = "
            "excluded.status, priority = excluded.priority, category = excluded.category, "
            "subject = excluded.subject, queue_id = excluded.queue_id, assignee_id = "
            "excluded.assignee_id, organisation_id = excluded.organisation_id, created_at = "
            "excluded.created_at, updated_at = excluded.updated_at, first_response_at = "
            "excluded.first_response_at, first_response_due = excluded.first_response_due, "
            "resolution_due = excluded.resolution_due, resolved_at = excluded.resolved_at, "
            "requester_name = excluded.requester_name, requester_email = "
            "excluded.requester_email, organisation_name = excluded.organisation_name, "
            "queue_name = excluded.queue_name, assignee_name = excluded.assignee_name, json = "
            "excluded.json WHERE excluded.version >= tickets.version"));
    upsert.bind(ticket.value(QStringLiteral("id")).toInteger())
        .bind(ticket.value(QStringLiteral("number")).toString())
        .bind(ticket.value(QStringLiteral("version")).toInt())
        .bind(ticket.value(QStringLiteral("status")).toString())
        .bind(ticket.value(QStringLiteral("priority")).toString())
        .bind(ticket.value(QStringLiteral("category")).toString())
        .bind(ticket.value(QStringLiteral("subject")).toString())
        .bind(idOrNull(nestedId(ticket, QStringLiteral("queue"))))
        .bind(idOrNull(nestedId(ticket, QStringLiteral("assignee"))))
        .bind(idOrNull(nestedId(ticket, QStringLiteral("organisation"))));
    for (const char *key :
         {"created_at", "updated_at", "first_response_at", "first_response_due", "resolution_due",
          "resolved_at"})
        upsert.bind(textOrNull(ticket, QString::fromLatin1(key)));
    const QJsonObject requester = ticket.value(QStringLiteral("requester")).toObject();
    upsert.bind(textOrNull(requester, QStringLiteral("name")))
        .bind(textOrNull(requester, QStringLiteral("email")));
    for (const char *key : {"organisation", "queue", "assignee"})
        upsert.bind(textOrNull(ticket.value(QString::fromLatin1(key)).toObject(),
                               QStringLiteral("name")));
    upsert.bind(jsonColumn(ticket, u"messages"));
    if (!upsert.exec())
        return upsert.error();
    return {};
}

Result<void> Replica::upsertMessage(const QJsonObject &message)
{
    // Messages are append-only on the server: the newest copy simply replaces the row.
    Statement upsert(*m_db, QStringLiteral("INSERT INTO messages (id, ticket_id, created_at, "
                                           "kind, json) VALUES (?, ?, ?, ?, CAST(? AS TEXT)) "
                                           "ON CONFLICT (id) DO UPDATE SET ticket_id = "
                                           "excluded.ticket_id, created_at = "
                                           "excluded.created_at, kind = excluded.kind, json = "
                                           "excluded.json"));
    upsert.bind(message.value(QStringLiteral("id")).toInteger())
        .bind(message.value(QStringLiteral("ticket_id")).toInteger())
        .bind(textOrNull(message, QStringLiteral("created_at")))
        .bind(message.value(QStringLiteral("kind")).toString())
        .bind(jsonColumn(message));
    if (!upsert.exec())
        return upsert.error();
    return {};
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

} // namespace sd::client
