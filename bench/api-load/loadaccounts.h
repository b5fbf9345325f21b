#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sd::storage {
class Database;
}

namespace sd::bench {

// The people of the benchmark, written straight into a migrated database: one customer
// organisation with a customer per load client (they file and read the tickets, as through
// the submission dialog) and agents working the Support queue (they look at the lists).
// Everyone has the same password, hashed once: Argon2id is slow on purpose.
struct LoadAccounts
{
    static constexpr int Customers = 16;
    static constexpr int Agents = 10;

    QString password;
    QStringList customerLogins;
    QStringList agentLogins;
    QList<qint64> agentIds;
    qint64 customerId = 0; // the first customer: requester of the bulk-loaded tickets
    qint64 organisationId = 0;
    qint64 supportQueueId = 0;
    qint64 developmentQueueId = 0;

    // Migrates the database and creates the accounts; false with *error set on failure.
    bool create(storage::Database &db, QString *error);
};

} // namespace sd::bench
