#pragma once

#include "core/ticket.h"
#include "result.h"

#include <QList>
#include <QStringList>

namespace sd::storage {

class Database;

// A ticket's tags: names kept once in `tags`, linked through `ticket_tags`.
class TicketTags final
{
public:
    TicketTags() = delete;

    // Trimmed, without empty names or case-insensitive duplicates, sorted.
    static QStringList normalized(const QStringList &tags);
    // Makes the ticket's tags exactly `tags` (normalized by the caller).
    static Result<void> replace(Database &db, qint64 ticketId, const QStringList &tags);
    // Adds `tags` to a ticket that has none of them yet (a new one).
    static Result<void> add(Database &db, qint64 ticketId, const QStringList &tags);
    // Fills Ticket::tags of each ticket with one query.
    static Result<void> load(Database &db, QList<core::Ticket> &tickets);
};

} // namespace sd::storage
