#pragma once

#include "core/message.h"
#include "result.h"
#include "ticketrepository.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace sd::storage {

class Database;

// A message's bodies as stored (UTF-8), for writers that copy them into JSON as they are.
struct StoredBodies
{
    QByteArray html;
    QByteArray text;
};

// The messages of a sync page. On SQLite their bodies come as stored, in `bodies` by message
// id, and the messages' own body fields stay empty (unless the stored bytes are not UTF-8).
struct SnapshotMessages
{
    QList<core::Message> messages;
    QHash<qint64, StoredBodies> bodies;
};

// What a client's first sync reads: pages of tickets as TicketRepository::list gives them,
// their messages as MessageRepository::forTickets does (without the e-mail headers the sync
// pages do not carry; on SQLite grouped by ticket, each ticket's oldest first, and with their
// bodies as stored, see SnapshotMessages), and where every page of a sync will start.
//
// On SQLite the tickets and messages are read through SQLite's own API (SqliteStatement):
// through QtSql these reads were two thirds of the server's time for a page, every value
// converted to UTF-16 by SQLite and wrapped in a QVariant before it was read, every timestamp
// parsed by QDateTime. The SQL and the column order are the repositories' own
// (TicketListQuery, TicketRow), so both paths read the same rows. PostgreSQL goes through
// the repositories.
class SnapshotRepository final
{
public:
    explicit SnapshotRepository(Database &db) : m_db(db) {}

    // A filter without text (the sync pages have none).
    Result<TicketPage> tickets(const TicketFilter &filter);
    Result<SnapshotMessages> messages(const QList<qint64> &ticketIds, bool includeInternal);
    // The `after` cursor of every page but the first of a sync with this filter and page size
    // (the id of each page's last ticket), newest first: a client that knows them can ask for
    // several pages at once. Ignores filter.after and filter.limit.
    Result<QList<qint64>> pageCursors(const TicketFilter &filter, int pageSize);
    // Whether a ticket with an id from `lowest` to `highest` has links, or tags: most pages
    // have none, and asking is a range read instead of a list of 256 bound ids.
    Result<bool> anyLinks(qint64 lowest, qint64 highest);
    Result<bool> anyTags(qint64 lowest, qint64 highest);

private:
    Result<bool> exists(const QString &sql, int rangeCount, qint64 lowest, qint64 highest);
    Result<TicketPage> sqliteTickets(const TicketFilter &filter);
    Result<SnapshotMessages> sqliteMessages(const QList<qint64> &ticketIds, bool includeInternal);

    Database &m_db;
};

} // namespace sd::storage
