#include "pendingoverlay.h"

#include "fieldmerge.h"
#include "replicajson.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace sd::client {

namespace {

using storage::Result;
using storage::Statement;

QVariant idOrNull(const QJsonObject &ticket, const QString &key)
{
    const qint64 id = ticket.value(key).toObject().value(QStringLiteral("id")).toInteger();
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Null when the edit chose a queue or assignee whose name is not known offline.
QVariant nameOrNull(const QJsonObject &ticket, const QString &key)
{
    const QJsonValue name = ticket.value(key).toObject().value(QStringLiteral("name"));
    return name.isString() ? QVariant(name.toString()) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

Result<void> PendingOverlay::addLocalTicket(const OutboxEntry &entry, const QJsonObject &author)
{
    QJsonObject ticket = entry.payload;
    ticket.remove(QStringLiteral("files"));
    ticket.insert(QStringLiteral("id"), entry.localId());
    ticket.insert(QStringLiteral("number"), QString());
    ticket.insert(QStringLiteral("version"), 0);
    ticket.insert(QStringLiteral("status"), QStringLiteral("new"));
    if (!ticket.contains(QStringLiteral("priority")))
        ticket.insert(QStringLiteral("priority"), QStringLiteral("normal"));
    ticket.insert(QStringLiteral("requester"), author);
    ticket.insert(QStringLiteral("created_at"), entry.createdAt.toString(Qt::ISODateWithMs));
    ticket.insert(QStringLiteral("pending"), true);
    Statement insert(m_db, QStringLiteral("INSERT INTO tickets (id, number, version, status, "
                                          "priority, category, subject, created_at, pending, "
                                          "requester_name, requester_email, json) VALUES (?, "
                                          "'', 0, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    insert.bind(entry.localId())
        .bind(ticket.value(QStringLiteral("status")).toString())
        .bind(ticket.value(QStringLiteral("priority")).toString())
        .bind(ticket.value(QStringLiteral("category")).toString())
        .bind(ticket.value(QStringLiteral("subject")).toString())
        .bind(ticket.value(QStringLiteral("created_at")).toString())
        .bind(author.value(QStringLiteral("name")).toString())
        .bind(author.value(QStringLiteral("email")).toString())
        .bind(ReplicaJson::text(ticket));
    if (!insert.exec())
        return insert.error();
    return {};
}

Result<void> PendingOverlay::addLocalMessage(const OutboxEntry &entry, const QJsonObject &author)
{
    QJsonObject message = entry.payload;
    QJsonArray names;
    for (const QJsonValue &file : message.take(QStringLiteral("files")).toArray())
        names.append(
            QJsonObject{{QStringLiteral("name"), file.toObject().value(QStringLiteral("name"))}});
    const QString createdAt = entry.createdAt.toString(Qt::ISODateWithMs);
    message.insert(QStringLiteral("id"), entry.localId());
    message.insert(QStringLiteral("ticket_id"), entry.ticketId);
    message.insert(QStringLiteral("author"), author);
    message.insert(QStringLiteral("created_at"), createdAt);
    message.insert(QStringLiteral("attachments"), names);
    message.insert(QStringLiteral("pending"), true);
    Statement insert(m_db, QStringLiteral("INSERT INTO messages (id, ticket_id, created_at, kind, "
                                          "pending, json) VALUES (?, ?, ?, ?, 1, ?)"));
    insert.bind(entry.localId())
        .bind(entry.ticketId)
        .bind(createdAt)
        .bind(message.value(QStringLiteral("kind")).toString())
        .bind(ReplicaJson::text(message));
    if (!insert.exec())
        return insert.error();
    return {};
}

Result<void> PendingOverlay::removeLocal(const OutboxEntry &entry)
{
    QString sql;
    if (entry.operation == OutboxEntry::Operation::CreateTicket)
        sql = QStringLiteral("DELETE FROM tickets WHERE id = ?");
    else if (entry.operation == OutboxEntry::Operation::PostMessage)
        sql = QStringLiteral("DELETE FROM messages WHERE id = ?");
    else
        return {};
    Statement remove(m_db, sql);
    if (!remove.bind(entry.localId()).exec())
        return remove.error();
    return {};
}

Result<void> PendingOverlay::adoptTicket(qint64 localId, qint64 serverId)
{
    for (const char *sql : {"UPDATE outbox SET ticket_id = ? WHERE ticket_id = ?",
                            "UPDATE messages SET ticket_id = ? WHERE ticket_id = ?"}) {
        Statement update(m_db, QString::fromLatin1(sql));
        if (!update.bind(serverId).bind(localId).exec())
            return update.error();
    }
    // Pending messages carry their ticket's id in their JSON too.
    Statement pending(m_db, QStringLiteral("SELECT id, json FROM messages WHERE ticket_id = ? "
                                           "AND pending = 1"));
    if (!pending.bind(serverId).exec())
        return pending.error();
    while (pending.next()) {
        QJsonObject message = ReplicaJson::object(pending.text(1));
        message.insert(QStringLiteral("ticket_id"), serverId);
        Statement update(m_db, QStringLiteral("UPDATE messages SET json = ? WHERE id = ?"));
        if (!update.bind(ReplicaJson::text(message)).bind(pending.id(0)).exec())
            return update.error();
    }
    return {};
}

Result<QJsonArray> PendingOverlay::edits(qint64 ticketId)
{
    Statement select(m_db, QStringLiteral("SELECT payload FROM outbox WHERE ticket_id = ? AND "
                                          "operation = 'update_ticket' ORDER BY id"));
    if (!select.bind(ticketId).exec())
        return select.error();
    QJsonArray edits;
    while (select.next())
        edits.append(ReplicaJson::object(select.text(0)));
    return edits;
}

Result<void> PendingOverlay::refresh(qint64 ticketId)
{
    Statement select(m_db, QStringLiteral("SELECT json FROM tickets WHERE id = ?"));
    if (!select.bind(ticketId).exec())
        return select.error();
    if (!select.next())
        return {};
    QJsonObject shown = ReplicaJson::object(select.text(0));
    auto edits = this->edits(ticketId);
    if (!edits)
        return edits.error();
    for (const QJsonValue &edit : std::as_const(edits.value()))
        shown = FieldMerge::overlay(shown, edit.toObject());
    const bool localTicket = ticketId < 0;
    return writeColumns(ticketId, shown, localTicket || !edits->isEmpty());
}

Result<void> PendingOverlay::refreshAll()
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement select(m_db, QStringLiteral("SELECT DISTINCT ticket_id FROM outbox WHERE operation "
                                          "= 'update_ticket' UNION SELECT id FROM tickets WHERE "
                                          "pending = 1 AND id > 0"));
    if (!select.exec())
        return select.error();
    QList<qint64> ids;
    while (select.next())
        ids.append(select.id(0));
    for (qint64 id : std::as_const(ids))
        if (auto refreshed = refresh(id); !refreshed)
            return refreshed;
    return tx.commit();
}

Result<void> PendingOverlay::writeColumns(qint64 ticketId, const QJsonObject &shown, bool pending)
{
    Statement update(m_db, QStringLiteral("UPDATE tickets SET status = ?, priority = ?, category "
                                          "= ?, subject = ?, queue_id = ?, assignee_id = ?, "
                                          "queue_name = ?, assignee_name = ?, pending = ? "
                                          "WHERE id = ?"));
    update.bind(shown.value(QStringLiteral("status")).toString())
        .bind(shown.value(QStringLiteral("priority")).toString())
        .bind(shown.value(QStringLiteral("category")).toString())
        .bind(shown.value(QStringLiteral("subject")).toString())
        .bind(idOrNull(shown, QStringLiteral("queue")))
        .bind(idOrNull(shown, QStringLiteral("assignee")))
        .bind(nameOrNull(shown, QStringLiteral("queue")))
        .bind(nameOrNull(shown, QStringLiteral("assignee")))
        .bind(pending ? 1 : 0)
        .bind(ticketId);
    if (!update.exec())
        return update.error();
    return {};
}

} // namespace sd::client
