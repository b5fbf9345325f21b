#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sd::client {

// One local write waiting in the Outbox. `uuid` goes out as the Idempotency-Key, so sending it
// again after a crash or a lost answer is applied once.
struct OutboxEntry
{
    enum class Operation { CreateTicket, PostMessage, UpdateTicket, Rate, Merge, Split };
    // Pending: will be sent. Failed: the server refused it (lastError says why); kept for the
    // user to amend, retry or discard. Conflict: an edit that needs the user's choice.
    enum class State { Pending, Failed, Conflict };

    qint64 id = 0;
    QByteArray uuid;
    Operation operation = Operation::CreateTicket;
    // The server's ticket id; negative for a ticket created offline and not yet acknowledged
    // (that ticket's local id, which is minus its CreateTicket entry's id).
    qint64 ticketId = 0;
    // The request body; "files" lists local copies to upload first ({path, name,
    // attachment_id once uploaded}).
    QJsonObject payload;
    // UpdateTicket: every patchable field as the edit started, plus "version".
    QJsonObject base;
    // Conflict: the server's ticket the edit collided with.
    QJsonObject theirs;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;

    qint64 localId() const { return -id; }
};

} // namespace sd::client

Q_DECLARE_METATYPE(sd::client::OutboxEntry)
