#pragma once

#include <QString>

namespace sd::storage {
class Database;
}

namespace sd::bench {

struct LoadAccounts;

// Fills the tickets table with a help desk's history straight in SQL (one INSERT ... SELECT
// over generate_series, then ANALYZE): unique numbers, mostly resolved or closed tickets with
// the active ones spread over the whole table, queues Support/Development, assignees among
// the agents (new tickets mostly unassigned), first-response deadlines of active tickets
// spread two days either side of now. PostgreSQL only.
class TicketBulkLoad final
{
public:
    TicketBulkLoad(storage::Database &db, const LoadAccounts &accounts);

    // False with *error set on failure or when it takes longer than `timeoutSeconds`.
    bool run(int tickets, int timeoutSeconds, QString *error);

private:
    QString insertSql(int tickets) const;

    storage::Database &m_db;
    const LoadAccounts &m_accounts;
};

} // namespace sd::bench
