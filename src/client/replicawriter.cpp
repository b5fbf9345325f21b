#include "replicawriter.h"

namespace sd::client {

namespace {

// Every column the replica fills from the server's ticket: the same as an older version of
// the row has, and only a newer or equal version replaces it (a sync page read before a change
// the feed already brought loses).
constexpr const char *TicketUpsert =
    "INSERT INTO tickets (id, number, version, status, priority, category, subject, queue_id, "
    "assignee_id, organisation_id, created_at, updated_at, first_response_at, "
    "first_response_due, resolution_due, resolved_at, requester_name, requester_email, "
    "organisation_name, queue_name, assignee_name, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
    "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22) ON CONFLICT (id) "
    "DO UPDATE SET number = excluded.number, version = excluded.version, status = "
    "excluded.status, priority = excluded.priority, category = excluded.category, subject = "
    "excluded.subject, queue_id = excluded.queue_id, assignee_id = excluded.assignee_id, "
    "organisation_id = excluded.organisation_id, created_at = excluded.created_at, updated_at "
    "= excluded.updated_at, first_response_at = excluded.first_response_at, "
    "first_response_due = excluded.first_response_due, resolution_due = "
    "excluded.resolution_due, resolved_at = excluded.resolved_at, requester_name = "
    "excluded.requester_name, requester_email = excluded.requester_email, organisation_name = "
    "excluded.organisation_name, queue_name = excluded.queue_name, assignee_name = "
    "excluded.assignee_name, json = excluded.json WHERE excluded.version >= tickets.version";

constexpr const char *MessageUpsert =
    "INSERT INTO messages (id, ticket_id, created_at, kind, json) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, created_at = "
    "excluded.created_at, kind = excluded.kind, json = excluded.json";

} // namespace

ReplicaWriter::ReplicaWriter(storage::Database &db)
    : m_ticket(db, TicketUpsert), m_message(db, MessageUpsert)
{}

void ReplicaWriter::bind(storage::SqliteStatement &statement, int index, const RecordText &text,
                         bool nullable)
{
    // Raw values lie in the page, which outlives the statement's run.
    if (!text.present && nullable)
        statement.bindNull(index);
    else if (text.string.escaped)
        statement.bindText(index, JsonScanner::unescaped(text.string.raw));
    else
        statement.bindTextInPlace(index, text.string.raw);
}

void ReplicaWriter::bindId(storage::SqliteStatement &statement, int index, qint64 id)
{
    if (id != 0)
        statement.bind(index, id);
    else
        statement.bindNull(index);
}

storage::Result<void> ReplicaWriter::write(const TicketRecord &t,
                                           std::span<const MessageRecord> messages)
{
    storage::SqliteStatement &s = m_ticket;
    s.reset();
    s.bind(1, t.id);
    bind(s, 2, t.number, false);
    s.bind(3, t.version);
    bind(s, 4, t.status, false);
    bind(s, 5, t.priority, false);
    bind(s, 6, t.category, false);
    bind(s, 7, t.subject, false);
    bindId(s, 8, t.queueId);
    bindId(s, 9, t.assigneeId);
    bindId(s, 10, t.organisationId);
    int index = 11;
    for (const RecordText *text :
         {&t.createdAt, &t.updatedAt, &t.firstResponseAt, &t.firstResponseDue, &t.resolutionDue,
          &t.resolvedAt, &t.requesterName, &t.requesterEmail, &t.organisationName, &t.queueName,
          &t.assigneeName})
        bind(s, index++, *text);
    if (t.cutTo > t.cutFrom) {
        m_json.clear();
        m_json.append(t.json.first(t.cutFrom)).append(t.json.sliced(t.cutTo));
        s.bindTextInPlace(22, m_json);
    } else {
        s.bindTextInPlace(22, t.json);
    }
    s.step();
    if (s.failed())
        return s.error();
    for (const MessageRecord &message : messages)
        if (auto written = write(message); !written)
            return written;
    return {};
}

storage::Result<void> ReplicaWriter::write(const MessageRecord &m)
{
    storage::SqliteStatement &s = m_message;
    s.reset();
    s.bind(1, m.id).bind(2, m.ticketId);
    bind(s, 3, m.createdAt);
    bind(s, 4, m.kind, false);
    s.bindTextInPlace(5, m.json);
    s.step();
    if (s.failed())
        return s.error();
    return {};
}

} // namespace sd::client
