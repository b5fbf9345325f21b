#include "slapauserepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

SlaPauseRepository::SlaPauseRepository(Database &db) : m_db(db) {}

Result<QList<core::SlaStop>> SlaPauseRepository::forTicket(qint64 ticketId)
{
    Statement rows(m_db, QStringLiteral("SELECT started_at, ended_at, reason FROM sla_pauses "
                                        "WHERE ticket_id = ? ORDER BY started_at, id"));
    if (!rows.bind(ticketId).exec())
        return rows.error();
    QList<core::SlaStop> stops;
    while (rows.next())
        stops.append({rows.time(0), rows.time(1), rows.text(2)});
    return stops;
}

Result<void> SlaPauseRepository::add(qint64 ticketId, const core::SlaStop &stop)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO sla_pauses (ticket_id, started_at, "
                                          "ended_at, reason) VALUES (?, ?, ?, ?)"));
    insert.bind(ticketId).bindTime(stop.from).bindTime(stop.to).bind(stop.reason);
    if (!insert.exec())
        return insert.error();
    return {};
}

Result<void> SlaPauseRepository::end(qint64 ticketId, const QDateTime &at)
{
    Statement update(m_db, QStringLiteral("UPDATE sla_pauses SET ended_at = ? WHERE ticket_id = ? "
                                          "AND ended_at IS NULL"));
    if (!update.bindTime(at).bind(ticketId).exec())
        return update.error();
    return {};
}

} // namespace sd::storage
