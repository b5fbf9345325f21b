#pragma once

#include "databaseurl.h"
#include "result.h"
#include "slareport.h"
#include "sqlfragment.h"

#include <functional>

namespace sd::storage {

class Database;
class Statement;

// Pieces the SLA report's queries share: the scope's ticket filters, a timestamp's local
// calendar day, status lists, and running a fragment.
class ReportSql final
{
public:
    ReportSql() = delete;

    // Literal status lists for IN (...): the workflow's active and done statuses.
    static QString activeStatuses();
    static QString doneStatuses();

    static bool isFiltered(const SlaReportScope &scope);
    // " AND ..." conditions on the tickets row `alias` for the scope's filters; empty when
    // none is set.
    static SqlFragment ticketFilter(const SlaReportScope &scope, const QString &alias);
    // " JOIN tickets t ON t.id = <ticketColumn> AND ..." when the scope filters tickets;
    // empty otherwise, so tables keyed by ticket are read without touching tickets.
    static SqlFragment filteredTickets(const SlaReportScope &scope, const QString &ticketColumn);
    // [start, end) as values for "column >= ? AND column < ?".
    static QVariantList range(const QDateTime &start, const QDateTime &end);
    static QVariant time(const QDateTime &at);

    // The calendar day in `zone` of the timestamp `column` (a date, text "YYYY-MM-DD" on
    // SQLite; both read back as that text), for instants in
    // [start, end). The zone's offsets over that span come from Qt's time zone data and
    // are bound as values, so both backends cut days at the same instants, DST included.
    static SqlFragment localDay(Backend backend, const QString &column, const QTimeZone &zone,
                                const QDateTime &start, const QDateTime &end);

    // Prepares the fragment, binds its values, runs it and calls `row` for every result row.
    static Result<void> forEachRow(Database &db, const SqlFragment &query,
                                   const std::function<void(const Statement &)> &row);

    static void append(SqlFragment &to, const QString &sql, const QVariantList &values = {});
    static void append(SqlFragment &to, const SqlFragment &fragment);
};

} // namespace sd::storage
