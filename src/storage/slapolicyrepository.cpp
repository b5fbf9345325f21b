#include "slapolicyrepository.h"

#include "configchange.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace sd::storage {

namespace {

using Kind = StorageError::Kind;

const QString Columns = QStringLiteral(
    "id, support_level, category, priority, first_response_minutes, next_response_minutes, "
    "resolution_minutes, calendar_id, pausing_statuses");

const QString InsertSql = QStringLiteral(
    "INSERT INTO sla_policies (support_level, category, priority, first_response_minutes, "
    "next_response_minutes, resolution_minutes, calendar_id, pausing_statuses) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
const QString UpdateSql =
    QStringLiteral("UPDATE sla_policies SET support_level = ?, category = ?, priority = ?, "
                   "first_response_minutes = ?, next_response_minutes = ?, resolution_minutes = ?, "
                   "calendar_id = ?, pausing_statuses = ? WHERE id = ?");

QString statusesText(const QList<core::TicketStatus> &statuses)
{
    QJsonArray names;
    for (const core::TicketStatus status : statuses)
        names.append(core::toString(status));
    return QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
}

std::optional<QList<core::TicketStatus>> parseStatuses(const QString &text)
{
    QList<core::TicketStatus> statuses;
    for (const QJsonValue &name : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const auto status = core::fromString<core::TicketStatus>(name.toString());
        if (!status)
            return std::nullopt;
        statuses.append(*status);
    }
    return statuses;
}

// The audit trail's picture of a policy, in wire spellings.
QString describe(const core::SlaPolicy &p)
{
    return QStringLiteral("%1/%2/%3: first_response_minutes=%4 next_response_minutes=%5 "
                          "resolution_minutes=%6 calendar_id=%7 pausing_statuses=%8")
        .arg(p.supportLevel, core::toString(p.category), core::toString(p.priority))
        .arg(p.firstResponseMinutes)
        .arg(p.nextResponseMinutes)
        .arg(p.resolutionMinutes)
        .arg(p.calendarId)
        .arg(statusesText(p.pausingStatuses));
}

// The values of InsertSql, or of UpdateSql when the policy has an id.
Statement &bindValues(Statement &write, const core::SlaPolicy &p)
{
    write.bind(p.supportLevel).bind(core::toString(p.category)).bind(core::toString(p.priority));
    write.bind(p.firstResponseMinutes);
    write.bind(p.nextResponseMinutes > 0 ? QVariant(p.nextResponseMinutes)
                                         : QVariant(QMetaType::fromType<int>()));
    write.bind(p.resolutionMinutes).bindId(p.calendarId).bind(statusesText(p.pausingStatuses));
    if (p.id != 0)
        write.bind(p.id);
    return write;
}

StorageError writeError(const StorageError &error, const core::SlaPolicy &p)
{
    if (error.kind != Kind::Duplicate)
        return error;
    return {Kind::Duplicate,
            SlaPolicyRepository::tr("An SLA policy for support level %1, %2 tickets of %3 "
                                    "priority already exists.")
                .arg(p.supportLevel, core::toString(p.category), core::toString(p.priority))};
}

StorageError notFound(qint64 id)
{
    return {Kind::NotFound, SlaPolicyRepository::tr("SLA policy %1 does not exist.").arg(id)};
}

} // namespace

SlaPolicyRepository::SlaPolicyRepository(Database &db) : m_db(db) {}

Result<QList<core::SlaPolicy>> SlaPolicyRepository::list()
{
    Result<QList<core::SlaPolicy>> policies = select(QStringLiteral("1 = 1"), {});
    if (!policies)
        return policies;
    const auto key = [](const core::SlaPolicy &p) {
        return std::tuple(p.supportLevel, p.category, p.priority);
    };
    std::sort(
        policies->begin(), policies->end(),
        [&key](const core::SlaPolicy &a, const core::SlaPolicy &b) { return key(a) < key(b); });
    return policies;
}

Result<core::SlaPolicy> SlaPolicyRepository::get(qint64 id)
{
    Result<QList<core::SlaPolicy>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->takeFirst();
}

Result<std::optional<core::SlaPolicy>> SlaPolicyRepository::match(const QString &supportLevel,
                                                                  core::Category category,
                                                                  core::Priority priority)
{
    Result<QList<core::SlaPolicy>> found =
        select(QStringLiteral("support_level = ? AND category = ? AND priority = ?"),
               {supportLevel.trimmed(), core::toString(category), core::toString(priority)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<core::SlaPolicy>();
    return std::optional<core::SlaPolicy>(found->takeFirst());
}

Result<core::SlaPolicy> SlaPolicyRepository::create(const core::SlaPolicy &policy, qint64 actorId)
{
    core::SlaPolicy fresh = policy;
    fresh.id = 0;
    return write(fresh, actorId);
}

Result<core::SlaPolicy> SlaPolicyRepository::update(const core::SlaPolicy &policy, qint64 actorId)
{
    if (policy.id <= 0)
        return notFound(policy.id);
    return write(policy, actorId);
}

Result<void> SlaPolicyRepository::remove(qint64 id, qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<core::SlaPolicy> before = get(id);
    if (!before)
        return before.error();
    Statement remove(m_db, QStringLiteral("DELETE FROM sla_policies WHERE id = ?"));
    if (!remove.bind(id).exec())
        return remove.error();
    if (remove.rowsAffected() == 0)
        return notFound(id);
    if (const Result<void> recorded =
            ConfigChange::record(m_db, EntityType::SlaPolicy, id, ChangeOperation::Delete, actorId,
                                 describe(before.value()), {});
        !recorded)
        return recorded;
    return tx.commit();
}

Result<void> SlaPolicyRepository::check(const core::SlaPolicy &policy)
{
    if (policy.supportLevel.trimmed().isEmpty())
        return StorageError{Kind::Invalid, tr("An SLA policy needs a support level.")};
    if (policy.firstResponseMinutes <= 0 || policy.resolutionMinutes <= 0 ||
        policy.nextResponseMinutes < 0)
        return StorageError{Kind::Invalid, tr("SLA targets must be positive numbers of minutes.")};
    if (policy.calendarId == 0)
        return {};
    Statement calendar(m_db, QStringLiteral("SELECT id FROM calendars WHERE id = ?"));
    if (!calendar.bind(policy.calendarId).exec())
        return calendar.error();
    if (!calendar.next())
        return StorageError{Kind::Invalid,
                            tr("Calendar %1 does not exist.").arg(policy.calendarId)};
    return {};
}

// Inserts a policy without an id, updates the one with it.
Result<core::SlaPolicy> SlaPolicyRepository::write(const core::SlaPolicy &policy, qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (const Result<void> valid = check(policy); !valid)
        return valid.error();
    const bool creating = policy.id == 0;
    QString before;
    if (!creating) {
        const Result<core::SlaPolicy> current = get(policy.id);
        if (!current)
            return current.error();
        before = describe(current.value());
    }
    core::SlaPolicy stored = policy;
    stored.supportLevel = policy.supportLevel.trimmed();
    Statement write(m_db, creating ? InsertSql : UpdateSql);
    if (!bindValues(write, stored).exec())
        return writeError(write.error(), stored);
    if (creating)
        stored.id = write.next() ? write.id(0) : 0;
    else if (write.rowsAffected() == 0)
        return notFound(stored.id);
    if (const Result<void> recorded =
            ConfigChange::record(m_db, EntityType::SlaPolicy, stored.id,
                                 creating ? ChangeOperation::Create : ChangeOperation::Update,
                                 actorId, before, describe(stored));
        !recorded)
        return recorded.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<QList<core::SlaPolicy>> SlaPolicyRepository::select(const QString &where,
                                                           const QVariantList &values)
{
    Statement rows(m_db, u"SELECT " + Columns + u" FROM sla_policies WHERE " + where);
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<core::SlaPolicy> out;
    while (rows.next()) {
        core::SlaPolicy policy;
        policy.id = rows.id(0);
        policy.supportLevel = rows.text(1);
        const auto category = core::fromString<core::Category>(rows.text(2));
        const auto priority = core::fromString<core::Priority>(rows.text(3));
        const auto statuses = parseStatuses(rows.text(8));
        if (!category || !priority || !statuses) {
            return StorageError{
                Kind::Internal,
                tr("SLA policy %1 holds a value this version does not know.").arg(policy.id)};
        }
        policy.category = *category;
        policy.priority = *priority;
        policy.firstResponseMinutes = int(rows.id(4));
        policy.nextResponseMinutes = int(rows.id(5));
        policy.resolutionMinutes = int(rows.id(6));
        policy.calendarId = rows.id(7);
        policy.pausingStatuses = *statuses;
        out.append(policy);
    }
    return out;
}

} // namespace sd::storage
