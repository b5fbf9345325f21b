#include "slaeventrepository.h"

#include "changefeedrepository.h"
#include "core/messagekind.h"
#include "database.h"
#include "statement.h"
#include "ticketlistquery.h"

#include <QHash>
#include <QSet>

namespace sd::storage {

namespace {

const QString DueRows =
    QStringLiteral("t.ticket_id, t.target, t.cycle, t.due_at, t.warn_at, k.priority, "
                   "k.organisation_id, k.queue_id FROM sla_targets t JOIN tickets k ON k.id = "
                   "t.ticket_id");

QString notFired(const char16_t *kind)
{
    return u"NOT EXISTS (SELECT 1 FROM sla_events e WHERE e.ticket_id = t.ticket_id AND "
           u"e.target = t.target AND e.cycle = t.cycle AND e.kind = '" +
           QString::fromUtf16(kind) + u"')";
}

// In one order for every process, so that batches racing on PostgreSQL take their locks in
// the same order and wait for each other instead of deadlocking.
// Both branches keep the partial indexes' predicates (state = 'running' on warn_at and
// due_at; state = 'breached') so each is an index range, never a scan of all targets.
QString pendingSql(SlaEventKind kind)
{
    if (kind == SlaEventKind::Warning)
        return u"SELECT " + DueRows +
               u" WHERE t.state = 'running' AND t.warn_at <= ? AND "
               u"t.due_at > ? AND " +
               notFired(u"warning") + u" ORDER BY t.warn_at, t.ticket_id, t.target LIMIT ?";
    return u"SELECT * FROM (SELECT " + DueRows +
           u" WHERE t.state = 'running' AND t.due_at <= ? AND " + notFired(u"breach") +
           u" UNION ALL SELECT " + DueRows + u" WHERE t.state = 'breached' AND " +
           notFired(u"breach") + u") due ORDER BY due_at, ticket_id, target LIMIT ?";
}

// "(?, ?), (?, ?)" for `count` rows of `columns` values.
QString rows(qsizetype count, int columns)
{
    const QString row = u'(' + QStringList(columns, QStringLiteral("?")).join(u", ") + u')';
    return QStringList(count, row).join(u", ");
}

QString key(qint64 ticketId, const QString &target, qint64 cycle)
{
    return QString::number(ticketId) + u'/' + target + u'/' + QString::number(cycle);
}

} // namespace

SlaEventRepository::SlaEventRepository(Database &db) : m_db(db) {}

Result<QList<SlaDue>> SlaEventRepository::pending(SlaEventKind kind, const QDateTime &now,
                                                  int limit)
{
    Statement rows(m_db, pendingSql(kind));
    // The warning's second `now` keeps warnings of targets already due out: their breach
    // says more.
    rows.bindTime(now);
    if (kind == SlaEventKind::Warning)
        rows.bindTime(now);
    rows.bind(limit);
    if (!rows.exec())
        return rows.error();
    QList<SlaDue> out;
    while (rows.next()) {
        const auto target = core::fromString<core::SlaTargetKind>(rows.text(1));
        if (!target)
            continue; // a kind of a newer version: not ours to fire
        const auto priority = core::fromString<core::Priority>(rows.text(5));
        out.append({rows.id(0), *target, int(rows.id(2)), rows.time(3), rows.time(4),
                    priority.value_or(core::Priority::Normal), rows.id(6), rows.id(7)});
    }
    return out;
}

Result<bool> SlaEventRepository::record(const SlaDue &due, SlaEventKind kind,
                                        const QDateTime &firedAt)
{
    Statement insert(m_db, QStringLiteral("INSERT INTO sla_events (ticket_id, target, cycle, "
                                          "kind, fired_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                          "(ticket_id, target, cycle, kind) DO NOTHING "
                                          "RETURNING id"));
    insert.bind(due.ticketId).bind(core::toString(due.target)).bind(due.cycle);
    insert.bind(core::toString(kind)).bindTime(firedAt);
    if (!insert.exec())
        return insert.error();
    return insert.rowCount() > 0;
}

Result<QList<SlaDue>> SlaEventRepository::recordAll(const QList<SlaDue> &dues, SlaEventKind kind,
                                                    const QDateTime &firedAt)
{
    if (dues.isEmpty())
        return QList<SlaDue>();
    Statement insert(m_db, u"INSERT INTO sla_events (ticket_id, target, cycle, kind, fired_at) "
                           u"VALUES " +
                               rows(dues.size(), 5) +
                               u" ON CONFLICT (ticket_id, target, cycle, kind) DO NOTHING "
                               u"RETURNING ticket_id, target, cycle");
    for (const SlaDue &due : dues) {
        insert.bind(due.ticketId).bind(core::toString(due.target)).bind(due.cycle);
        insert.bind(core::toString(kind)).bindTime(firedAt);
    }
    if (!insert.exec())
        return insert.error();
    QSet<QString> inserted;
    while (insert.next())
        inserted.insert(key(insert.id(0), insert.text(1), insert.id(2)));
    QList<SlaDue> won;
    for (const SlaDue &due : dues)
        if (inserted.contains(key(due.ticketId, core::toString(due.target), due.cycle)))
            won.append(due);
    return won;
}

// A statement per target kind with the tickets' ids in a list, which both backends read
// through the primary key (SQLite scanned every target for a list of (id, target) pairs).
Result<void> SlaEventRepository::markBreached(const QList<SlaDue> &dues)
{
    QHash<core::SlaTargetKind, QList<qint64>> byTarget;
    for (const SlaDue &due : dues)
        byTarget[due.target].append(due.ticketId);
    for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
        const SqlFragment ids = TicketListQuery::idList(it.value());
        Statement update(m_db, u"UPDATE sla_targets SET state = 'breached', breached = ? WHERE "
                               u"state = 'running' AND target = ? AND ticket_id IN (" +
                                   ids.sql + u')');
        update.bind(true).bind(core::toString(it.key()));
        for (const QVariant &id : ids.values)
            update.bind(id);
        if (!update.exec())
            return update.error();
    }
    return {};
}

Result<void> SlaEventRepository::addNotes(const QList<std::pair<SlaDue, QString>> &notes,
                                          const QString &author, const QDateTime &at)
{
    if (notes.isEmpty())
        return {};
    Statement insert(m_db, u"INSERT INTO messages (ticket_id, author_name, kind, internal, "
                           u"body_html, body_text, created_at) VALUES " +
                               rows(notes.size(), 7) + u" RETURNING id, ticket_id");
    QList<qint64> tickets;
    for (const auto &[due, text] : notes) {
        insert.bind(due.ticketId).bind(author).bind(core::toString(core::MessageKind::Note));
        insert.bind(true).bind(QString(u"<p>" + text.toHtmlEscaped() + u"</p>")).bind(text);
        insert.bindTime(at);
        tickets.append(due.ticketId);
    }
    if (!insert.exec())
        return insert.error();
    QHash<qint64, const SlaDue *> byTicket;
    for (const auto &note : notes)
        byTicket.insert(note.first.ticketId, &note.first);
    ChangeFeedRepository feed(m_db);
    while (insert.next()) {
        const SlaDue *due = byTicket.value(insert.id(1));
        if (const auto fed =
                feed.append(EntityType::Message, insert.id(0), ChangeOperation::Create,
                            due ? due->organisationId : 0, due ? due->queueId : 0, true);
            !fed)
            return fed;
    }
    const SqlFragment ids = TicketListQuery::idList(tickets);
    Statement touch(m_db, u"UPDATE tickets SET updated_at = ? WHERE id IN (" + ids.sql + u')');
    touch.bindTime(at);
    for (const QVariant &id : ids.values)
        touch.bind(id);
    if (!touch.exec())
        return touch.error();
    return {};
}

Result<void> SlaEventRepository::markBreached(qint64 ticketId, core::SlaTargetKind target)
{
    Statement update(m_db, QStringLiteral("UPDATE sla_targets SET state = 'breached', breached "
                                          "= ? WHERE ticket_id = ? AND target = ? AND state = "
                                          "'running'"));
    if (!update.bind(true).bind(ticketId).bind(core::toString(target)).exec())
        return update.error();
    return {};
}

Result<int> SlaEventRepository::settleHistory(const QList<qint64> &ticketIds, const QDateTime &now)
{
    if (ticketIds.isEmpty())
        return 0;
    const SqlFragment ids = TicketListQuery::idList(ticketIds);
    int recorded = 0;
    // A warning for every target past its warning instant, a breach for every one past its
    // due (or marked breached), whatever the scheduler would have said about them then.
    const std::pair<const char16_t *, const char16_t *> passed[] = {
        {u"warning", u"s.warn_at <= ?"},
        {u"breach", u"(s.due_at <= ? OR s.state = 'breached')"},
    };
    for (const auto &[kind, condition] : passed) {
        Statement insert(m_db, u"INSERT INTO sla_events (ticket_id, target, cycle, kind, "
                               u"fired_at) SELECT s.ticket_id, s.target, s.cycle, '" +
                                   QString::fromUtf16(kind) +
                                   u"', ? FROM sla_targets s WHERE s.state IN ('running', "
                                   u"'breached') AND " +
                                   QString::fromUtf16(condition) + u" AND s.ticket_id IN (" +
                                   ids.sql +
                                   u") ON CONFLICT (ticket_id, target, cycle, kind) DO NOTHING");
        insert.bindTime(now).bindTime(now);
        for (const QVariant &id : ids.values)
            insert.bind(id);
        if (!insert.exec())
            return insert.error();
        recorded += insert.rowsAffected();
    }
    Statement update(m_db, u"UPDATE sla_targets SET state = 'breached', breached = ? WHERE "
                           u"state = 'running' AND due_at <= ? AND ticket_id IN (" +
                               ids.sql + u')');
    update.bind(true).bindTime(now);
    for (const QVariant &id : ids.values)
        update.bind(id);
    if (!update.exec())
        return update.error();
    return recorded;
}

Result<QList<SlaEvent>> SlaEventRepository::forTicket(qint64 ticketId)
{
    Statement rows(m_db, QStringLiteral("SELECT id, ticket_id, target, cycle, kind, fired_at "
                                        "FROM sla_events WHERE ticket_id = ? ORDER BY id"));
    if (!rows.bind(ticketId).exec())
        return rows.error();
    QList<SlaEvent> out;
    while (rows.next()) {
        const auto target = core::fromString<core::SlaTargetKind>(rows.text(2));
        const auto kind = core::fromString<SlaEventKind>(rows.text(4));
        if (target && kind)
            out.append({rows.id(0), rows.id(1), *target, int(rows.id(3)), *kind, rows.time(5)});
    }
    return out;
}

Result<qint64> SlaEventRepository::count()
{
    Statement rows(m_db, QStringLiteral("SELECT COUNT(*) FROM sla_events"));
    if (!rows.exec())
        return rows.error();
    return rows.next() ? rows.id(0) : 0;
}

} // namespace sd::storage
