#include "reportdataset.h"

#include "storage/statement.h"

namespace sd::testing {

namespace {

using Ticket = ReportDataSet::Ticket;
using Target = ReportDataSet::Target;

// status, resolution, category, queue, agent, organisation, created, first response at,
// first response due, resolution due, resolved at, merged into.
const std::pair<const char *, Ticket> Tickets[] = {
    {"T1",
     {u"open"_qs,
      u"none"_qs,
      u"incident"_qs,
      u"Support"_qs,
      u"anna"_qs,
      u"Acme"_qs,
      u"2026-03-01T10:00:00Z"_qs,
      u"2026-03-01T11:00:00Z"_qs,
      u"2026-03-01T12:00:00Z"_qs,
      u"2026-03-04T10:00:00Z"_qs,
      {},
      {}}},
    {"T2",
     {u"resolved"_qs,
      u"fixed"_qs,
      u"question"_qs,
      u"Support"_qs,
      u"anna"_qs,
      u"Acme"_qs,
      u"2026-03-01T22:30:00Z"_qs,
      u"2026-03-01T23:00:00Z"_qs,
      u"2026-03-02T06:00:00Z"_qs,
      u"2026-03-03T08:00:00Z"_qs,
      u"2026-03-03T10:00:00Z"_qs,
      {}}},
    {"T3",
     {u"closed"_qs,
      u"answered"_qs,
      u"question"_qs,
      u"Support"_qs,
      u"boris"_qs,
      u"Beta"_qs,
      u"2026-03-02T22:30:00Z"_qs,
      u"2026-03-03T00:30:00Z"_qs,
      u"2026-03-03T00:00:00Z"_qs,
      u"2026-03-05T22:30:00Z"_qs,
      u"2026-03-03T12:00:00Z"_qs,
      {}}},
    {"T4",
     {u"pending_customer"_qs,
      u"none"_qs,
      u"feature_request"_qs,
      u"Development"_qs,
      u"boris"_qs,
      {},
      u"2026-03-03T08:00:00Z"_qs,
      u"2026-03-03T09:00:00Z"_qs,
      u"2026-03-03T16:00:00Z"_qs,
      {},
      {},
      {}}},
    {"T5",
     {u"new"_qs,
      u"none"_qs,
      u"question"_qs,
      {},
      {},
      u"Acme"_qs,
      u"2026-03-04T06:00:00Z"_qs,
      {},
      u"2026-03-04T07:00:00Z"_qs,
      u"2026-03-07T06:00:00Z"_qs,
      {},
      {}}},
    {"T6",
     {u"resolved"_qs,
      u"cannot_reproduce"_qs,
      u"incident"_qs,
      u"Support"_qs,
      u"anna"_qs,
      u"Beta"_qs,
      u"2026-03-04T12:00:00Z"_qs,
      u"2026-03-04T12:10:59.900Z"_qs,
      u"2026-03-04T20:00:00Z"_qs,
      u"2026-03-05T12:00:00Z"_qs,
      u"2026-03-05T20:00:00Z"_qs,
      {}}},
    {"T7",
     {u"closed"_qs,
      u"duplicate"_qs,
      u"incident"_qs,
      u"Support"_qs,
      u"anna"_qs,
      u"Beta"_qs,
      u"2026-03-04T13:00:00Z"_qs,
      {},
      {},
      {},
      u"2026-03-04T14:00:00Z"_qs,
      u"T6"_qs}},
    {"T8",
     {u"new"_qs,
      u"none"_qs,
      u"question"_qs,
      u"Support"_qs,
      u"boris"_qs,
      u"Beta"_qs,
      u"2026-03-05T21:30:00Z"_qs,
      {},
      u"2026-03-06T10:00:00Z"_qs,
      {},
      {},
      {}}},
    {"T9",
     {u"closed"_qs,
      u"out_of_scope"_qs,
      u"consultation"_qs,
      u"Support"_qs,
      u"boris"_qs,
      u"Acme"_qs,
      u"2026-02-20T10:00:00Z"_qs,
      u"2026-02-20T10:45:00Z"_qs,
      {},
      {},
      u"2026-03-02T10:00:00Z"_qs,
      {}}},
    {"T10",
     {u"open"_qs,
      u"none"_qs,
      u"question"_qs,
      u"Support"_qs,
      u"anna"_qs,
      u"Acme"_qs,
      u"2026-03-02T10:00:00Z"_qs,
      u"2026-03-02T10:20:00Z"_qs,
      u"2026-03-02T18:00:00Z"_qs,
      u"2026-03-05T10:00:00Z"_qs,
      {},
      {}}},
};

// ticket, target, state, due, warn, met, used minutes, breached.
const Target Targets[] = {
    {u"T1"_qs, u"first_response"_qs, u"met"_qs, u"2026-03-01T12:00:00Z"_qs,
     u"2026-03-01T11:48:00Z"_qs, u"2026-03-01T11:00:00Z"_qs, 60, false},
    {u"T1"_qs,
     u"resolution"_qs,
     u"breached"_qs,
     u"2026-03-04T10:00:00Z"_qs,
     u"2026-03-03T10:00:00Z"_qs,
     {},
     1620,
     true},
    {u"T2"_qs,
     u"first_response"_qs,
     u"met"_qs,
     u"2026-03-02T06:00:00Z"_qs,
     {},
     u"2026-03-01T23:00:00Z"_qs,
     30,
     false},
    {u"T2"_qs,
     u"resolution"_qs,
     u"met"_qs,
     u"2026-03-03T08:00:00Z"_qs,
     {},
     u"2026-03-03T10:00:00Z"_qs,
     600,
     true},
    {u"T3"_qs,
     u"first_response"_qs,
     u"met"_qs,
     u"2026-03-03T00:00:00Z"_qs,
     {},
     u"2026-03-03T00:30:00Z"_qs,
     45,
     true},
    {u"T3"_qs,
     u"resolution"_qs,
     u"met"_qs,
     u"2026-03-05T22:30:00Z"_qs,
     {},
     u"2026-03-03T12:00:00Z"_qs,
     240,
     false},
    {u"T3"_qs,
     u"next_response"_qs,
     u"breached"_qs,
     u"2026-03-02T22:00:00Z"_qs,
     u"2026-03-02T21:00:00Z"_qs,
     {},
     100,
     true},
    {u"T4"_qs,
     u"first_response"_qs,
     u"met"_qs,
     u"2026-03-03T16:00:00Z"_qs,
     {},
     u"2026-03-03T09:00:00Z"_qs,
     60,
     false},
    {u"T4"_qs, u"resolution"_qs, u"paused"_qs, {}, {}, {}, 100, false},
    {u"T5"_qs,
     u"first_response"_qs,
     u"running"_qs,
     u"2026-03-04T07:00:00Z"_qs,
     u"2026-03-04T06:48:00Z"_qs,
     {},
     0,
     false},
    {u"T5"_qs,
     u"resolution"_qs,
     u"running"_qs,
     u"2026-03-07T06:00:00Z"_qs,
     u"2026-03-06T20:00:00Z"_qs,
     {},
     0,
     false},
    {u"T6"_qs,
     u"first_response"_qs,
     u"met"_qs,
     u"2026-03-04T20:00:00Z"_qs,
     {},
     u"2026-03-04T12:10:59.900Z"_qs,
     11,
     false},
    {u"T6"_qs,
     u"resolution"_qs,
     u"met"_qs,
     u"2026-03-05T12:00:00Z"_qs,
     {},
     u"2026-03-05T20:00:00Z"_qs,
     900,
     true},
    {u"T7"_qs,
     u"resolution"_qs,
     u"met"_qs,
     u"2026-03-07T13:00:00Z"_qs,
     {},
     u"2026-03-04T14:00:00Z"_qs,
     60,
     false},
    {u"T8"_qs,
     u"first_response"_qs,
     u"running"_qs,
     u"2026-03-06T10:00:00Z"_qs,
     u"2026-03-06T08:30:00Z"_qs,
     {},
     0,
     false},
    {u"T9"_qs,
     u"first_response"_qs,
     u"met"_qs,
     u"2026-02-20T18:00:00Z"_qs,
     {},
     u"2026-02-20T10:45:00Z"_qs,
     45,
     false},
    {u"T9"_qs,
     u"resolution"_qs,
     u"met"_qs,
     u"2026-03-10T10:00:00Z"_qs,
     {},
     u"2026-03-02T10:00:00Z"_qs,
     4000,
     false},
    {u"T10"_qs,
     u"first_response"_qs,
     u"met"_qs,
     u"2026-03-02T18:00:00Z"_qs,
     {},
     u"2026-03-02T10:20:00Z"_qs,
     20,
     false},
    {u"T10"_qs,
     u"resolution"_qs,
     u"running"_qs,
     u"2026-03-05T10:00:00Z"_qs,
     u"2026-03-04T20:00:00Z"_qs,
     {},
     0,
     false},
    {u"T10"_qs,
     u"next_response"_qs,
     u"running"_qs,
     u"2026-03-06T12:00:00Z"_qs,
     u"2026-03-06T08:00:00Z"_qs,
     {},
     0,
     false},
};

struct AuditRow
{
    const char *ticket;
    const char *at;
    const char *field;
    const char *from;
    const char *to;
};

// T1 was resolved before the period and reopened in it; T10 resolved and reopened in it.
const AuditRow History[] = {
    {"T2", "2026-03-03T10:00:00Z", "status", "open", "resolved"},
    {"T10", "2026-03-02T11:00:00Z", "priority", "normal", "high"},
    {"T10", "2026-03-03T10:00:00Z", "status", "open", "resolved"},
    {"T10", "2026-03-04T10:00:00Z", "status", "resolved", "open"},
    {"T1", "2026-02-28T12:00:00Z", "status", "open", "resolved"},
    {"T1", "2026-03-02T12:00:00Z", "status", "resolved", "open"},
};

struct Rating
{
    const char *ticket;
    int score;
    const char *at;
};

const Rating Ratings[] = {
    {"T2", 5, "2026-03-03T12:00:00Z"}, {"T3", 4, "2026-03-03T13:00:00Z"},
    {"T6", 2, "2026-03-05T20:30:00Z"}, {"T9", 5, "2026-03-02T11:00:00Z"},
    {"T8", 1, "2026-03-06T08:00:00Z"},
};

QVariant timeValue(const QString &iso)
{
    return iso.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                         : QVariant(storage::Statement::timeText(ReportDataSet::at(iso)));
}

QVariant idValue(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace

QDateTime ReportDataSet::at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
}

bool ReportDataSet::write(storage::Database &db, QString *error)
{
    m_db = &db;
    return writeAccounts(error) && writeTickets(error) && writeTargets(error) &&
           writeHistory(error);
}

bool ReportDataSet::writeAccounts(QString *error)
{
    for (const char *name : {"Support", "Development"}) {
        if (!run(u"SELECT id FROM queues WHERE name = ?"_qs, {QString::fromLatin1(name)}, error,
                 &m_queues[QString::fromLatin1(name)]))
            return false;
    }
    const QString now = storage::Statement::timeText(at(u"2026-01-01T00:00:00Z"_qs));
    for (const auto &[login, name] :
         {std::pair{"anna", "Anna Petrova"}, {"boris", "Boris Orlov"}}) {
        if (!run(u"INSERT INTO users (login, login_key, name, role, created_at, updated_at) "
                 u"VALUES (?, ?, ?, 'agent', ?, ?) RETURNING id"_qs,
                 {QString::fromLatin1(login), QString::fromLatin1(login), QString::fromLatin1(name),
                  now, now},
                 error, &m_users[QString::fromLatin1(login)]))
            return false;
    }
    for (const auto &[name, level] : {std::pair{"Acme", "premium"}, {"Beta", "standard"}}) {
        const QString organisation = QString::fromLatin1(name);
        if (!run(u"INSERT INTO organisations (name, created_at, updated_at) VALUES (?, ?, ?) "
                 u"RETURNING id"_qs,
                 {organisation, now, now}, error, &m_organisations[organisation]) ||
            !run(u"INSERT INTO contracts (organisation_id, customer_kind, support_level, "
                 u"created_at) VALUES (?, 'paying', ?, ?) RETURNING id"_qs,
                 {m_organisations.value(organisation), QString::fromLatin1(level), now}, error,
                 &m_contracts[organisation]))
            return false;
    }
    return true;
}

bool ReportDataSet::writeTickets(QString *error)
{
    for (const auto &[name, ticket] : Tickets) {
        if (!insertTicket(QString::fromLatin1(name), ticket, error))
            return false;
    }
    return true;
}

bool ReportDataSet::insertTicket(const QString &name, const Ticket &t, QString *error)
{
    return run(u"INSERT INTO tickets (number, subject, status, resolution, priority, category, "
               u"channel, organisation_id, contract_id, queue_id, assignee_id, created_at, "
               u"updated_at, first_response_at, first_response_due, resolution_due, "
               u"resolved_at, merged_into_id) VALUES (?, ?, ?, ?, 'normal', ?, 'api', ?, ?, ?, "
               u"?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs,
               {QString(u"REP-"_qs + name), QString(u"Report ticket "_qs + name), t.status,
                t.resolution, t.category, idValue(m_organisations.value(t.organisation)),
                idValue(m_contracts.value(t.organisation)), idValue(m_queues.value(t.queue)),
                idValue(m_users.value(t.agent)), timeValue(t.created), timeValue(t.created),
                timeValue(t.firstResponseAt), timeValue(t.firstResponseDue),
                timeValue(t.resolutionDue), timeValue(t.resolvedAt),
                idValue(m_tickets.value(t.mergedInto))},
               error, &m_tickets[name]);
}

bool ReportDataSet::writeTargets(QString *error)
{
    for (const Target &t : Targets) {
        if (!insertTarget(t, error))
            return false;
    }
    return true;
}

bool ReportDataSet::insertTarget(const Target &t, QString *error)
{
    return run(u"INSERT INTO sla_targets (ticket_id, target, budget_minutes, started_at, state, "
               u"due_at, warn_at, met_at, used_minutes, breached) "
               u"VALUES (?, ?, 480, ?, ?, ?, ?, ?, ?, ?)"_qs,
               {m_tickets.value(t.ticket), t.target, timeValue(u"2026-02-01T00:00:00Z"_qs), t.state,
                timeValue(t.dueAt), timeValue(t.warnAt), timeValue(t.metAt), t.usedMinutes,
                t.breached},
               error);
}

bool ReportDataSet::writeHistory(QString *error)
{
    for (const AuditRow &row : History) {
        if (!run(u"INSERT INTO audit_events (created_at, entity_type, entity_id, action, field, "
                 u"old_value, new_value) VALUES (?, 'ticket', ?, 'update', ?, ?, ?)"_qs,
                 {timeValue(QString::fromLatin1(row.at)),
                  m_tickets.value(QString::fromLatin1(row.ticket)), QString::fromLatin1(row.field),
                  QString::fromLatin1(row.from), QString::fromLatin1(row.to)},
                 error))
            return false;
    }
    for (const Rating &rating : Ratings) {
        if (!run(u"INSERT INTO csat_ratings (ticket_id, score, created_at) VALUES (?, ?, ?)"_qs,
                 {m_tickets.value(QString::fromLatin1(rating.ticket)), rating.score,
                  timeValue(QString::fromLatin1(rating.at))},
                 error))
            return false;
    }
    return true;
}

bool ReportDataSet::run(const QString &sql, const QVariantList &values, QString *error, qint64 *id)
{
    storage::Statement statement(*m_db, sql);
    for (const QVariant &value : values)
        statement.bind(value);
    if (!statement.exec()) {
        *error = statement.error().message;
        return false;
    }
    if (id)
        *id = statement.next() ? statement.id(0) : 0;
    return true;
}

} // namespace sd::testing
