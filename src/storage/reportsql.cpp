#include "reportsql.h"

#include "core/ticketworkflow.h"
#include "database.h"
#include "statement.h"

namespace sd::storage {

namespace {

// Enum spellings are fixed identifiers, so they may be spliced in as literals (which also
// lets PostgreSQL match partial indexes written with the same lists).
QString statusList(bool done)
{
    QStringList quoted;
    for (const QString &name : core::allNames<core::TicketStatus>()) {
        if (core::TicketWorkflow::isDone(*core::fromString<core::TicketStatus>(name)) == done)
            quoted.append(u'\'' + name + u'\'');
    }
    return u'(' + quoted.join(u", ") + u')';
}

} // namespace

QString ReportSql::activeStatuses()
{
    static const QString list = statusList(false);
    return list;
}

QString ReportSql::doneStatuses()
{
    static const QString list = statusList(true);
    return list;
}

bool ReportSql::isFiltered(const SlaReportScope &scope)
{
    return scope.queueId != 0 || scope.agentId != 0 || scope.organisationId != 0 ||
           !scope.supportLevel.isEmpty();
}

SqlFragment ReportSql::ticketFilter(const SlaReportScope &scope, const QString &alias)
{
    SqlFragment filter;
    const std::pair<qint64, QLatin1StringView> ids[] = {
        {scope.queueId, QLatin1StringView("queue_id")},
        {scope.agentId, QLatin1StringView("assignee_id")},
        {scope.organisationId, QLatin1StringView("organisation_id")},
    };
    for (const auto &[id, column] : ids) {
        if (id != 0)
            append(filter, u" AND " + alias + u'.' + column + u" = ?", {id});
    }
    if (!scope.supportLevel.isEmpty()) {
        const QString contracts =
            alias + u".contract_id IN (SELECT id FROM contracts WHERE support_level = ?)";
        if (scope.supportLevel == SlaReportScope::DefaultSupportLevel)
            append(filter, u" AND (" + alias + u".contract_id IS NULL OR " + contracts + u')',
                   {scope.supportLevel});
        else
            append(filter, u" AND " + contracts, {scope.supportLevel});
    }
    return filter;
}

SqlFragment ReportSql::filteredTickets(const SlaReportScope &scope, const QString &ticketColumn)
{
    if (!isFiltered(scope))
        return {};
    SqlFragment join{u" JOIN tickets t ON t.id = " + ticketColumn, {}};
    append(join, ticketFilter(scope, QStringLiteral("t")));
    return join;
}

QVariantList ReportSql::range(const QDateTime &start, const QDateTime &end)
{
    return {time(start), time(end)};
}

QVariant ReportSql::time(const QDateTime &at)
{
    return Statement::timeText(at);
}

SqlFragment ReportSql::localDay(Backend backend, const QString &column, const QTimeZone &zone,
                                const QDateTime &start, const QDateTime &end)
{
    const bool sqlite = backend == Backend::Sqlite;
    const auto offset = [sqlite](int seconds) -> QVariant {
        if (sqlite)
            return QString(QLatin1StringView(seconds < 0 ? "-" : "+") +
                           QString::number(qAbs(seconds)) + u" seconds");
        return seconds;
    };
    const QString value = sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS INTEGER)");
    // CASE WHEN column < <first transition> THEN <offset before it> ... ELSE <last offset> END
    SqlFragment shift{QStringLiteral("CASE"), {}};
    int current = zone.offsetFromUtc(start);
    for (const QTimeZone::OffsetData &change : zone.transitions(start, end)) {
        if (change.atUtc <= start || change.offsetFromUtc == current)
            continue;
        append(shift, u" WHEN " + column + u" < ? THEN " + value,
               {time(change.atUtc), offset(current)});
        current = change.offsetFromUtc;
    }
    append(shift, u" ELSE " + value + u" END", {offset(current)});
    if (shift.values.size() == 1)
        shift.sql = value;
    if (sqlite)
        return {u"date(" + column + u", " + shift.sql + u')', shift.values};
    // A date, read back as "YYYY-MM-DD" like SQLite's text; formatting it per row cost more.
    return {u"CAST((" + column + u" AT TIME ZONE 'UTC') + (" + shift.sql +
                u") * interval '1 second' AS DATE)",
            shift.values};
}

Result<void> ReportSql::forEachRow(Database &db, const SqlFragment &query,
                                   const std::function<void(const Statement &)> &row)
{
    Statement select(db, query.sql);
    for (const QVariant &value : query.values)
        select.bind(value);
    if (!select.exec())
        return select.error();
    while (select.next())
        row(select);
    return {};
}

void ReportSql::append(SqlFragment &to, const QString &sql, const QVariantList &values)
{
    to.sql += sql;
    to.values += values;
}

void ReportSql::append(SqlFragment &to, const SqlFragment &fragment)
{
    append(to, fragment.sql, fragment.values);
}

} // namespace sd::storage
