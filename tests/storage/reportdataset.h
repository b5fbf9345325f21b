#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace sd::testing {

// The SLA report's fixed data set, written row by row with known timestamps (UTC): ten
// tickets around the period 2026-03-02 .. 2026-03-05 in Moscow days ([2026-03-01T21:00Z,
// 2026-03-05T21:00Z)), their SLA targets, audit events of status changes and ratings, two
// agents, two organisations with contracts of the support levels "premium" and "standard".
// The expected figures are worked out by hand in testreportrepository.cpp.
class ReportDataSet final
{
public:
    struct Ticket
    {
        QString status;
        QString resolution = QStringLiteral("none");
        QString category;
        QString queue;        // "Support", "Development" or empty
        QString agent;        // "anna", "boris" or empty
        QString organisation; // "Acme", "Beta" or empty (no contract either)
        QString created;
        QString firstResponseAt;
        QString firstResponseDue;
        QString resolutionDue;
        QString resolvedAt;
        QString mergedInto; // name of the surviving ticket
    };

    struct Target
    {
        QString ticket;
        QString target;
        QString state;
        QString dueAt;
        QString warnAt;
        QString metAt;
        int usedMinutes = 0;
        bool breached = false;
    };

    // Writes everything; false with *error set on failure.
    bool write(storage::Database &db, QString *error);
    // One more ticket (after write()), e.g. for a test's own period.
    bool insertTicket(const QString &name, const Ticket &t, QString *error);
    // One more SLA target of a ticket written before.
    bool insertTarget(const Target &t, QString *error);

    qint64 ticket(const QString &name) const { return m_tickets.value(name); }
    qint64 queue(const QString &name) const { return m_queues.value(name); }
    qint64 user(const QString &login) const { return m_users.value(login); }
    qint64 organisation(const QString &name) const { return m_organisations.value(name); }

    static QDateTime at(const QString &iso);

private:
    bool writeAccounts(QString *error);
    bool writeTickets(QString *error);
    bool writeTargets(QString *error);
    bool writeHistory(QString *error);
    bool run(const QString &sql, const QVariantList &values, QString *error, qint64 *id = nullptr);

    storage::Database *m_db = nullptr;
    QHash<QString, qint64> m_tickets;
    QHash<QString, qint64> m_queues;
    QHash<QString, qint64> m_users;
    QHash<QString, qint64> m_organisations;
    QHash<QString, qint64> m_contracts;
};

} // namespace sd::testing
