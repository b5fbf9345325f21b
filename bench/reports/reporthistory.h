#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::bench {

// A year of a help desk's history for the SLA report, written straight in SQL on either
// backend (a number series from generate_series or a recursive CTE, INSERT ... SELECT; no
// row-by-row round trips): `tickets` tickets evenly spread over the year before `end`, 40
// agents, six queues, 200 organisations with contracts of three support levels, SLA targets
// for every ticket, audit events (creation, assignment, status changes with 5 % reopened) and
// ratings for about 20 % of the finished tickets.
//
// Shares: statuses by age (a day old: mostly new or open; older than a month: 97.5 %
// closed), resolutions answered 45 % / fixed 25 % / insufficient information 8 % /
// cannot reproduce 6 % / out of scope 5 % / duplicate 5 % (half merged) / feature accepted
// 5 % / declined abusive 1 %, categories question 50 % / incident 30 % / feature request 10 % /
// consultation 10 %, ratings 5: 55 %, 4: 25 %, 3: 10 %, 2: 5 %, 1: 5 %. Pseudo-random choices
// hash the row number, so both backends get the same data. Full-text indexing is left out (the
// report does not search): PostgreSQL rows carry 64 precomputed vectors, SQLite's FTS trigger
// is suspended.
class ReportHistory final
{
public:
    ReportHistory(storage::Database &db, int tickets, const QDateTime &end);

    bool build(QString *error);
    // Bench tickets already in the database (a reused --db).
    static int existingTickets(storage::Database &db, QString *error);

private:
    bool accounts(QString *error);
    bool history(QString *error);
    bool texts(QString *error);
    bool tickets(QString *error);
    // Checks the ids follow the row numbers and merges half the duplicates into the ticket
    // before them.
    bool afterTickets(QString *error);
    bool targets(QString *error);
    bool audit(QString *error);
    bool ratings(QString *error);
    bool analyse(QString *error);
    bool exec(const QString &sql, QString *error);
    bool queryId(const QString &sql, qint64 *id, QString *error);
    // Replaces ${NAME} tokens: sizes, ids, and the backend's spellings of a number series
    // ${SERIES:n} and of an epoch-seconds timestamp ${TS:expression}.
    QString expand(QString sql) const;

    storage::Database &m_db;
    int m_tickets;
    qint64 m_end;
    QHash<QString, QString> m_values;
};

} // namespace sd::bench
