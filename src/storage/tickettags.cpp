#include "tickettags.h"

#include "statement.h"
#include "ticketlistquery.h"

#include <QHash>
#include <QSet>

namespace sd::storage {

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
    return add(db, ticketId, tags);
}

Result<void> TicketTags::add(Database &db, qint64 ticketId, const QStringList &tags)
{
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
    QList<qint64> ids;
    for (const core::Ticket &ticket : tickets)
        ids.append(ticket.id);
    const SqlFragment list = TicketListQuery::idList(ids);
    Statement select(db, u"SELECT tt.ticket_id, g.name FROM ticket_tags tt JOIN tags g ON "
                         u"g.id = tt.tag_id WHERE tt.ticket_id IN (" +
                             list.sql + u") ORDER BY g.name");
    for (const QVariant &value : list.values)
        select.bind(value);
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
