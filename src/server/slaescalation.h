#pragma once

#include "core/ticket.h"
#include "storage/result.h"
#include "storage/slaevent.h"

#include <QCoreApplication>
#include <QList>

namespace sd::storage {
class Database;
}

namespace sd::server {

// Fires one SLA warning or breach and escalates it, all in one transaction: the event row
// (sla_events) is inserted first and its unique key decides whether this process fires at
// all; only the winner marks the breach, applies the matching escalation rules (priority one
// step up through the SLA engine so the dues follow, another queue) and, when a rule asks to
// notify supervisors, leaves an internal note on the ticket saying what happened. Every
// ticket change goes through TicketRepository (version bump, audit by the system, change
// feed), so workstations see it live like any other change.
class SlaEscalation final
{
    Q_DECLARE_TR_FUNCTIONS(SlaEscalation)
    Q_DISABLE_COPY_MOVE(SlaEscalation)

public:
    SlaEscalation(storage::Database &db, QList<storage::EscalationRule> rules, double warnShare);

    // True when this call fired the event; false when it had been fired already. Joins the
    // caller's transaction when one is open.
    storage::Result<bool> fire(const storage::SlaDue &due, storage::SlaEventKind kind,
                               const QDateTime &now);
    // fire() for many events at once, in the caller's transaction (required): a statement
    // each for the election, the breach marks and the notes; ticket changes one by one.
    // Returns how many this call fired.
    storage::Result<int> fireAll(const QList<storage::SlaDue> &dues, storage::SlaEventKind kind,
                                 const QDateTime &now);

    // "First response due in 12 min." / "Resolution target breached."
    static QString headline(const storage::SlaDue &due, storage::SlaEventKind kind,
                            const QDateTime &now);

private:
    struct Actions
    {
        bool notify = false;
        bool raisePriority = false;
        qint64 moveQueueId = 0;
    };

    Actions actionsFor(const storage::SlaDue &due, storage::SlaEventKind kind,
                       core::Priority priority) const;
    storage::Result<QStringList> applyChanges(const storage::SlaDue &due, const Actions &actions,
                                              const QDateTime &now);

    storage::Database &m_db;
    QList<storage::EscalationRule> m_rules;
    double m_warnShare;
};

} // namespace sd::server
