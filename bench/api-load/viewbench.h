#pragma once

#include "latencies.h"
#include "storage/sqlfragment.h"
#include "storage/ticketrepository.h"

#include <QList>
#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::bench {

class AsyncApiClient;
struct LoadAccounts;

// The agent's ticket views over a large table: list pages through the HTTP API (first page
// and the page reached by following `next` five times) and its capped count
// (GET /api/v1/tickets/count), each with the plan of its SQL on stderr.
class ViewBench final
{
public:
    struct View
    {
        QString name;     // figure name part: my_open, unassigned, all_open, breaching_soon
        QString apiQuery; // GET /api/v1/tickets and /tickets/count query
        storage::TicketFilter filter; // what the server makes of it, for the plans
    };

    ViewBench(storage::Database &db, AsyncApiClient &agent, const LoadAccounts &accounts,
              int rounds);

    // Prints the figures; returns the number of failed requests or queries.
    int run();

private:
    QList<View> views() const;
    void measureApiList(const View &view);
    void measureApiCount(const View &view);
    // EXPLAIN ANALYZE with the values written in, on stderr; warns about whole-table scans.
    void explain(const QString &label, const storage::SqlFragment &query);
    QString inlined(const storage::SqlFragment &query) const;
    void fail(const QString &message);

    storage::Database &m_db;
    AsyncApiClient &m_agent;
    const LoadAccounts &m_accounts;
    int m_rounds;
    int m_errors = 0;
};

} // namespace sd::bench
