#include "ticketlistquery.h"

#include "statement.h"
#include "ticketrepository.h"
#include "ticketrow.h"

namespace sd::storage {

namespace {

// Literals, not parameters, so that PostgreSQL can prove the partial deadline indexes of
// migration 3 apply even to a generic plan.
const QString ActiveStatuses = QStringLiteral("t.status IN ('new', 'open', 'in_development')");
const QString FirstResponseDue =
    QStringLiteral("(t.first_response_at IS NULL AND t.first_response_due <= ?)");

// The kind of the ticket's contract, else of its organisation's primary (oldest active)
// contract; then the nearest due of a running or breached target.
const QString NextOrder = QStringLiteral(
    " ORDER BY CASE WHEN (SELECT c.customer_kind FROM contracts c WHERE c.active = TRUE AND "
    "(c.id = t.contract_id OR (t.contract_id IS NULL AND c.organisation_id = t.organisation_id)) "
    "ORDER BY c.id LIMIT 1) = 'paying' THEN 0 ELSE 1 END, "
    "(SELECT MIN(st.due_at) FROM sla_targets st WHERE st.ticket_id = t.id AND st.state IN "
    "('running', 'breached')) NULLS LAST, t.id");

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

SqlFragment TicketListQuery::conditions(const TicketFilter &filter)
{
    SqlFragment query;
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
    if (filter.scopeQueueIds) {
        query.sql += QStringLiteral(" AND (t.queue_id IS NULL OR t.assignee_id = ?");
        query.values << filter.scopeAssigneeId;
        if (!filter.scopeQueueIds->isEmpty()) {
            const SqlFragment list = idList(*filter.scopeQueueIds);
            query.sql += u" OR t.queue_id IN (" + list.sql + u')';
            query.values += list.values;
        }
        query.sql += u')';
    }
    if (filter.requesterId != 0) {
        query.sql += QStringLiteral(" AND t.requester_id = ?");
        query.values << filter.requesterId;
    }
    if (filter.slaDueBefore.isValid()) {
        const QString due = Statement::timeText(filter.slaDueBefore);
        query.sql += u" AND " + ActiveStatuses + u" AND (" + FirstResponseDue +
                     u" OR t.resolution_due <= ?)";
        query.values << due << due;
    }
    return query;
}

SqlFragment TicketListQuery::page(const TicketFilter &filter, int rowLimit)
{
    const SqlFragment where = conditions(filter);
    SqlFragment query{u"SELECT " + TicketRow::selectColumns() + u" FROM tickets t WHERE 1 = 1" +
                          where.sql,
                      where.values};
    if (filter.order == TicketFilter::Order::Next) {
        query.sql += NextOrder + u" LIMIT ? OFFSET ?";
        query.values << rowLimit << filter.after;
        return query;
    }
    if (filter.after > 0) {
        query.sql += QStringLiteral(" AND t.id < ?");
        query.values << filter.after;
    }
    query.sql += QStringLiteral(" ORDER BY t.id DESC LIMIT ?");
    query.values << rowLimit;
    return query;
}

SqlFragment TicketListQuery::count(const TicketFilter &filter, int cap)
{
    if (!filter.slaDueBefore.isValid()) {
        const SqlFragment where = conditions(filter);
        return cappedCount(where.sql, where.values, cap);
    }
    // The OR of the two deadlines would make PostgreSQL read the heap (or the whole table);
    // counted apart, each branch is an index-only scan of its partial index, and the second
    // leaves out what the first counted.
    TicketFilter rest = filter;
    rest.slaDueBefore = QDateTime();
    const SqlFragment where = conditions(rest);
    const QString due = Statement::timeText(filter.slaDueBefore);
    const SqlFragment firstResponse =
        cappedCount(where.sql + u" AND " + ActiveStatuses + u" AND " + FirstResponseDue,
                    where.values + QVariantList{due}, cap);
    const SqlFragment resolution =
        cappedCount(where.sql + u" AND " + ActiveStatuses +
                        u" AND t.resolution_due <= ? AND NOT (t.first_response_at IS NULL AND "
                        u"t.first_response_due IS NOT NULL AND t.first_response_due <= ?)",
                    where.values + QVariantList{due, due}, cap);
    return {u"SELECT (" + firstResponse.sql + u") + (" + resolution.sql + u')',
            firstResponse.values + resolution.values};
}

SqlFragment TicketListQuery::cappedCount(const QString &conditions, const QVariantList &values,
                                         int cap)
{
    SqlFragment query{u"SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE 1 = 1" + conditions +
                          u" LIMIT ?) capped",
                      values};
    query.values << cap + 1;
    return query;
}

SqlFragment TicketListQuery::byIds(const QList<qint64> &ids)
{
    const SqlFragment list = idList(ids);
    return {u"SELECT " + TicketRow::selectColumns() + u" FROM tickets t WHERE t.id IN (" +
                list.sql + u") ORDER BY t.id DESC",
            list.values};
}

SqlFragment TicketListQuery::idList(const QList<qint64> &ids)
{
    qsizetype size = 1;
    while (size < ids.size())
        size *= 2;
    SqlFragment list{QStringList(size, QStringLiteral("?")).join(u", "), {}};
    for (qsizetype i = 0; i < size; ++i)
        list.values << (ids.isEmpty() ? 0 : ids.at(qMin(i, ids.size() - 1)));
    return list;
}

} // namespace sd::storage
