#include "escalationrulerepository.h"

#include "configchange.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sd::storage {

namespace {

using Kind = StorageError::Kind;

const QString Columns =
    QStringLiteral("id, kind, target, priority, notify_supervisors, raise_priority, "
                   "move_queue_id, active, created_at, updated_at");

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Statement &bindValues(Statement &statement, const EscalationRule &rule)
{
    statement.bind(core::toString(rule.kind));
    statement.bind(optionalText(rule.target ? core::toString(*rule.target) : QString()));
    statement.bind(optionalText(rule.priority ? core::toString(*rule.priority) : QString()));
    statement.bind(rule.notifySupervisors).bind(rule.raisePriority).bindId(rule.moveQueueId);
    return statement.bind(rule.active).bindTime(rule.updatedAt);
}

StorageError notFound(qint64 id)
{
    return {Kind::NotFound,
            EscalationRuleRepository::tr("Escalation rule %1 does not exist.").arg(id)};
}

} // namespace

EscalationRuleRepository::EscalationRuleRepository(Database &db) : m_db(db) {}

QString EscalationRuleRepository::describe(const EscalationRule &rule)
{
    QJsonObject json{
        {QStringLiteral("kind"), core::toString(rule.kind)},
        {QStringLiteral("notify_supervisors"), rule.notifySupervisors},
        {QStringLiteral("raise_priority"), rule.raisePriority},
        {QStringLiteral("active"), rule.active},
    };
    if (rule.target)
        json.insert(QStringLiteral("target"), core::toString(*rule.target));
    if (rule.priority)
        json.insert(QStringLiteral("priority"), core::toString(*rule.priority));
    if (rule.moveQueueId != 0)
        json.insert(QStringLiteral("move_queue_id"), rule.moveQueueId);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<QList<EscalationRule>> EscalationRuleRepository::list()
{
    return select(QStringLiteral("1 = 1"), {});
}

Result<QList<EscalationRule>> EscalationRuleRepository::active()
{
    return select(QStringLiteral("active = ?"), {true});
}

Result<EscalationRule> EscalationRuleRepository::get(qint64 id)
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->constFirst();
}

Result<QList<EscalationRule>> EscalationRuleRepository::select(const QString &where,
                                                               const QVariantList &values)
{
    Statement rows(m_db, u"SELECT " + Columns + u" FROM escalation_rules WHERE " + where +
                             u" ORDER BY id");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<EscalationRule> out;
    while (rows.next()) {
        const auto kind = core::fromString<SlaEventKind>(rows.text(1));
        if (!kind)
            continue; // a kind of a newer version
        EscalationRule rule;
        rule.id = rows.id(0);
        rule.kind = *kind;
        rule.target = core::fromString<core::SlaTargetKind>(rows.text(2));
        rule.priority = core::fromString<core::Priority>(rows.text(3));
        rule.notifySupervisors = rows.flag(4);
        rule.raisePriority = rows.flag(5);
        rule.moveQueueId = rows.id(6);
        rule.active = rows.flag(7);
        rule.createdAt = rows.time(8);
        rule.updatedAt = rows.time(9);
        out.append(rule);
    }
    return out;
}

Result<void> EscalationRuleRepository::check(const EscalationRule &rule)
{
    if (rule.moveQueueId == 0)
        return {};
    Statement queue(m_db, QStringLiteral("SELECT id FROM queues WHERE id = ?"));
    if (!queue.bind(rule.moveQueueId).exec())
        return queue.error();
    if (!queue.next())
        return StorageError{Kind::Invalid, tr("Queue %1 does not exist.").arg(rule.moveQueueId)};
    return {};
}

Result<EscalationRule> EscalationRuleRepository::create(const EscalationRule &rule, qint64 actorId)
{
    EscalationRule fresh = rule;
    fresh.id = 0;
    return write(fresh, actorId);
}

Result<EscalationRule> EscalationRuleRepository::update(const EscalationRule &rule, qint64 actorId)
{
    if (rule.id == 0)
        return notFound(0);
    return write(rule, actorId);
}

// Inserts a rule without an id, updates the one with it.
Result<EscalationRule> EscalationRuleRepository::write(const EscalationRule &rule, qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (const Result<void> valid = check(rule); !valid)
        return valid.error();
    const bool creating = rule.id == 0;
    QString before;
    EscalationRule stored = rule;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    if (!creating) {
        const Result<EscalationRule> current = get(rule.id);
        if (!current)
            return current.error();
        before = describe(current.value());
        stored.createdAt = current->createdAt;
    } else {
        stored.createdAt = stored.updatedAt;
    }
    Statement write(m_db, creating ? QStringLiteral("INSERT INTO escalation_rules (kind, target, "
                                                    "priority, notify_supervisors, "
                                                    "raise_priority, move_queue_id, active, "
                                                    "updated_at, created_at) VALUES (?, ?, ?, "
                                                    "?, ?, ?, ?, ?, ?) RETURNING id")
                                   : QStringLiteral("UPDATE escalation_rules SET kind = ?, target "
                                                    "= ?, priority = ?, notify_supervisors = ?, "
                                                    "raise_priority = ?, move_queue_id = ?, "
                                                    "active = ?, updated_at = ? WHERE id = ?"));
    bindValues(write, stored);
    if (creating)
        write.bindTime(stored.createdAt);
    else
        write.bind(stored.id);
    if (!write.exec())
        return write.error();
    if (creating)
        stored.id = write.next() ? write.id(0) : 0;
    else if (write.rowsAffected() == 0)
        return notFound(stored.id);
    if (const Result<void> recorded =
            ConfigChange::record(m_db, EntityType::EscalationRule, stored.id,
                                 creating ? ChangeOperation::Create : ChangeOperation::Update,
                                 actorId, before, describe(stored));
        !recorded)
        return recorded.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> EscalationRuleRepository::remove(qint64 id, qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<EscalationRule> before = get(id);
    if (!before)
        return before.error();
    Statement remove(m_db, QStringLiteral("DELETE FROM escalation_rules WHERE id = ?"));
    if (!remove.bind(id).exec())
        return remove.error();
    if (const Result<void> recorded =
            ConfigChange::record(m_db, EntityType::EscalationRule, id, ChangeOperation::Delete,
                                 actorId, describe(before.value()), {});
        !recorded)
        return recorded;
    return tx.commit();
}

} // namespace sd::storage
