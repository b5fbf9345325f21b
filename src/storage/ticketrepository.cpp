#include "ticketrepository.h"

#include "auditrepository.h"
#include "changefeedrepository.h"
#include "core/ticketnumber.h"
#include "database.h"
#include "searchrepository.h"
#include "statement.h"
#include "ticketlistquery.h"
#include "ticketrow.h"
#include "tickettags.h"
#include "transaction.h"

#include <QSet>

namespace sd::storage {

namespace {

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u", ");
}

} // namespace

TicketRepository::TicketRepository(Database &db, const QString &numberPrefix,
                                   const QTimeZone &numberZone)
    : m_db(db), m_numberPrefix(numberPrefix), m_numberZone(numberZone)
{}

StorageError TicketRepository::notFound(qint64 id) const
{
    return {StorageError::Kind::NotFound, tr("Ticket %1 does not exist.").arg(id)};
}

Result<QString> TicketRepository::reserveNumber(const QDateTime &createdAt)
{
    if (m_db.inTransaction())
        return nextNumber(createdAt.toUTC(), Counter::InTransaction);
    return nextNumber(createdAt.toUTC(), Counter::Standalone);
}

Result<core::Ticket> TicketRepository::create(const core::Ticket &input, qint64 actorId,
                                              const QString &reservedNumber)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    core::Ticket ticket = input;
    ticket.createdAt =
        input.createdAt.isValid() ? input.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    ticket.updatedAt = input.updatedAt.isValid() ? input.updatedAt.toUTC() : ticket.createdAt;
    ticket.tags = TicketTags::normalized(input.tags);
    const Result<QString> number = reservedNumber.isEmpty()
                                       ? nextNumber(ticket.createdAt, Counter::InTransaction)
                                       : Result<QString>(reservedNumber);
    if (!number)
        return number.error();
    const QStringList columns = TicketRow::writableColumns();
    Statement insert(m_db, u"INSERT INTO tickets (number, created_at, updated_at, version, " +
                               columns.join(u", ") + u") VALUES (?, ?, ?, 1, " +
                               placeholders(columns.size()) + u") RETURNING id");
    insert.bind(number.value()).bindTime(ticket.createdAt).bindTime(ticket.updatedAt);
    TicketRow::bindWritable(insert, ticket);
    if (!insert.exec())
        return insert.error();
    ticket.id = insert.next() ? insert.id(0) : 0;
    ticket.number = number.value();
    ticket.version = 1;
    ticket.mergedIntoId = 0;
    // What reading it back would give, without the round trips.
    ticket.customFields = TicketRow::normalizedCustomFields(ticket.customFields);
    for (QDateTime *at : {&ticket.firstResponseAt, &ticket.firstResponseDue, &ticket.resolutionDue,
                          &ticket.resolvedAt}) {
        *at = at->isValid() ? at->toUTC() : QDateTime();
    }
    if (const Result<void> tagged = TicketTags::add(m_db, ticket.id, ticket.tags); !tagged)
        return tagged.error();
    if (const Result<void> audited = audit(ticket, actorId, QStringLiteral("create"),
                                           {{QStringLiteral("number"), QString(), ticket.number}});
        !audited)
        return audited.error();
    if (const Result<void> fed = feed(ticket, true); !fed)
        return fed.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return ticket;
}

Result<QString> TicketRepository::nextNumber(const QDateTime &createdAt, Counter mode)
{
    // The system zone is looked up only here: every TicketRepository is constructed with the
    // default, and QTimeZone::systemTimeZone() stats /etc/localtime each time.
    const QTimeZone zone = m_numberZone.isValid() ? m_numberZone : QTimeZone::systemTimeZone();
    const int year = createdAt.toTimeZone(zone).date().year();
    // The upsert locks the year's row until commit, so concurrent creations queue for it and
    // numbers are never handed out twice. Standalone it is one autocommitted statement; on
    // PostgreSQL its commit does not wait for the disk (synchronous_commit off for that
    // transaction alone). That is safe: WAL is flushed in order, so the commit of the ticket
    // that uses the number makes the counter durable too, and a number lost in a crash
    // before that was never used.
    const bool async = mode == Counter::Standalone && m_db.backend() == Backend::PostgreSql;
    Statement counter(m_db, async ? QStringLiteral("INSERT INTO ticket_number_counters (year, "
                                                   "last_number) SELECT ?, 1 FROM (SELECT "
                                                   "set_config('synchronous_commit', 'off', "
                                                   "true)) AS async ON CONFLICT (year) DO "
                                                   "UPDATE SET last_number = "
                                                   "ticket_number_counters.last_number + 1 "
                                                   "RETURNING last_number")
                                  : QStringLiteral("INSERT INTO ticket_number_counters (year, "
                                                   "last_number) VALUES (?, 1) ON CONFLICT (year) "
                                                   "DO UPDATE SET last_number = "
                                                   "ticket_number_counters.last_number + 1 "
                                                   "RETURNING last_number"));
    if (!counter.bind(year).exec())
        return counter.error();
    const core::TicketNumber number(m_numberPrefix, year, counter.next() ? counter.id(0) : 0);
    if (!number.isValid()) {
        return StorageError{StorageError::Kind::Invalid,
                            tr("\"%1\" cannot start a ticket number: use 1-16 ASCII letters and "
                               "digits beginning with a letter.")
                                .arg(m_numberPrefix)};
    }
    return number.toString();
}

Result<core::Ticket> TicketRepository::get(qint64 id)
{
    return fetch(id, false);
}

Result<QList<core::Ticket>> TicketRepository::byIds(const QList<qint64> &ids)
{
    QList<core::Ticket> tickets;
    if (ids.isEmpty())
        return tickets;
    const SqlFragment query = TicketListQuery::byIds(ids);
    Statement select(m_db, query.sql);
    for (const QVariant &value : query.values)
        select.bind(value);
    if (!select.exec())
        return select.error();
    while (select.next())
        tickets.append(TicketRow::read(select));
    if (const Result<void> tagged = TicketTags::load(m_db, tickets); !tagged)
        return tagged.error();
    return tickets;
}

Result<core::Ticket> TicketRepository::fetch(qint64 id, bool lock)
{
    // SQLite has no row locks; its write transactions already hold the whole database.
    const bool forUpdate = lock && m_db.backend() == Backend::PostgreSql;
    Statement select(m_db, u"SELECT " + TicketRow::selectColumns() +
                               u" FROM tickets t WHERE t.id = ?" +
                               (forUpdate ? QStringLiteral(" FOR UPDATE") : QString()));
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next())
        return notFound(id);
    QList<core::Ticket> tickets{TicketRow::read(select)};
    if (const Result<void> tagged = TicketTags::load(m_db, tickets); !tagged)
        return tagged.error();
    return tickets.constFirst();
}

Result<core::Ticket> TicketRepository::getByNumber(const QString &text)
{
    const std::optional<core::TicketNumber> number = core::TicketNumber::parse(text.trimmed());
    const StorageError missing{StorageError::Kind::NotFound,
                               tr("No ticket has the number %1.").arg(text.trimmed())};
    if (!number)
        return missing;
    Statement select(m_db, QStringLiteral("SELECT t.id FROM tickets t WHERE t.number = ?"));
    if (!select.bind(number->toString()).exec())
        return select.error();
    if (!select.next())
        return missing;
    return fetch(select.id(0), false);
}

Result<TicketPage> TicketRepository::list(const TicketFilter &filter)
{
    const int limit = qBound(1, filter.limit, 500);
    SqlFragment query = TicketListQuery::page(filter, limit + 1);
    if (!filter.text.trimmed().isEmpty()) {
        const Result<QList<qint64>> ids = SearchRepository(m_db).newestMatchingTickets(
            filter.text, filter.includeInternal, TicketListQuery::conditions(filter), filter.after,
            limit + 1);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return TicketPage{};
        query = TicketListQuery::byIds(ids.value());
    }
    Statement select(m_db, query.sql);
    for (const QVariant &value : std::as_const(query.values))
        select.bind(value);
    if (!select.exec())
        return select.error();
    TicketPage page;
    while (select.next() && page.items.size() < limit)
        page.items.append(TicketRow::read(select));
    if (select.rowCount() > limit)
        page.nextAfter = filter.order == TicketFilter::Order::Next ? filter.after + limit
                                                                   : page.items.constLast().id;
    if (const Result<void> tagged = TicketTags::load(m_db, page.items); !tagged)
        return tagged.error();
    return page;
}

Result<TicketCount> TicketRepository::count(const TicketFilter &filter, int cap)
{
    cap = qMax(1, cap);
    qint64 found = 0;
    if (!filter.text.trimmed().isEmpty()) {
        const Result<QList<qint64>> ids = SearchRepository(m_db).newestMatchingTickets(
            filter.text, filter.includeInternal, TicketListQuery::conditions(filter), 0, cap + 1);
        if (!ids)
            return ids.error();
        found = ids->size();
    } else {
        const SqlFragment query = TicketListQuery::count(filter, cap);
        Statement select(m_db, query.sql);
        for (const QVariant &value : query.values)
            select.bind(value);
        if (!select.exec())
            return select.error();
        found = select.next() ? select.id(0) : 0;
    }
    return TicketCount{qMin<qint64>(found, cap), found > cap};
}

Result<TicketUpdate> TicketRepository::update(const core::Ticket &ticket, int expectedVersion,
                                              qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<core::Ticket> current = fetch(ticket.id, true);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return TicketUpdate{TicketUpdate::Outcome::Conflict, current.value(), {}};
    core::Ticket next = ticket;
    next.number = current->number;
    next.createdAt = current->createdAt;
    next.version = current->version;
    next.mergedIntoId = current->mergedIntoId;
    next.tags = TicketTags::normalized(ticket.tags);
    const QList<TicketChanges::Field> changes = TicketChanges::between(current.value(), next);
    if (changes.isEmpty())
        return TicketUpdate{TicketUpdate::Outcome::Unchanged, current.value(), {}};
    if (const Result<void> written =
            writeUpdate(next, expectedVersion, QDateTime::currentDateTimeUtc());
        !written)
        return written.error();
    if (next.tags != current->tags) {
        if (const Result<void> tagged = TicketTags::replace(m_db, next.id, next.tags); !tagged)
            return tagged.error();
    }
    if (const Result<void> audited = audit(next, actorId, QStringLiteral("update"), changes);
        !audited)
        return audited.error();
    if (const Result<void> fed = feed(next, false); !fed)
        return fed.error();
    const Result<core::Ticket> stored = fetch(next.id, false);
    if (!stored)
        return stored.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return TicketUpdate{TicketUpdate::Outcome::Updated, stored.value(), changes};
}

Result<void> TicketRepository::writeUpdate(const core::Ticket &ticket, int expectedVersion,
                                           const QDateTime &now)
{
    QStringList assignments;
    for (const QString &column : TicketRow::writableColumns())
        assignments.append(column + u" = ?");
    Statement update(m_db, u"UPDATE tickets SET " + assignments.join(u", ") +
                               u", updated_at = ?, version = version + 1 "
                               u"WHERE id = ? AND version = ?");
    TicketRow::bindWritable(update, ticket);
    update.bindTime(now).bind(ticket.id).bind(expectedVersion);
    if (!update.exec())
        return update.error();
    if (update.rowsAffected() != 1) {
        return StorageError{StorageError::Kind::Conflict,
                            tr("Ticket %1 changed while it was being saved.").arg(ticket.number)};
    }
    return {};
}

Result<core::Ticket> TicketRepository::recordFirstResponse(qint64 ticketId, const QDateTime &at,
                                                           qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const Result<core::Ticket> current = fetch(ticketId, true);
    if (!current || current->firstResponseAt.isValid())
        return current;
    core::Ticket next = current.value();
    next.firstResponseAt = at.toUTC();
    if (const Result<void> written =
            writeUpdate(next, current->version, QDateTime::currentDateTimeUtc());
        !written)
        return written.error();
    if (const Result<void> audited = audit(next, actorId, QStringLiteral("first_response"),
                                           TicketChanges::between(current.value(), next));
        !audited)
        return audited.error();
    if (const Result<void> fed = feed(next, false); !fed)
        return fed.error();
    Result<core::Ticket> stored = fetch(ticketId, false);
    if (!stored)
        return stored;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<void> TicketRepository::audit(const core::Ticket &ticket, qint64 actorId,
                                     const QString &action,
                                     const QList<TicketChanges::Field> &changes)
{
    QList<AuditEvent> events;
    for (const TicketChanges::Field &change : changes) {
        AuditEvent event;
        event.actorId = actorId;
        event.entityType = EntityType::Ticket;
        event.entityId = ticket.id;
        event.action = action;
        event.field = change.name;
        event.oldValue = change.oldValue;
        event.newValue = change.newValue;
        events.append(event);
    }
    return AuditRepository(m_db).record(events);
}

Result<void> TicketRepository::feed(const core::Ticket &ticket, bool created)
{
    return ChangeFeedRepository(m_db).append(
        EntityType::Ticket, ticket.id, created ? ChangeOperation::Create : ChangeOperation::Update,
        ticket.organisationId, ticket.queueId);
}

Result<TicketMerge> TicketRepository::merge(qint64 sourceId, qint64 targetId, qint64 actorId)
{
    if (sourceId == targetId) {
        return StorageError{StorageError::Kind::Invalid,
                            tr("A ticket cannot be merged into itself.")};
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    // Locked in id order, so two merges of the same pair cannot deadlock.
    const Result<core::Ticket> first = fetch(qMin(sourceId, targetId), true);
    const Result<core::Ticket> second = first ? fetch(qMax(sourceId, targetId), true) : first;
    if (!first || !second)
        return (first ? second : first).error();
    const core::Ticket source = sourceId < targetId ? first.value() : second.value();
    const core::Ticket target = sourceId < targetId ? second.value() : first.value();
    if (source.mergedIntoId != 0) {
        return StorageError{
            StorageError::Kind::Conflict,
            tr("Ticket %1 is already merged into another ticket.").arg(source.number)};
    }
    if (target.mergedIntoId != 0) {
        return StorageError{StorageError::Kind::Invalid,
                            tr("Ticket %1 was itself merged into another ticket; merge into "
                               "that one instead.")
                                .arg(target.number)};
    }
    const Result<int> moved = moveMessages(source, target);
    if (!moved)
        return moved.error();
    if (const Result<void> closed = closeAsDuplicate(source, target, actorId); !closed)
        return closed.error();
    if (const Result<core::TicketLink> linked =
            insertLink(source.id, target.id, core::TicketLinkKind::DuplicateOf, actorId, true);
        !linked)
        return linked.error();
    const Result<core::Ticket> merged = fetch(source.id, false);
    const Result<core::Ticket> survivor = merged ? fetch(target.id, false) : merged;
    if (!merged || !survivor)
        return (merged ? survivor : merged).error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return TicketMerge{merged.value(), survivor.value(), moved.value()};
}

Result<void> TicketRepository::closeAsDuplicate(const core::Ticket &source,
                                                const core::Ticket &target, qint64 actorId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::Ticket next = source;
    next.status = core::TicketStatus::Closed;
    next.resolution = core::Resolution::Duplicate;
    if (!next.resolvedAt.isValid())
        next.resolvedAt = now;
    if (const Result<void> written = writeUpdate(next, source.version, now); !written)
        return written;
    Statement mark(m_db, QStringLiteral("UPDATE tickets SET merged_into_id = ? WHERE id = ?"));
    if (!mark.bind(target.id).bind(source.id).exec())
        return mark.error();
    // The target's fields stay as they are (no new version), but its conversation grew.
    Statement touch(m_db, QStringLiteral("UPDATE tickets SET updated_at = ? WHERE id = ?"));
    if (!touch.bindTime(now).bind(target.id).exec())
        return touch.error();
    QList<TicketChanges::Field> changes = TicketChanges::between(source, next);
    changes.append({QStringLiteral("merged_into_id"), QString(), QString::number(target.id)});
    if (const Result<void> audited = audit(source, actorId, QStringLiteral("merge"), changes);
        !audited)
        return audited;
    if (const Result<void> audited =
            audit(target, actorId, QStringLiteral("merge"),
                  {{QStringLiteral("merged_from"), QString(), source.number}});
        !audited)
        return audited;
    if (const Result<void> fed = feed(source, false); !fed)
        return fed;
    return feed(target, false);
}

Result<int> TicketRepository::moveMessages(const core::Ticket &source, const core::Ticket &target)
{
    Statement move(m_db, QStringLiteral("UPDATE messages SET ticket_id = ? WHERE ticket_id = ? "
                                        "RETURNING id, internal"));
    if (!move.bind(target.id).bind(source.id).exec())
        return move.error();
    ChangeFeedRepository changes(m_db);
    while (move.next()) {
        if (const Result<void> fed =
                changes.append(EntityType::Message, move.id(0), ChangeOperation::Update,
                               target.organisationId, target.queueId, move.flag(1));
            !fed)
            return fed.error();
    }
    return move.rowCount();
}

Result<core::TicketLink> TicketRepository::link(qint64 fromId, qint64 toId,
                                                core::TicketLinkKind kind, qint64 actorId)
{
    if (fromId == toId) {
        return StorageError{StorageError::Kind::Invalid,
                            tr("A ticket cannot be linked to itself.")};
    }
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Result<core::TicketLink> created = insertLink(fromId, toId, kind, actorId, false);
    if (!created)
        return created;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

Result<core::TicketLink> TicketRepository::insertLink(qint64 fromId, qint64 toId,
                                                      core::TicketLinkKind kind, qint64 actorId,
                                                      bool ignoreExisting)
{
    const Result<core::Ticket> from = fetch(fromId, false);
    const Result<core::Ticket> to = from ? fetch(toId, false) : from;
    if (!from || !to)
        return (from ? to : from).error();
    core::TicketLink link{0, fromId, toId, kind, actorId, QDateTime::currentDateTimeUtc()};
    Statement insert(m_db,
                     u"INSERT INTO ticket_links (from_ticket_id, to_ticket_id, kind, "
                     u"created_by, created_at) VALUES (?, ?, ?, ?, ?)" +
                         (ignoreExisting ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString()) +
                         u" RETURNING id");
    insert.bind(fromId).bind(toId).bind(core::toString(kind)).bindId(actorId);
    if (!insert.bindTime(link.createdAt).exec()) {
        if (insert.error().kind != StorageError::Kind::Duplicate)
            return insert.error();
        return StorageError{
            StorageError::Kind::Duplicate,
            tr("Tickets %1 and %2 are already linked this way.").arg(from->number, to->number)};
    }
    if (!insert.next())
        return link; // already there, and the caller asked not to mind
    link.id = insert.id(0);
    if (const Result<void> audited = audit(from.value(), actorId, QStringLiteral("link"),
                                           {{core::toString(kind), QString(), to->number}});
        !audited)
        return audited.error();
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(
            EntityType::TicketLink, link.id, ChangeOperation::Create, from->organisationId,
            from->queueId);
        !fed)
        return fed.error();
    return link;
}

Result<void> TicketRepository::unlink(qint64 linkId, qint64 actorId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement remove(m_db, QStringLiteral("DELETE FROM ticket_links WHERE id = ? "
                                          "RETURNING from_ticket_id, to_ticket_id, kind"));
    if (!remove.bind(linkId).exec())
        return remove.error();
    if (!remove.next()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Ticket link %1 does not exist.").arg(linkId)};
    }
    const Result<core::Ticket> from = fetch(remove.id(0), false);
    const Result<core::Ticket> to = from ? fetch(remove.id(1), false) : from;
    if (!from || !to)
        return (from ? to : from).error();
    if (const Result<void> audited = audit(from.value(), actorId, QStringLiteral("unlink"),
                                           {{remove.text(2), to->number, QString()}});
        !audited)
        return audited;
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(
            EntityType::TicketLink, linkId, ChangeOperation::Delete, from->organisationId,
            from->queueId);
        !fed)
        return fed;
    return tx.commit();
}

Result<QList<core::TicketLink>> TicketRepository::links(qint64 ticketId)
{
    auto byTicket = linksFor({ticketId});
    if (!byTicket)
        return byTicket.error();
    return byTicket->value(ticketId);
}

Result<QHash<qint64, QList<core::TicketLink>>>
TicketRepository::linksFor(const QList<qint64> &ticketIds)
{
    QHash<qint64, QList<core::TicketLink>> out;
    if (ticketIds.isEmpty())
        return out;
    const SqlFragment list = TicketListQuery::idList(ticketIds);
    Statement select(m_db, u"SELECT id, from_ticket_id, to_ticket_id, kind, created_by, "
                           u"created_at FROM ticket_links WHERE from_ticket_id IN (" +
                               list.sql + u") OR to_ticket_id IN (" + list.sql + u") ORDER BY id");
    for (int pass = 0; pass < 2; ++pass)
        for (const QVariant &value : list.values)
            select.bind(value);
    if (!select.exec())
        return select.error();
    const QSet<qint64> wanted(ticketIds.cbegin(), ticketIds.cend());
    while (select.next()) {
        const auto kind = core::fromString<core::TicketLinkKind>(select.text(3));
        const core::TicketLink link{select.id(0), select.id(1),
                                    select.id(2), kind.value_or(core::TicketLinkKind::RelatedTo),
                                    select.id(4), select.time(5)};
        for (const qint64 side : {link.fromTicketId, link.toTicketId})
            if (wanted.contains(side))
                out[side].append(link);
    }
    return out;
}

} // namespace sd::storage
