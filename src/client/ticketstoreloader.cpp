#include "ticketstoreloader.h"

#include "storage/database.h"
#include "storage/sqlitestatement.h"

namespace sd::client {

namespace {

using storage::Result;
using storage::SqliteStatement;

// Tickets opened before the user's first visit count as read ("reads_since" in sync_state,
// see ReadMarks); later ones are unread until opened after their last update.
const QByteArray Columns =
    "SELECT t.id, t.number, t.subject, t.requester_name, t.requester_email, "
    "t.organisation_id, t.organisation_name, t.queue_id, t.queue_name, t.assignee_id, "
    "t.assignee_name, t.status, t.priority, t.category, unixepoch(t.created_at), "
    "unixepoch(t.updated_at), unixepoch(t.first_response_at), unixepoch(t.first_response_due), "
    "unixepoch(t.resolution_due), unixepoch(t.resolved_at), t.pending, CASE WHEN r.ticket_id "
    "IS NULL THEN coalesce(t.updated_at, t.created_at) > (SELECT value FROM sync_state WHERE "
    "key = 'reads_since') ELSE t.updated_at > r.seen_updated_at END FROM tickets t LEFT JOIN "
    "ticket_reads r ON r.ticket_id = t.id ";

template <typename Enum> Enum enumFromUtf8(QByteArrayView text, Enum fallback)
{
    for (const auto &[value, name] : core::EnumTraits<Enum>::names)
        if (QStringView(name) == QLatin1StringView(text))
            return value;
    return fallback;
}

void readRow(const SqliteStatement &row, TicketRowInput &t)
{
    t.id = row.int64(0);
    t.number = row.text(1);
    t.subject = row.text(2);
    t.requesterName = row.text(3);
    t.requesterEmail = row.text(4);
    t.organisationId = row.int64(5);
    t.organisationName = row.text(6);
    t.queueId = row.int64(7);
    t.queueName = row.text(8);
    t.assigneeId = row.int64(9);
    t.assigneeName = row.text(10);
    t.status = enumFromUtf8(row.text(11), core::TicketStatus::New);
    t.priority = enumFromUtf8(row.text(12), core::Priority::Normal);
    t.category = enumFromUtf8(row.text(13), core::Category::Question);
    t.createdAt = row.int64(14);
    t.updatedAt = row.int64(15);
    t.firstResponseAt = row.int64(16);
    t.firstResponseDue = row.int64(17);
    t.resolutionDue = row.int64(18);
    t.resolvedAt = row.int64(19);
    t.pending = row.int64(20) != 0;
    t.unread = row.int64(21) != 0;
}

} // namespace

Result<void> TicketStoreLoader::load(TicketStore &store, const QByteArray &sql, qint64 parameter,
                                     std::vector<TicketStore::Row> *rows)
{
    SqliteStatement select(m_db, sql.constData());
    if (!select.ok())
        return select.error();
    if (parameter != 0)
        select.bind(1, parameter);
    TicketRowInput ticket;
    while (select.step()) {
        readRow(select, ticket);
        const TicketStore::Row row = store.upsert(ticket);
        if (rows != nullptr)
            rows->push_back(row);
    }
    if (select.failed())
        return select.error();
    return {};
}

Result<void> TicketStoreLoader::loadAll(TicketStore &store)
{
    SqliteStatement count(m_db, "SELECT count(*) FROM tickets");
    if (!count.step())
        return count.error();
    store.reserve(std::size_t(count.int64(0)));
    return load(store, Columns + "ORDER BY t.id DESC", 0, nullptr);
}

Result<void> TicketStoreLoader::loadAll(const QString &databaseUrl, TicketStore &store)
{
    auto db = storage::Database::open(databaseUrl);
    if (!db)
        return db.error();
    return TicketStoreLoader(*db.value()).loadAll(store);
}

Result<void> TicketStoreLoader::loadNewest(TicketStore &store, int limit)
{
    return load(store, Columns + "ORDER BY t.id DESC LIMIT ?", limit, nullptr);
}

Result<std::vector<TicketStore::Row>> TicketStoreLoader::reload(TicketStore &store,
                                                                const QList<qint64> &ids)
{
    std::vector<TicketStore::Row> rows;
    for (const qint64 id : ids) {
        const std::size_t before = rows.size();
        if (auto loaded = load(store, Columns + "WHERE t.id = ?", id, &rows); !loaded)
            return loaded.error();
        if (rows.size() == before) {
            store.remove(id);
            if (const auto row = store.rowOf(id))
                rows.push_back(*row);
        }
    }
    return rows;
}

} // namespace sd::client
