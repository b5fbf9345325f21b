#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace sd::client {

class ClientSession;
struct OutboxEntry;

// Sends the customer's new requests and follows each to its outcome. A request goes into the
// session's outbox first (its UUID is the Idempotency-Key, so however often it is sent the
// server makes one ticket) and is sent at once when the server is reachable. Each request
// ends in one of three reports: queued (the server cannot be reached; it goes when the
// connection is back), submitted (with the ticket number the server acknowledged) or refused
// (the field the server named and its message).
//
// The requests being followed are remembered in the profile's folder, so a request queued
// before the program was closed or killed is still reported when it is acknowledged in a
// later run: the customer learns its number all the same.
class RequestSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSubmitter)

public:
    static inline const QString FollowFileName = QStringLiteral("submitted-requests.json");

    // `session` is not owned and must outlive the submitter.
    explicit RequestSubmitter(ClientSession &session, QObject *parent = nullptr);

    // Queues a ticket-create body (DESIGN.md wire names) with the files to upload; the answer
    // is the outbox entry's id, which the reports name.
    storage::Result<qint64> submit(const QJsonObject &request, const QStringList &files);
    // Takes up the requests of earlier runs: refused ones that were never shown are reported
    // now, waiting ones like new ones. Call once the receivers are connected.
    void resume();

    // Requests submitted and not yet acknowledged or refused.
    QList<qint64> waiting() const { return m_followed.keys(); }

    // A request the server refused: out of the outbox (it would show as a ticket that never
    // comes), kept here across restarts until it is back on the form for the customer to
    // correct, so nothing typed is lost.
    struct Returned
    {
        qint64 entryId = 0;
        QJsonObject request; // the ticket-create body as submitted
        QString field;       // the refused field, or empty
        QString message;
    };
    bool hasReturned() const { return !m_returned.isEmpty(); }
    // The oldest returned request, or the one of `entryId` when given; removed from the list.
    std::optional<Returned> takeReturned(qint64 entryId = 0);

signals:
    void queued(qint64 entryId);
    void submitted(qint64 entryId, const QString &number, qint64 ticketId);
    void refused(qint64 entryId, const QString &field, const QString &message);

private:
    struct Followed
    {
        QByteArray uuid;
        bool queuedReported = false;
    };

    void acknowledged(const OutboxEntry &entry, const QJsonObject &answer);
    void senderRefused(const OutboxEntry &entry, const QString &message, const QString &field);
    void reportQueued();
    bool follows(const OutboxEntry &entry) const;
    void forget(qint64 entryId);
    void load();
    void save() const;
    QString followFile() const;

    ClientSession &m_session;
    QHash<qint64, Followed> m_followed; // by outbox entry id
    QList<Returned> m_returned;
};

} // namespace sd::client
