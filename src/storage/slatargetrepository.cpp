#include "slatargetrepository.h"

#include "database.h"
#include "sqlitestatement.h"
#include "statement.h"
#include "ticketlistquery.h"

#include <QSet>
#include <algorithm>

namespace sd::storage {

namespace {

using core::SlaTarget;
using core::SlaTargetKind;

const QString Columns = QStringLiteral(
    "ticket_id, target, policy_id, budget_minutes, started_at, state, due_at, warn_at, met_at, "
    "used_minutes, breached, cycle, paused_reason");

QString placeholders(int count)
{
    return u'(' + QStringList(count, QStringLiteral("?")).join(u", ") + u')';
}

void bindTarget(Statement &statement, qint64 ticketId, const SlaTarget &t)
{
    statement.bind(ticketId).bind(core::toString(t.kind)).bindId(t.policyId);
    statement.bind(t.budgetMinutes).bindTime(t.startedAt).bind(core::toString(t.state));
    statement.bindTime(t.dueAt).bindTime(t.warnAt).bindTime(t.metAt);
    statement.bind(t.usedMinutes).bind(t.breached).bind(t.cycle);
    statement.bind(t.pausedReason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(t.pausedReason));
}

// An enum from its ASCII spelling in UTF-8, without making a QString of it.
template <typename Enum> std::optional<Enum> enumFrom(QByteArrayView text)
{
    for (const auto &[value, name] : core::EnumTraits<Enum>::names)
        if (QLatin1StringView(text) == QStringView(name))
            return value;
    return std::nullopt;
}

// Reads the columns of `Columns` from either kind of statement (same accessors).
template <typename Row> std::optional<SlaTarget> readTarget(const Row &row)
{
    const auto kind = enumFrom<SlaTargetKind>(row.text(1));
    const auto state = enumFrom<core::SlaTargetState>(row.text(5));
    if (!kind || !state)
        return std::nullopt; // written by a newer version: not ours to show
    SlaTarget t;
    t.kind = *kind;
    t.policyId = row.int64(2);
    t.budgetMinutes = int(row.int64(3));
    t.startedAt = row.time(4);
    t.state = *state;
    t.dueAt = row.time(6);
    t.warnAt = row.time(7);
    t.metAt = row.time(8);
    t.usedMinutes = row.int64(9);
    t.breached = row.int64(10) != 0;
    t.cycle = int(row.int64(11));
    if (t.state == core::SlaTargetState::Paused)
        t.pausedReason = row.string(12);
    return t;
}

// Statement with SqliteStatement's accessor names, for readTarget().
struct StatementRow
{
    const Statement &statement;
    QString string(int column) const { return statement.text(column); }
    QByteArray text(int column) const { return statement.text(column).toUtf8(); }
    qint64 int64(int column) const { return statement.id(column); }
    QDateTime time(int column) const { return statement.time(column); }
};

void sortByKind(QHash<qint64, QList<SlaTarget>> &byTicket)
{
    for (QList<SlaTarget> &targets : byTicket)
        std::sort(targets.begin(), targets.end(),
                  [](const SlaTarget &a, const SlaTarget &b) { return a.kind < b.kind; });
}

QDateTime dueOf(const QList<SlaTarget> &targets, SlaTargetKind kind)
{
    for (const SlaTarget &target : targets)
        if (target.kind == kind)
            return target.dueAt;
    return {};
}

} // namespace

SlaTargetRepository::SlaTargetRepository(Database &db) : m_db(db) {}

Result<QList<SlaTarget>> SlaTargetRepository::forTicket(qint64 ticketId)
{
    auto found = select(QStringLiteral("ticket_id = ?"), {ticketId});
    if (!found)
        return found.error();
    return found->value(ticketId);
}

Result<QHash<qint64, QList<SlaTarget>>>
SlaTargetRepository::forTickets(const QList<qint64> &ticketIds)
{
    if (ticketIds.isEmpty())
        return QHash<qint64, QList<SlaTarget>>();
    if (m_db.backend() == Backend::Sqlite)
        return sqliteRange(ticketIds);
    const SqlFragment list = TicketListQuery::idList(ticketIds);
    return select(u"ticket_id IN (" + list.sql + u')', list.values);
}

Result<QHash<qint64, QList<SlaTarget>>>
SlaTargetRepository::sqliteRange(const QList<qint64> &ticketIds)
{
    const QSet<qint64> wanted(ticketIds.cbegin(), ticketIds.cend());
    const auto [lowest, highest] = std::minmax_element(ticketIds.cbegin(), ticketIds.cend());
    SqliteStatement rows(
        m_db, QString(u"SELECT " + Columns + u" FROM sla_targets WHERE ticket_id BETWEEN ? AND ?")
                  .toUtf8()
                  .constData());
    rows.bind(1, *lowest).bind(2, *highest);
    QHash<qint64, QList<SlaTarget>> out;
    while (rows.step()) {
        const qint64 ticketId = rows.int64(0);
        if (!wanted.contains(ticketId))
            continue;
        if (const auto target = readTarget(rows))
            out[ticketId].append(*target);
    }
    if (rows.failed() || !rows.ok())
        return rows.error();
    sortByKind(out);
    return out;
}

Result<QHash<qint64, QList<SlaTarget>>> SlaTargetRepository::select(const QString &where,
                                                                    const QVariantList &values)
{
    Statement rows(m_db, u"SELECT " + Columns + u" FROM sla_targets WHERE " + where);
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QHash<qint64, QList<SlaTarget>> out;
    while (rows.next())
        if (const auto target = readTarget(StatementRow{rows}))
            out[rows.id(0)].append(*target);
    sortByKind(out);
    return out;
}

Result<void> SlaTargetRepository::replace(qint64 ticketId, const QList<SlaTarget> &targets,
                                          const QList<SlaTarget> &stored)
{
    QList<SlaTarget> changed;
    for (const SlaTarget &target : targets)
        if (!stored.contains(target))
            changed.append(target);
    if (!changed.isEmpty()) {
        if (const Result<void> written = insert(ticketId, changed); !written)
            return written;
    }
    for (const SlaTarget &old : stored) {
        const bool kept = std::any_of(targets.cbegin(), targets.cend(),
                                      [&old](const SlaTarget &t) { return t.kind == old.kind; });
        if (kept)
            continue;
        Statement remove(m_db, QStringLiteral("DELETE FROM sla_targets WHERE ticket_id = ? AND "
                                              "target = ?"));
        if (!remove.bind(ticketId).bind(core::toString(old.kind)).exec())
            return remove.error();
    }
    if (dueOf(targets, SlaTargetKind::FirstResponse) ==
            dueOf(stored, SlaTargetKind::FirstResponse) &&
        dueOf(targets, SlaTargetKind::Resolution) == dueOf(stored, SlaTargetKind::Resolution) &&
        !stored.isEmpty())
        return {};
    return writeDues(ticketId, targets);
}

Result<void> SlaTargetRepository::insert(qint64 ticketId, const QList<SlaTarget> &targets)
{
    if (targets.isEmpty())
        return {};
    const int columns = int(Columns.count(u',')) + 1;
    QStringList rows(targets.size(), placeholders(columns));
    Statement write(m_db, u"INSERT INTO sla_targets (" + Columns + u") VALUES " + rows.join(u", ") +
                              u" ON CONFLICT (ticket_id, target) DO UPDATE SET "
                              u"policy_id = excluded.policy_id, "
                              u"budget_minutes = excluded.budget_minutes, "
                              u"started_at = excluded.started_at, state = excluded.state, "
                              u"due_at = excluded.due_at, warn_at = excluded.warn_at, "
                              u"met_at = excluded.met_at, used_minutes = excluded.used_minutes, "
                              u"breached = excluded.breached, cycle = excluded.cycle, "
                              u"paused_reason = excluded.paused_reason");
    for (const SlaTarget &target : targets)
        bindTarget(write, ticketId, target);
    if (!write.exec())
        return write.error();
    return {};
}

Result<void> SlaTargetRepository::writeDues(qint64 ticketId, const QList<SlaTarget> &targets)
{
    Statement update(m_db, QStringLiteral("UPDATE tickets SET first_response_due = ?, "
                                          "resolution_due = ? WHERE id = ?"));
    update.bindTime(dueOf(targets, SlaTargetKind::FirstResponse));
    update.bindTime(dueOf(targets, SlaTargetKind::Resolution));
    if (!update.bind(ticketId).exec())
        return update.error();
    return {};
}

} // namespace sd::storage
