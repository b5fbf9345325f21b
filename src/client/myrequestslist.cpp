#include "myrequestslist.h"

#include "replicajson.h"
#include "storage/statement.h"
#include "storage/ticketlistquery.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>

namespace sd::client {

namespace {

using storage::Result;
using storage::Statement;

const QString SelectColumns = QStringLiteral(
    "SELECT t.id, t.number, t.subject, t.status, COALESCE(t.updated_at, t.created_at), "
    "t.pending, t.json, (SELECT MAX(m.created_at) FROM messages m WHERE m.ticket_id = t.id), "
    "EXISTS (SELECT 1 FROM messages m WHERE m.ticket_id = t.id AND m.pending = 1) "
    "FROM tickets t");

qint64 seconds(const QString &wire)
{
    const QDateTime at = QDateTime::fromString(wire, Qt::ISODateWithMs);
    return at.isValid() ? at.toSecsSinceEpoch() : 0;
}

MyRequestsList::Item itemOf(const Statement &row)
{
    MyRequestsList::Item item;
    item.id = row.id(0);
    item.number = row.text(1);
    item.subject = row.text(2);
    item.status =
        core::fromString<core::TicketStatus>(row.text(3)).value_or(core::TicketStatus::New);
    // Messages are stamped by whoever wrote them (a pending one by this computer's clock), so
    // the newest of both is what the customer last saw happen.
    item.lastUpdate = std::max(seconds(row.text(4)), seconds(row.text(7)));
    item.pending = row.flag(5) || row.flag(8);
    const QJsonObject ticket = ReplicaJson::object(row.text(6));
    item.slaTargets =
        ticket.value(QStringLiteral("sla")).toObject().value(QStringLiteral("targets")).toArray();
    return item;
}

} // namespace

Result<QList<MyRequestsList::Item>> MyRequestsList::all()
{
    Statement select(m_db, SelectColumns);
    if (!select.exec())
        return select.error();
    QList<Item> items;
    while (select.next())
        items.append(itemOf(select));
    std::sort(items.begin(), items.end(), &MyRequestsList::isBefore);
    return items;
}

Result<QList<MyRequestsList::Item>> MyRequestsList::some(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Item>();
    // One statement for a burst of changes instead of one per ticket.
    const storage::SqlFragment list = storage::TicketListQuery::idList(ids);
    Statement select(m_db, SelectColumns + u" WHERE t.id IN (" + list.sql + u')');
    for (const QVariant &id : list.values)
        select.bind(id);
    if (!select.exec())
        return select.error();
    QList<Item> items;
    while (select.next())
        items.append(itemOf(select));
    return items;
}

bool MyRequestsList::isBefore(const Item &a, const Item &b)
{
    // Not yet sent first (a local id is minus its outbox entry's), then by the server's ids,
    // which grow with time.
    if ((a.id < 0) != (b.id < 0))
        return a.id < 0;
    return std::abs(a.id) > std::abs(b.id);
}

} // namespace sd::client
