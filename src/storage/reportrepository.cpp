#include "reportrepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

ReportRepository::ReportRepository(Database &db) : m_db(db) {}

Result<QList<SlaReportRow>> ReportRepository::sla(const QDateTime &from, const QDateTime &to,
                                                  Group group, const QDateTime &now)
{
    // The column comes from this fixed switch, never from input, so it may be spliced in.
    const QString column = group == Group::Queue   ? QStringLiteral("queue_id")
                           : group == Group::Agent ? QStringLiteral("assignee_id")
                                                   : QStringLiteral("category");
    static const QString sql = QStringLiteral(
        "SELECT %1, COUNT(*), "
        "SUM(CASE WHEN status IN ('resolved', 'closed') THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN first_response_due IS NOT NULL AND "
        "(first_response_at > first_response_due OR "
        "(first_response_at IS NULL AND first_response_due < ?)) THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN resolution_due IS NOT NULL AND "
        "(resolved_at > resolution_due OR "
        "(resolved_at IS NULL AND resolution_due < ?)) THEN 1 ELSE 0 END) "
        "FROM tickets WHERE created_at >= ? AND created_at < ? AND merged_into_id IS NULL "
        "GROUP BY %1 ORDER BY COUNT(*) DESC");
    Statement select(m_db, sql.arg(column));
    select.bindTime(now).bindTime(now).bindTime(from);
    if (!select.bindTime(to).exec())
        return select.error();
    QList<SlaReportRow> rows;
    while (select.next()) {
        SlaReportRow row;
        row.key = select.text(0);
        row.tickets = int(select.id(1));
        row.done = int(select.id(2));
        row.firstResponseBreached = int(select.id(3));
        row.resolutionBreached = int(select.id(4));
        rows.append(row);
    }
    return rows;
}

} // namespace sd::storage
