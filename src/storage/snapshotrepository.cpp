#include "snapshotrepository.h"

#include "database.h"
#include "messagerepository.h"
#include "sqlitestatement.h"
#include "statement.h"
#include "ticketlistquery.h"
#include "ticketrow.h"
#include "tickettags.h"

#include <QHash>
#include <QJsonDocument>

namespace sd::storage {

namespace {

template <typename Enum> Enum readEnum(const SqliteStatement &row, int column, Enum fallback)
{
    return core::fromString<Enum>(row.string(column)).value_or(fallback);
}

QVariantMap customFields(QByteArrayView text)
{
    // Most tickets have none: no JSON parser for them.
    if (text.isEmpty() || text == "{}")
        return {};
    return QJsonDocument::fromJson(text.toByteArray()).toVariant().toMap();
}

// The columns of TicketRow::selectColumns(), read as TicketRow::read reads them.
core::Ticket readTicket(const SqliteStatement &row)
{
    core::Ticket t;
    t.id = row.int64(0);
    t.number = row.string(1);
    t.createdAt = row.time(2);
    t.updatedAt = row.time(3);
    t.version = int(row.int64(4));
    t.mergedIntoId = row.int64(5);
    t.subject = row.string(6);
    t.description = row.string(7);
    t.status = readEnum(row, 8, core::TicketStatus::New);
    t.resolution = readEnum(row, 9, core::Resolution::None);
    t.priority = readEnum(row, 10, core::Priority::Normal);
    t.category = readEnum(row, 11, core::Category::Question);
    t.channel = readEnum(row, 12, core::Channel::Workstation);
    t.requesterId = row.int64(13);
    t.requesterEmail = row.string(14);
    t.requesterName = row.string(15);
    t.organisationId = row.int64(16);
    t.contractId = row.int64(17);
    t.projectCode = row.string(18);
    t.product = row.string(19);
    t.productVersion = row.string(20);
    t.os = row.string(21);
    t.stepsToReproduce = row.string(22);
    t.affectedUsers = int(row.int64(23));
    t.queueId = row.int64(24);
    t.assigneeId = row.int64(25);
    t.firstResponseAt = row.time(26);
    t.firstResponseDue = row.time(27);
    t.resolutionDue = row.time(28);
    t.resolvedAt = row.time(29);
    t.customFields = customFields(row.text(30));
    return t;
}

void bindAll(SqliteStatement &statement, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        statement.bindValue(int(i + 1), values.at(i));
}

} // namespace

Result<TicketPage> SnapshotRepository::tickets(const TicketFilter &filter)
{
    if (m_db.backend() == Backend::Sqlite)
        return sqliteTickets(filter);
    return TicketRepository(m_db).list(filter);
}

Result<SnapshotMessages> SnapshotRepository::messages(const QList<qint64> &ticketIds,
                                                      bool includeInternal)
{
    if (m_db.backend() == Backend::Sqlite)
        return sqliteMessages(ticketIds, includeInternal);
    auto messages = MessageRepository(m_db).forTickets(ticketIds, includeInternal);
    if (!messages)
        return messages.error();
    return SnapshotMessages{std::move(messages).value(), {}};
}

Result<QList<qint64>> SnapshotRepository::pageCursors(const TicketFilter &filter, int pageSize)
{
    // Every pageSize-th id of the filter, numbered newest first: a few hundred rows for a sync
    // of a hundred thousand tickets, read from the index alone.
    const SqlFragment where = TicketListQuery::conditions(filter);
    Statement select(m_db, u"SELECT id FROM (SELECT t.id, row_number() OVER (ORDER BY t.id "
                           u"DESC) AS position FROM tickets t WHERE 1 = 1" +
                               where.sql +
                               u") AS numbered WHERE position % ? = 0 ORDER BY id DESC");
    for (const QVariant &value : where.values)
        select.bind(value);
    if (!select.bind(qMax(1, pageSize)).exec())
        return select.error();
    QList<qint64> cursors;
    while (select.next())
        cursors.append(select.id(0));
    return cursors;
}

Result<bool> SnapshotRepository::anyLinks(qint64 lowest, qint64 highest)
{
    return exists(QStringLiteral("SELECT 1 FROM ticket_links WHERE from_ticket_id BETWEEN ? AND ? "
                                 "OR to_ticket_id BETWEEN ? AND ? LIMIT 1"),
                  2, lowest, highest);
}

Result<bool> SnapshotRepository::anyTags(qint64 lowest, qint64 highest)
{
    return exists(
        QStringLiteral("SELECT 1 FROM ticket_tags WHERE ticket_id BETWEEN ? AND ? LIMIT 1"), 1,
        lowest, highest);
}

Result<bool> SnapshotRepository::exists(const QString &sql, int rangeCount, qint64 lowest,
                                        qint64 highest)
{
    Statement select(m_db, sql);
    for (int i = 0; i < rangeCount; ++i)
        select.bind(lowest).bind(highest);
    if (!select.exec())
        return select.error();
    return select.next();
}

Result<TicketPage> SnapshotRepository::sqliteTickets(const TicketFilter &filter)
{
    const int limit = qBound(1, filter.limit, 500);
    const SqlFragment query = TicketListQuery::page(filter, limit + 1);
    SqliteStatement select(m_db, query.sql.toUtf8().constData());
    bindAll(select, query.values);
    TicketPage page;
    bool more = false;
    while (select.step()) {
        if (page.items.size() == limit) {
            more = true;
            break;
        }
        page.items.append(readTicket(select));
    }
    if (select.failed())
        return select.error();
    if (more)
        page.nextAfter = page.items.constLast().id;
    if (page.items.isEmpty())
        return page;
    // Newest first: the range runs from the last ticket to the first.
    const auto tagged = anyTags(page.items.constLast().id, page.items.constFirst().id);
    if (!tagged)
        return tagged.error();
    if (const Result<void> loaded =
            tagged.value() ? TicketTags::load(m_db, page.items) : Result<void>();
        !loaded)
        return loaded.error();
    return page;
}

Result<SnapshotMessages> SnapshotRepository::sqliteMessages(const QList<qint64> &ticketIds,
                                                            bool includeInternal)
{
    SnapshotMessages out;
    if (ticketIds.isEmpty())
        return out;
    const SqlFragment list = TicketListQuery::idList(ticketIds);
    const QString where = u"m.ticket_id IN (" + list.sql + u')' +
                          (includeInternal ? QString() : QStringLiteral(" AND m.internal = FALSE"));
    // By ticket, as the index has them: ordered by id alone, SQLite sorted every page's
    // messages, bodies and all, in a temporary b-tree.
    SqliteStatement rows(m_db, QString(u"SELECT m.id, m.ticket_id, m.author_id, m.author_name, "
                                       u"m.kind, m.created_at, m.body_html, m.body_text FROM "
                                       u"messages m WHERE " +
                                       where + u" ORDER BY m.ticket_id, m.id")
                                   .toUtf8()
                                   .constData());
    bindAll(rows, list.values);
    QHash<qint64, qsizetype> index;
    out.bodies.reserve(ticketIds.size() * 4);
    while (rows.step()) {
        core::Message m;
        m.id = rows.int64(0);
        m.ticketId = rows.int64(1);
        m.authorId = rows.int64(2);
        m.authorName = rows.string(3);
        m.kind = readEnum(rows, 4, m.kind);
        m.createdAt = rows.time(5);
        // Kept as UTF-8 for the page: decoding them to write them out again was a quarter of
        // the server's time.
        const QByteArrayView html = rows.text(6);
        const QByteArrayView text = rows.text(7);
        if (html.isValidUtf8() && text.isValidUtf8()) {
            out.bodies.insert(m.id, StoredBodies{html.toByteArray(), text.toByteArray()});
        } else {
            m.bodyHtml = rows.string(6);
            m.bodyText = rows.string(7);
        }
        index.insert(m.id, out.messages.size());
        out.messages.append(m);
    }
    if (rows.failed())
        return rows.error();
    SqliteStatement files(m_db, QString(u"SELECT ma.message_id, ma.attachment_id FROM "
                                        u"message_attachments ma JOIN messages m ON m.id = "
                                        u"ma.message_id WHERE " +
                                        where + u" ORDER BY ma.message_id, ma.position")
                                    .toUtf8()
                                    .constData());
    bindAll(files, list.values);
    while (files.step())
        out.messages[index.value(files.int64(0))].attachmentIds.append(files.int64(1));
    if (files.failed())
        return files.error();
    return out;
}

} // namespace sd::storage
