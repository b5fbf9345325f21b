#pragma once

#include "replicarecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace sd::client {

// One page of GET /api/v1/sync/tickets, read in place (JsonScanner) from the body it keeps:
// the tickets and their messages as the replica stores them, and the page's cursor fields.
class SnapshotPage final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotPage)

public:
    // Empty for a page that is not the server's JSON; *error then says why.
    static std::optional<SnapshotPage> read(QByteArray body, QString *error);

    const QList<TicketRecord> &tickets() const { return m_tickets; }
    // The messages of tickets()[i]: messagesOf(i).
    std::span<const MessageRecord> messagesOf(qsizetype ticket) const;
    // The `after` of the next page; empty on the last one.
    const QString &next() const { return m_next; }
    qint64 seq() const { return m_seq; }
    // Only the first page says how many tickets the whole sync brings.
    std::optional<qint64> total() const { return m_total; }
    // The first page, when asked, says the `after` of every later page (newest first).
    const QList<qint64> &cursors() const { return m_cursors; }
    bool hasCursors() const { return m_hasCursors; }

private:
    SnapshotPage() = default;
    bool readItems(JsonScanner &scanner);
    bool readCursors(JsonScanner &scanner);
    bool readMember(JsonScanner &scanner, const JsonScanner::String &key);

    QByteArray m_body;
    QList<TicketRecord> m_tickets;
    QList<MessageRecord> m_messages;
    // Where each ticket's messages start in m_messages; one more entry than tickets.
    QList<qsizetype> m_messageStarts;
    QString m_next;
    qint64 m_seq = 0;
    std::optional<qint64> m_total;
    QList<qint64> m_cursors;
    bool m_hasCursors = false;
};

} // namespace sd::client
