#include "ticketlistquery.h"

#include "ticketrepository.h"
#include "ticketrow.h"

namespace sd::storage {

namespace {

void addOptionalId(SqlFragment &query, const QString &column, const std::optional<qint64> &id)
{
    if (!id)
        return;
    if (*id == 0) {
        query.sql += u" AND t." + column + u" IS NULL";
        return;
    }
    query.sql += u" AND t." + column + u" = ?";
    query.values << *id;
}

} // namespace

std::optional<SqlFragment> TicketListQuery::build(Backend backend, const TicketFilter &filter,
                                                  int rowLimit)
{
    SqlFragment query;
    query.sql = u"SELECT " + TicketRow::selectColumns() + u" FROM tickets t WHERE 1 = 1";
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const core::TicketStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            query.values << core::toString(status);
        }
        query.sql += u" AND t.status IN (" + marks.join(u", ") + u')';
    }
    addOptionalId(query, QStringLiteral("queue_id"), filter.queueId);
    addOptionalId(query, QStringLiteral("assignee_id"), filter.assigneeId);
    if (filter.organisationId != 0) {
        query.sql += QStringLiteral(" AND t.organisation_id = ?");
        query.values << filter.organisationId;
    }
    if (filter.requesterId != 0) {
        query.sql += QStringLiteral(" AND t.requester_id = ?");
        query.values << filter.requesterId;
    }
    if (filter.after > 0) {
        query.sql += QStringLiteral(" AND t.id < ?");
        query.values << filter.after;
    }
    if (!filter.text.trimmed().isEmpty()) {
        const std::optional<SqlFragment> matching =
            SearchSql::matchingTicketIds(backend, filter.text, filter.includeInternal);
        if (!matching)
            return std::nullopt;
        query.sql += u" AND t.id IN (" + matching->sql + u')';
        query.values += matching->values;
    }
    query.sql += QStringLiteral(" ORDER BY t.id DESC LIMIT ?");
    query.values << rowLimit;
    return query;
}

} // namespace sd::storage
