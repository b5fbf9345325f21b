#include "tickettags.h"

#include "statement.h"

#include <QHash>
#include <QSet>

namespace sd::storage {

namespace {

// IN lists are padded to a power of two, so a handful of statement texts serve every page
// size and the prepared-statement cache stays small.
qsizetype paddedSize(qsizetype count)
{
    qsizetype size = 1;
    while (size < count)
        size *= 2;
    return size;
}

} // namespace

QStringList TicketTags::normalized(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        out.append(name);
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<void> TicketTags::replace(Database &db, qint64 ticketId, const QStringList &tags)
{
    Statement clear(db, QStringLiteral("DELETE FROM ticket_tags WHERE ticket_id = ?"));
    if (!clear.bind(ticketId).exec())
        return clear.error();
    for (const QString &tag : tags) {
        Statement name(db, QStringLiteral("INSERT INTO tags (name) VALUES (?) "
                                          "ON CONFLICT (name) DO NOTHING"));
        if (!name.bind(tag).exec())
            return name.error();
        Statement link(db, QStringLiteral("INSERT INTO ticket_tags (ticket_id, tag_id) "
                                          "SELECT ?, id FROM tags WHERE name = ?"));
        if (!link.bind(ticketId).bind(tag).exec())
            return link.error();
    }
    return {};
}

Result<void> TicketTags::load(Database &db, QList<core::Ticket> &tickets)
{
    if (tickets.isEmpty())
        return {};
    const qsizetype size = paddedSize(tickets.size());
    QStringList marks(size, QStringLiteral("?"));
    Statement select(db, QStringLiteral("SELECT tt.ticket_id, g.name FROM ticket_tags tt "
                                        "JOIN tags g ON g.id = tt.tag_id "
                                        "WHERE tt.ticket_id IN (%1) ORDER BY g.name")
                             .arg(marks.join(u", ")));
    for (qsizetype i = 0; i < size; ++i)
        select.bind(tickets.at(qMin(i, tickets.size() - 1)).id);
    if (!select.exec())
        return select.error();
    QHash<qint64, QStringList> byTicket;
    while (select.next())
        byTicket[select.id(0)].append(select.text(1));
    for (core::Ticket &ticket : tickets) {
        ticket.tags = byTicket.value(ticket.id);
        ticket.tags.sort(Qt::CaseInsensitive);
    }
    return {};
}

} // namespace sd::storage
