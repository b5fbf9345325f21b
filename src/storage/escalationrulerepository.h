#pragma once

#include "result.h"
#include "slaevent.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace sd::storage {

class Database;

// Escalation rules (escalation_rules): what the SLA scheduler does when a warning or a
// breach fires. Writes record an audit event by `actorId` and a change-feed item.
class EscalationRuleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EscalationRuleRepository)
    Q_DISABLE_COPY_MOVE(EscalationRuleRepository)

public:
    explicit EscalationRuleRepository(Database &db);

    // By id.
    Result<QList<EscalationRule>> list();
    Result<QList<EscalationRule>> active();
    Result<EscalationRule> get(qint64 id);
    // Invalid when the queue to move to does not exist.
    Result<EscalationRule> create(const EscalationRule &rule, qint64 actorId);
    Result<EscalationRule> update(const EscalationRule &rule, qint64 actorId);
    Result<void> remove(qint64 id, qint64 actorId);

    // The rule as the audit trail keeps it (compact JSON).
    static QString describe(const EscalationRule &rule);

private:
    Result<EscalationRule> write(const EscalationRule &rule, qint64 actorId);
    Result<QList<EscalationRule>> select(const QString &where, const QVariantList &values);
    Result<void> check(const EscalationRule &rule);

    Database &m_db;
};

} // namespace sd::storage
