#include "outbox.h"

#include "fieldmerge.h"
#include "pendingoverlay.h"
#include "protocol/ticketpatch.h"
#include "replica.h"
#include "replicajson.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

namespace sd::client {

namespace {

using storage::Result;
using storage::Statement;
using storage::StorageError;
using Operation = OutboxEntry::Operation;
using State = OutboxEntry::State;

const QString Columns = QStringLiteral("id, uuid, operation, ticket_id, payload, base, theirs, "
                                       "state, attempts, last_error, created_at");

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::CreateTicket:
        return QStringLiteral("create_ticket");
    case Operation::PostMessage:
        return QStringLiteral("post_message");
    case Operation::UpdateTicket:
        return QStringLiteral("update_ticket");
    case Operation::Merge:
        return QStringLiteral("merge");
    case Operation::Split:
        return QStringLiteral("split");
    case Operation::Rate:
        break;
    }
    return QStringLiteral("rate");
}

QString stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Conflict:
        break;
    }
    return QStringLiteral("conflict");
}

OutboxEntry readEntry(const Statement &row)
{
    OutboxEntry entry;
    entry.id = row.id(0);
    entry.uuid = row.text(1).toLatin1();
    const QString operation = row.text(2);
    for (Operation candidate :
         {Operation::CreateTicket, Operation::PostMessage, Operation::UpdateTicket, Operation::Rate,
          Operation::Merge, Operation::Split})
        if (operationName(candidate) == operation)
            entry.operation = candidate;
    entry.ticketId = row.id(3);
    entry.payload = ReplicaJson::object(row.text(4));
    entry.base = ReplicaJson::object(row.text(5));
    entry.theirs = ReplicaJson::object(row.text(6));
    const QString state = row.text(7);
    for (State candidate : {State::Pending, State::Failed, State::Conflict})
        if (stateName(candidate) == state)
            entry.state = candidate;
    entry.attempts = int(row.id(8));
    entry.lastError = row.text(9);
    entry.createdAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    return entry;
}

StorageError invalid(const QString &message)
{
    return StorageError{StorageError::Kind::Invalid, message};
}

} // namespace

Outbox::Outbox(Replica &replica, const QJsonObject &author, const QString &filesDirectory)
    : m_replica(replica), m_author(author), m_filesDirectory(filesDirectory)
{}

Result<OutboxEntry> Outbox::createTicket(const QJsonObject &request, const QStringList &files)
{
    if (request.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        return invalid(tr("A new ticket needs a subject."));
    return enqueue(Operation::CreateTicket, 0, request, {}, files);
}

Result<OutboxEntry> Outbox::postMessage(qint64 ticketId, const QJsonObject &message,
                                        const QStringList &files)
{
    auto ticket = m_replica.ticket(ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return invalid(tr("The ticket is no longer available here; the message was not queued."));
    return enqueue(Operation::PostMessage, ticketId, message, {}, files);
}

Result<OutboxEntry> Outbox::updateTicket(qint64 ticketId, const QJsonObject &changes)
{
    const QStringList allowed = protocol::TicketPatch::patchableFields();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return invalid(tr("The field %1 cannot be changed.").arg(it.key()));
    if (changes.isEmpty())
        return invalid(tr("Nothing was changed."));
    auto ticket = m_replica.ticket(ticketId);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return invalid(tr("The ticket is no longer available here; the change was not queued."));
    QJsonObject base = FieldMerge::snapshot(*ticket.value());
    base.insert(QStringLiteral("version"), ticket.value()->value(QStringLiteral("version")));
    return enqueue(Operation::UpdateTicket, ticketId, changes, base, {});
}

Result<OutboxEntry> Outbox::rate(qint64 ticketId, int score, const QString &comment)
{
    if (score < 1 || score > 5)
        return invalid(tr("A rating is from 1 to 5."));
    return enqueue(
        Operation::Rate, ticketId,
        QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("comment"), comment}}, {},
        {});
}

Result<OutboxEntry> Outbox::merge(qint64 ticketId, qint64 intoTicketId)
{
    if (ticketId == intoTicketId)
        return invalid(tr("A ticket cannot be merged into itself."));
    if (intoTicketId <= 0)
        return invalid(tr("A ticket can be merged only into a ticket the server already has."));
    return enqueue(Operation::Merge, ticketId, QJsonObject{{QStringLiteral("into"), intoTicketId}},
                   {}, {});
}

Result<OutboxEntry> Outbox::split(qint64 ticketId, qint64 messageId, const QString &subject)
{
    if (messageId <= 0)
        return invalid(tr("Only a message the server already has can become a new ticket."));
    if (subject.trimmed().isEmpty())
        return invalid(tr("Give the new ticket a subject."));
    return enqueue(Operation::Split, ticketId,
                   QJsonObject{{QStringLiteral("message_id"), messageId},
                               {QStringLiteral("subject"), subject.trimmed()}},
                   {}, {});
}

Result<OutboxEntry> Outbox::enqueue(Operation operation, qint64 ticketId, QJsonObject payload,
                                    const QJsonObject &base, const QStringList &files)
{
    OutboxEntry entry;
    entry.uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    entry.operation = operation;
    entry.base = base;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    if (!files.isEmpty()) {
        auto copies = copyFiles(entry.uuid, files);
        if (!copies)
            return copies.error();
        payload.insert(QStringLiteral("files"), copies.value());
    }
    entry.payload = payload;

    storage::Database &db = m_replica.database();
    storage::Transaction tx(db);
    if (!tx)
        return tx.error();
    Statement insert(db, QStringLiteral("INSERT INTO outbox (uuid, operation, ticket_id, payload, "
                                        "base, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING "
                                        "id"));
    insert.bind(QString::fromLatin1(entry.uuid))
        .bind(operationName(operation))
        .bind(ticketId)
        .bind(ReplicaJson::text(payload))
        .bind(ReplicaJson::text(base))
        .bind(entry.createdAt.toString(Qt::ISODateWithMs));
    if (!insert.exec() || !insert.next())
        return insert.error();
    entry.id = insert.id(0);
    // A new ticket is its own (local) ticket, so later writes for it can name it.
    entry.ticketId = operation == Operation::CreateTicket ? entry.localId() : ticketId;
    PendingOverlay overlay(db);
    Result<void> shown;
    if (operation == Operation::CreateTicket) {
        Statement own(db, QStringLiteral("UPDATE outbox SET ticket_id = ? WHERE id = ?"));
        if (!own.bind(entry.ticketId).bind(entry.id).exec())
            return own.error();
        shown = overlay.addLocalTicket(entry, m_author);
    } else if (operation == Operation::PostMessage) {
        shown = overlay.addLocalMessage(entry, m_author);
    } else if (operation == Operation::UpdateTicket) {
        shown = overlay.refresh(ticketId);
    }
    if (!shown)
        return shown.error();
    if (auto committed = tx.commit(); !committed) {
        removeFiles(entry);
        return committed.error();
    }
    return entry;
}

Result<QJsonArray> Outbox::copyFiles(const QByteArray &uuid, const QStringList &files)
{
    const QString folder = QDir(m_filesDirectory).filePath(QString::fromLatin1(uuid));
    if (!QDir().mkpath(folder))
        return invalid(tr("Cannot create the folder %1 for attachments waiting to be sent.")
                           .arg(QDir::toNativeSeparators(folder)));
    QJsonArray copies;
    for (int i = 0; i < files.size(); ++i) {
        const QFileInfo source(files.at(i));
        const QString copy = QDir(folder).filePath(QString::number(i));
        if (!QFile::copy(source.absoluteFilePath(), copy)) {
            QDir(folder).removeRecursively();
            return invalid(tr("Cannot read %1; nothing was queued.")
                               .arg(QDir::toNativeSeparators(source.absoluteFilePath())));
        }
        copies.append(QJsonObject{{QStringLiteral("path"), copy},
                                  {QStringLiteral("name"), source.fileName()}});
    }
    return copies;
}

void Outbox::removeFiles(const OutboxEntry &entry) const
{
    if (entry.payload.contains(QStringLiteral("files")))
        QDir(QDir(m_filesDirectory).filePath(QString::fromLatin1(entry.uuid))).removeRecursively();
}

Result<std::optional<OutboxEntry>> Outbox::next()
{
    // Writes for a ticket made offline wait for it to be acknowledged (it gets its server id
    // then), and no write overtakes an earlier one of its ticket that waits for the user.
    Statement select(m_replica.database(),
                     u"SELECT " + Columns +
                         u" FROM outbox o WHERE o.state = 'pending' AND (o.operation = "
                         u"'create_ticket' OR o.ticket_id > 0) AND NOT EXISTS (SELECT 1 FROM "
                         u"outbox p WHERE p.ticket_id = o.ticket_id AND p.id < o.id AND "
                         u"p.state <> 'pending') ORDER BY o.id LIMIT 1");
    if (!select.exec())
        return select.error();
    if (!select.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(readEntry(select));
}

Result<QList<OutboxEntry>> Outbox::entries()
{
    Statement select(m_replica.database(), u"SELECT " + Columns + u" FROM outbox ORDER BY id");
    if (!select.exec())
        return select.error();
    QList<OutboxEntry> all;
    while (select.next())
        all.append(readEntry(select));
    return all;
}

Result<std::optional<OutboxEntry>> Outbox::entry(qint64 id)
{
    Statement select(m_replica.database(), u"SELECT " + Columns + u" FROM outbox WHERE id = ?");
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(readEntry(select));
}

Result<void> Outbox::recordUpload(const OutboxEntry &entry, int fileIndex, qint64 attachmentId)
{
    QJsonObject payload = entry.payload;
    QJsonArray files = payload.value(QStringLiteral("files")).toArray();
    QJsonObject file = files.at(fileIndex).toObject();
    file.insert(QStringLiteral("attachment_id"), attachmentId);
    files.replace(fileIndex, file);
    payload.insert(QStringLiteral("files"), files);
    Statement update(m_replica.database(),
                     QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
    if (!update.bind(ReplicaJson::text(payload)).bind(entry.id).exec())
        return update.error();
    return {};
}

Result<void> Outbox::acknowledge(const OutboxEntry &entry, const QJsonObject &answer)
{
    storage::Transaction tx(m_replica.database());
    if (!tx)
        return tx.error();
    if (auto applied = applyAnswer(entry, answer); !applied)
        return applied;
    if (auto removed = remove(entry); !removed)
        return removed;
    if (auto committed = tx.commit(); !committed)
        return committed;
    removeFiles(entry);
    return {};
}

Result<void> Outbox::applyAnswer(const OutboxEntry &entry, const QJsonObject &answer)
{
    PendingOverlay overlay(m_replica.database());
    if (auto removed = overlay.removeLocal(entry); !removed)
        return removed;
    const qint64 answeredId = answer.value(QStringLiteral("id")).toInteger();
    switch (entry.operation) {
    case Operation::CreateTicket:
        if (auto adopted = overlay.adoptTicket(entry.localId(), answeredId); !adopted)
            return adopted;
        if (answer.contains(QStringLiteral("version")))
            return m_replica.applyTickets(QJsonArray{answer});
        return {};
    case Operation::PostMessage:
        if (answer.contains(QStringLiteral("ticket_id")))
            return m_replica.applyMessages(QJsonArray{answer});
        return {};
    case Operation::UpdateTicket:
    case Operation::Merge:
    case Operation::Split:
        // The merge target, or the ticket split off, as the server now has it.
        if (answer.contains(QStringLiteral("version")))
            return m_replica.applyTickets(QJsonArray{answer});
        return {};
    case Operation::Rate:
        break;
    }
    return {};
}

Result<void> Outbox::remove(const OutboxEntry &entry)
{
    Statement remove(m_replica.database(), QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    if (!remove.bind(entry.id).exec())
        return remove.error();
    if (entry.operation == Operation::UpdateTicket)
        return PendingOverlay(m_replica.database()).refresh(entry.ticketId);
    return {};
}

Result<void> Outbox::rebase(const OutboxEntry &entry, const QJsonObject &patch,
                            const QJsonObject &theirs)
{
    if (patch.isEmpty())
        return acknowledge(entry, theirs);
    QJsonObject base = FieldMerge::snapshot(theirs);
    base.insert(QStringLiteral("version"), theirs.value(QStringLiteral("version")));
    storage::Transaction tx(m_replica.database());
    if (!tx)
        return tx.error();
    // The server's newer copy goes in too, so the replica shows their changes at once.
    if (auto applied = m_replica.applyTickets(QJsonArray{theirs}); !applied)
        return applied;
    Statement update(m_replica.database(),
                     QStringLiteral("UPDATE outbox SET payload = ?, base = ?, theirs = NULL, "
                                    "state = 'pending', last_error = NULL WHERE id = ?"));
    if (!update.bind(ReplicaJson::text(patch)).bind(ReplicaJson::text(base)).bind(entry.id).exec())
        return update.error();
    if (auto refreshed = PendingOverlay(m_replica.database()).refresh(entry.ticketId); !refreshed)
        return refreshed;
    return tx.commit();
}

Result<void> Outbox::markConflict(const OutboxEntry &entry, const QJsonObject &theirs)
{
    return setState(entry, State::Conflict,
                    tr("Someone else changed the same fields of this ticket meanwhile."), theirs);
}

Result<void> Outbox::markFailed(const OutboxEntry &entry, const QString &reason)
{
    return setState(entry, State::Failed, reason, {});
}

Result<void> Outbox::noteAttempt(const OutboxEntry &entry, const QString &reason)
{
    Statement update(m_replica.database(),
                     QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                                    "WHERE id = ?"));
    if (!update.bind(reason).bind(entry.id).exec())
        return update.error();
    return {};
}

Result<void> Outbox::setState(const OutboxEntry &entry, State state, const QString &reason,
                              const QJsonObject &theirs)
{
    Statement update(m_replica.database(),
                     QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, theirs = ? "
                                    "WHERE id = ?"));
    update.bind(stateName(state))
        .bind(reason)
        .bind(theirs.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                               : ReplicaJson::text(theirs))
        .bind(entry.id);
    if (!update.exec())
        return update.error();
    return {};
}

QList<FieldConflict> Outbox::conflicts(const OutboxEntry &entry)
{
    if (entry.state != State::Conflict)
        return {};
    return FieldMerge::merge(entry.base, entry.payload, entry.theirs).conflicts;
}

Result<void> Outbox::resolve(qint64 id, const QJsonObject &chosen)
{
    auto found = entry(id);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->state != State::Conflict)
        return invalid(tr("This change is not waiting for a decision any more."));
    OutboxEntry conflicted = *found.value();
    QJsonObject mine = conflicted.payload;
    for (const FieldConflict &conflict : conflicts(conflicted)) {
        if (!chosen.contains(conflict.field))
            return invalid(tr("Choose a value for %1.").arg(conflict.field));
        mine.insert(conflict.field, chosen.value(conflict.field));
    }
    const QJsonObject theirs = conflicted.theirs;
    const FieldMerge::Outcome merged =
        FieldMerge::merge(FieldMerge::snapshot(theirs), mine, theirs);
    return rebase(conflicted, merged.patch, theirs);
}

Result<void> Outbox::retry(qint64 id, const std::optional<QJsonObject> &payload)
{
    auto found = entry(id);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->state != State::Failed)
        return invalid(tr("This write is not waiting to be retried."));
    QJsonObject body = payload.value_or(found.value()->payload);
    if (found.value()->payload.contains(QStringLiteral("files")))
        body.insert(QStringLiteral("files"), found.value()->payload.value(QStringLiteral("files")));
    Statement update(m_replica.database(),
                     QStringLiteral("UPDATE outbox SET payload = ?, state = 'pending', "
                                    "last_error = NULL WHERE id = ?"));
    if (!update.bind(ReplicaJson::text(body)).bind(id).exec())
        return update.error();
    return {};
}

Result<void> Outbox::discard(qint64 id)
{
    auto found = entry(id);
    if (!found)
        return found.error();
    if (!found.value())
        return {};
    const OutboxEntry dropped = *found.value();
    storage::Database &db = m_replica.database();
    storage::Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto removed = PendingOverlay(db).removeLocal(dropped); !removed)
        return removed;
    if (dropped.operation == Operation::CreateTicket) {
        // What was written for a ticket that will never exist goes with it.
        for (const char *sql : {"DELETE FROM outbox WHERE ticket_id = ?",
                                "DELETE FROM messages WHERE ticket_id = ?"}) {
            Statement remove(db, QString::fromLatin1(sql));
            if (!remove.bind(dropped.localId()).exec())
                return remove.error();
        }
    }
    if (auto removed = remove(dropped); !removed)
        return removed;
    if (auto committed = tx.commit(); !committed)
        return committed;
    removeFiles(dropped);
    return {};
}

Result<void> Outbox::refreshOverlay()
{
    return PendingOverlay(m_replica.database()).refreshAll();
}

} // namespace sd::client
