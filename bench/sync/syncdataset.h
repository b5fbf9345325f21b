#pragma once

#include <QString>
#include <QStringList>

namespace sd::storage {
class Database;
}

namespace sd::bench {

// What a first sync downloads, written straight into a freshly migrated database in a few
// INSERT ... SELECT statements (SQLite and PostgreSQL): one customer organisation, a
// supervisor (sees everything: the user who syncs), an agent of both queues (the one who
// edits), and `tickets` tickets with three messages each (the customer's request, the
// agent's reply, then an internal note on every third ticket, a customer follow-up on the
// others), bodies of a few hundred characters. Mostly closed or resolved tickets, ids growing
// with creation time, Support/Development 80/20. Deterministic.
class SyncDataSet final
{
public:
    static constexpr int MessagesPerTicket = 3;

    explicit SyncDataSet(storage::Database &db);

    // False with *error set on failure.
    bool create(int tickets, QString *error);

    QString password() const { return m_password; }
    QString supervisorLogin() const { return QStringLiteral("boss"); }
    QString agentLogin() const { return QStringLiteral("agent"); }

private:
    bool createAccounts(QString *error);
    QString ticketSql(int tickets) const;
    QString messageSql() const;
    // Backend spellings: the numbers 1..count as rows g, a timestamp `seconds` from now,
    // and a timestamp column moved by `seconds`.
    QString series(int count) const;
    QString fromNow(const QString &seconds) const;
    QString shifted(const QString &column, const QString &seconds) const;

    storage::Database &m_db;
    QString m_password;
    qint64 m_customerId = 0;
    qint64 m_organisationId = 0;
    qint64 m_agentId = 0;
    qint64 m_supervisorId = 0;
    qint64 m_supportQueueId = 0;
    qint64 m_developmentQueueId = 0;
};

} // namespace sd::bench
