#pragma once

#include "fieldconflict.h"
#include "outboxentry.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace sd::client {

class Replica;

// Every local write goes here first, in the replica's database, with a client-made UUID, and
// shows in the views at once as pending (PendingOverlay). OutboxSender sends the entries in
// order and the server applies each UUID once, so nothing typed is lost by a crash, a kill or
// a network outage, and nothing is applied twice. Files attached to a write are copied into
// the outbox's folder when it is queued, so deleting or editing the original meanwhile
// changes nothing.
//
// Writes for one ticket keep their order: while an entry waits for the user (failed or in
// conflict), later writes for the same ticket wait too; other tickets' writes go on.
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    // `author` ({id, name}) is shown on pending messages; `filesDirectory` holds the copies
    // of attached files until their write is acknowledged.
    Outbox(Replica &replica, const QJsonObject &author, const QString &filesDirectory);

    // The body of POST /api/v1/tickets (attachments come from `files`).
    storage::Result<OutboxEntry> createTicket(const QJsonObject &request,
                                              const QStringList &files = {});
    // The body of POST /api/v1/tickets/{id}/messages; `ticketId` may be a local (negative) id.
    storage::Result<OutboxEntry> postMessage(qint64 ticketId, const QJsonObject &message,
                                             const QStringList &files = {});
    // PATCH fields (TicketPatch wire names), edited from the ticket as the replica shows it.
    storage::Result<OutboxEntry> updateTicket(qint64 ticketId, const QJsonObject &changes);
    storage::Result<OutboxEntry> rate(qint64 ticketId, int score, const QString &comment);
    // POST /api/v1/tickets/{id}/merge: the ticket becomes part of `intoTicketId`.
    storage::Result<OutboxEntry> merge(qint64 ticketId, qint64 intoTicketId);
    // POST /api/v1/tickets/{id}/split: the message becomes a new linked ticket.
    storage::Result<OutboxEntry> split(qint64 ticketId, qint64 messageId, const QString &subject);

    // The oldest entry that may be sent now, if any.
    storage::Result<std::optional<OutboxEntry>> next();
    storage::Result<QList<OutboxEntry>> entries();
    storage::Result<std::optional<OutboxEntry>> entry(qint64 id);

    // Called by the sender.
    storage::Result<void> recordUpload(const OutboxEntry &entry, int fileIndex,
                                       qint64 attachmentId);
    // The server applied the entry and answered `answer`: the answer replaces the pending rows
    // in one transaction with removing the entry.
    storage::Result<void> acknowledge(const OutboxEntry &entry, const QJsonObject &answer);
    // A 409 merged cleanly: send `patch` against the server's `theirs` next time.
    storage::Result<void> rebase(const OutboxEntry &entry, const QJsonObject &patch,
                                 const QJsonObject &theirs);
    storage::Result<void> markConflict(const OutboxEntry &entry, const QJsonObject &theirs);
    storage::Result<void> markFailed(const OutboxEntry &entry, const QString &reason);
    storage::Result<void> noteAttempt(const OutboxEntry &entry, const QString &reason);

    // The user's side.
    // The fields in conflict for an entry in State::Conflict (empty otherwise).
    static QList<FieldConflict> conflicts(const OutboxEntry &entry);
    // Settles a conflict: `chosen` gives the value to keep for each conflicting field (the
    // server's value keeps theirs); the edit is then sent against the server's version.
    storage::Result<void> resolve(qint64 id, const QJsonObject &chosen);
    // A refused entry, corrected (or as it was), goes back into the queue.
    storage::Result<void> retry(qint64 id, const std::optional<QJsonObject> &payload = {});
    // Drops the entry and what it showed; the server's copy shows again.
    storage::Result<void> discard(qint64 id);

    // Puts waiting edits back on top of what a sync just applied.
    storage::Result<void> refreshOverlay();

private:
    storage::Result<OutboxEntry> enqueue(OutboxEntry::Operation operation, qint64 ticketId,
                                         QJsonObject payload, const QJsonObject &base,
                                         const QStringList &files);
    storage::Result<QJsonArray> copyFiles(const QByteArray &uuid, const QStringList &files);
    storage::Result<void> setState(const OutboxEntry &entry, OutboxEntry::State state,
                                   const QString &reason, const QJsonObject &theirs);
    storage::Result<void> remove(const OutboxEntry &entry);
    storage::Result<void> applyAnswer(const OutboxEntry &entry, const QJsonObject &answer);
    void removeFiles(const OutboxEntry &entry) const;

    Replica &m_replica;
    QJsonObject m_author;
    QString m_filesDirectory;
};

} // namespace sd::client
