#include "reporthistory.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QRegularExpression>

namespace sd::bench {

namespace {

constexpr int Agents = 40;
constexpr int Organisations = 200;
constexpr qint64 Year = 365 * 86400;
const QStringList ExtraQueues{QStringLiteral("Billing"), QStringLiteral("Integrations"),
                              QStringLiteral("Mobile"), QStringLiteral("Hardware")};

// u1..u8: independent-looking values 0..9999 per row, from the high bits of multiplicative
// hashes of the row number (identical integer arithmetic on both backends).
const QString Uniforms = QStringLiteral(R"(
uniforms AS (
    SELECT g, ((g * 2654435761) % 4294967296) / 429497 AS u1,
           ((g * 2246822519) % 4294967296) / 429497 AS u2,
           ((g * 3266489917) % 4294967296) / 429497 AS u3,
           ((g * 668265263) % 4294967296) / 429497 AS u4,
           ((g * 374761393) % 4294967296) / 429497 AS u5,
           ((g * 1597334677) % 4294967296) / 429497 AS u6,
           ((g * 2146121005) % 4294967296) / 429497 AS u7,
           ((g * 2221713035) % 4294967296) / 429497 AS u8
    FROM series))");

// Epoch seconds throughout; the status depends on the ticket's age at the end.
const QString Aged = QStringLiteral(R"(
timed AS (
    SELECT uniforms.*, ${END} - ${YEAR} + ((g - 1) * ${YEAR}) / ${N} + u6 % ${STEP} AS created
    FROM uniforms),
aged AS (
    SELECT timed.*, CASE
        WHEN ${END} - created < 86400 THEN CASE WHEN u1 < 3500 THEN 'new' WHEN u1 < 7000
            THEN 'open' WHEN u1 < 8000 THEN 'pending_customer' WHEN u1 < 8500
            THEN 'in_development' ELSE 'resolved' END
        WHEN ${END} - created < 7 * 86400 THEN CASE WHEN u1 < 500 THEN 'new' WHEN u1 < 2500
            THEN 'open' WHEN u1 < 3500 THEN 'pending_customer' WHEN u1 < 4500
            THEN 'in_development' WHEN u1 < 8000 THEN 'resolved' ELSE 'closed' END
        WHEN ${END} - created < 30 * 86400 THEN CASE WHEN u1 < 500 THEN 'open' WHEN u1 < 800
            THEN 'pending_customer' WHEN u1 < 1500 THEN 'in_development' WHEN u1 < 3000
            THEN 'resolved' ELSE 'closed' END
        ELSE CASE WHEN u1 < 50 THEN 'open' WHEN u1 < 250 THEN 'in_development'
            ELSE 'closed' END END AS status
    FROM timed))");

const QString Timed = QStringLiteral(R"(
finished AS (
    SELECT aged.*,
        CASE WHEN status = 'new' THEN NULL ELSE created + 60 * (5 + u1 * u1 / 100000) END
            AS answer,
        CASE WHEN status NOT IN ('resolved', 'closed') THEN NULL
             WHEN created + 60 * (30 + u2 * u2 / 10000) < ${END}
             THEN created + 60 * (30 + u2 * u2 / 10000) ELSE ${END} - 60 END AS resolved
    FROM aged))");

const QString History = QStringLiteral(R"(
CREATE TEMP TABLE bench_history AS
WITH RECURSIVE ${SERIES:${N}}, %1, %2, %3
SELECT g, created, status, resolved, u3, u4, u5, u6, u7, u8,
    CASE WHEN answer IS NULL OR answer > ${END} THEN resolved
         WHEN resolved IS NOT NULL AND answer > resolved THEN resolved ELSE answer END
        AS first_response,
    CASE WHEN status NOT IN ('resolved', 'closed') THEN 'none' WHEN u2 % 100 < 45
        THEN 'answered' WHEN u2 % 100 < 70 THEN 'fixed' WHEN u2 % 100 < 76
        THEN 'cannot_reproduce' WHEN u2 % 100 < 84 THEN 'insufficient_information'
        WHEN u2 % 100 < 89 THEN 'out_of_scope' WHEN u2 % 100 < 94 THEN 'duplicate'
        WHEN u2 % 100 < 95 THEN 'declined_abusive' ELSE 'feature_accepted' END AS resolution,
    CASE WHEN u3 < 5000 THEN 'question' WHEN u3 < 8000 THEN 'incident' WHEN u3 < 9000
        THEN 'feature_request' ELSE 'consultation' END AS category,
    CASE WHEN u4 < 1500 THEN 'low' WHEN u4 < 7500 THEN 'normal' WHEN u4 < 9500 THEN 'high'
        ELSE 'critical' END AS priority,
    CASE WHEN u5 < 5500 THEN ${Q0} WHEN u5 < 7000 THEN ${Q1} WHEN u5 < 8000 THEN ${Q2}
        WHEN u5 < 8800 THEN ${Q3} WHEN u5 < 9500 THEN ${Q4} ELSE ${Q5} END AS queue_id,
    CASE WHEN (status = 'new' AND u7 < 8000) OR u7 >= 9900 THEN NULL
        ELSE ${AGENT0} + u7 % ${AGENTS} END AS assignee_id,
    CASE WHEN u4 % 10 = 0 THEN NULL ELSE u5 % ${ORGS} END AS org
FROM finished)");

const QString Tickets = QStringLiteral(R"(
INSERT INTO tickets (number, subject, description, status, resolution, priority, category,
    channel, requester_email, requester_name, organisation_id, contract_id, product,
    product_version, queue_id, assignee_id, created_at, updated_at, first_response_at,
    first_response_due, resolution_due, resolved_at%1)
SELECT 'SD-BENCH-' || h.g, x.subject, x.description, h.status, h.resolution, h.priority,
    h.category, 'submit_dialog', 'customer' || (h.g % 5000) || '@bench.example.com',
    'Customer ' || (h.g % 5000), ${ORG0} + h.org, ${CONTRACT0} + h.org, 'Business Studio',
    '5.2.1', h.queue_id, h.assignee_id, ${TS:h.created},
    ${TS:COALESCE(h.resolved, h.first_response, h.created)}, ${TS:h.first_response},
    ${TS:h.created + 28800}, ${TS:h.created + 259200}, ${TS:h.resolved}%2
FROM bench_history h JOIN bench_texts x ON x.k = h.g % 64 ORDER BY h.g)");

} // namespace

ReportHistory::ReportHistory(storage::Database &db, int tickets, const QDateTime &end)
    : m_db(db), m_tickets(tickets), m_end(end.toSecsSinceEpoch() / 60 * 60)
{
    m_values = {{QStringLiteral("N"), QString::number(tickets)},
                {QStringLiteral("END"), QString::number(m_end)},
                {QStringLiteral("YEAR"), QString::number(Year)},
                {QStringLiteral("STEP"), QString::number(qMax<qint64>(1, Year / tickets))},
                {QStringLiteral("AGENTS"), QString::number(Agents)},
                {QStringLiteral("ORGS"), QString::number(Organisations)}};
}

QString ReportHistory::expand(QString sql) const
{
    const bool sqlite = m_db.backend() == storage::Backend::Sqlite;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        sql.replace(u"${" + it.key() + u'}', it.value());
    static const QRegularExpression series(QStringLiteral("\\$\\{SERIES:(\\d+)\\}"));
    sql.replace(series, sqlite ? QStringLiteral("series(g) AS (SELECT 1 UNION ALL SELECT g + 1 "
                                                "FROM series WHERE g < \\1)")
                               : QStringLiteral("series(g) AS (SELECT generate_series(1::bigint, "
                                                "\\1))"));
    static const QRegularExpression time(QStringLiteral("\\$\\{TS:([^}]*)\\}"));
    sql.replace(time, sqlite ? QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', \\1, 'unixepoch')")
                             : QStringLiteral("to_timestamp(\\1)"));
    return sql;
}

bool ReportHistory::exec(const QString &sql, QString *error)
{
    const auto done = m_db.execute(expand(sql));
    if (!done)
        *error = done.error().message;
    return done.ok();
}

bool ReportHistory::queryId(const QString &sql, qint64 *id, QString *error)
{
    storage::Statement select(m_db, expand(sql));
    if (!select.exec()) {
        *error = select.error().message;
        return false;
    }
    *id = select.next() ? select.id(0) : 0;
    return true;
}

int ReportHistory::existingTickets(storage::Database &db, QString *error)
{
    storage::Statement count(db, QStringLiteral("SELECT COUNT(*) FROM tickets "
                                                "WHERE number LIKE 'SD-BENCH-%'"));
    if (!count.exec()) {
        *error = count.error().message;
        return -1;
    }
    return count.next() ? int(count.id(0)) : 0;
}

bool ReportHistory::build(QString *error)
{
    {
        storage::Transaction tx(m_db);
        if (!tx)
            return *error = tx.error().message, false;
        if (!accounts(error) || !history(error) || !texts(error) || !tickets(error) ||
            !targets(error) || !audit(error) || !ratings(error))
            return false;
        if (const auto committed = tx.commit(); !committed)
            return *error = committed.error().message, false;
    }
    return analyse(error);
}

bool ReportHistory::accounts(QString *error)
{
    const QString now = QStringLiteral("${TS:${END} - ${YEAR} - 86400}");
    QStringList queues;
    for (const QString &name : ExtraQueues)
        queues << u"('" + name + u"', " + now + u')';
    if (!exec(u"INSERT INTO queues (name, created_at) VALUES " + queues.join(u", "), error))
        return false;
    const QStringList queueNames =
        QStringList{QStringLiteral("Support"), QStringLiteral("Development")} + ExtraQueues;
    for (int i = 0; i < queueNames.size(); ++i) {
        qint64 id = 0;
        if (!queryId(u"SELECT id FROM queues WHERE name = '" + queueNames.at(i) + u'\'', &id,
                     error))
            return false;
        m_values.insert(u"Q" + QString::number(i), QString::number(id));
    }
    const QString users = QStringLiteral(
        "INSERT INTO users (login, login_key, name, role, created_at, updated_at) "
        "WITH RECURSIVE ${SERIES:%1} SELECT 'bench-agent-' || g, 'bench-agent-' || g, "
        "'Agent ' || g, 'agent', %2, %2 FROM series ORDER BY g");
    const QString organisations = QStringLiteral(
        "INSERT INTO organisations (name, created_at, updated_at) WITH RECURSIVE ${SERIES:%1} "
        "SELECT 'Bench organisation ' || g, %2, %2 FROM series ORDER BY g");
    const QString contracts = QStringLiteral(
        "INSERT INTO contracts (organisation_id, contract_number, customer_kind, support_level, "
        "created_at) SELECT id, 'C-' || id, CASE WHEN id % 10 < 8 THEN 'paying' ELSE 'trial' "
        "END, CASE WHEN id % 10 < 2 THEN 'premium' WHEN id % 10 < 7 THEN 'standard' ELSE "
        "'basic' END, %1 FROM organisations WHERE name LIKE 'Bench organisation %' ORDER BY id");
    qint64 agent0 = 0, org0 = 0, contract0 = 0;
    if (!exec(users.arg(Agents).arg(now), error) ||
        !exec(organisations.arg(Organisations).arg(now), error) ||
        !exec(contracts.arg(now), error) ||
        !queryId(QStringLiteral("SELECT MIN(id) FROM users WHERE login LIKE 'bench-agent-%'"),
                 &agent0, error) ||
        !queryId(QStringLiteral("SELECT MIN(id) FROM organisations "
                                "WHERE name LIKE 'Bench organisation %'"),
                 &org0, error) ||
        !queryId(QStringLiteral("SELECT MIN(id) FROM contracts WHERE contract_number LIKE 'C-%'"),
                 &contract0, error))
        return false;
    m_values.insert(QStringLiteral("AGENT0"), QString::number(agent0));
    m_values.insert(QStringLiteral("ORG0"), QString::number(org0));
    m_values.insert(QStringLiteral("CONTRACT0"), QString::number(contract0));
    return true;
}

bool ReportHistory::history(QString *error)
{
    return exec(QStringLiteral("DROP TABLE IF EXISTS bench_history"), error) &&
           exec(History.arg(Uniforms, Aged, Timed), error);
}

bool ReportHistory::texts(QString *error)
{
    const bool postgres = m_db.backend() == storage::Backend::PostgreSql;
    if (!exec(QStringLiteral("DROP TABLE IF EXISTS bench_texts"), error) ||
        !exec(QStringLiteral("CREATE TEMP TABLE bench_texts (k INTEGER PRIMARY KEY, "
                             "subject TEXT NOT NULL, description TEXT NOT NULL%1)")
                  .arg(postgres ? QStringLiteral(", vector tsvector") : QString()),
              error))
        return false;
    const QStringList things{u"Invoice"_qs,  u"Price list"_qs,    u"Warehouse report"_qs,
                             u"Payroll"_qs,  u"Contract form"_qs, u"Bank statement"_qs,
                             u"Transfer"_qs, u"VAT return"_qs};
    const QStringList troubles{u"printing hangs"_qs,    u"import stops"_qs,
                               u"export fails"_qs,      u"sync times out"_qs,
                               u"totals are wrong"_qs,  u"preview is blank"_qs,
                               u"upload is refused"_qs, u"signature is lost"_qs};
    for (int k = 0; k < 64; ++k) {
        storage::Statement insert(m_db, QStringLiteral("INSERT INTO bench_texts (k, subject, "
                                                       "description) VALUES (?, ?, ?)"));
        const QString what = things.at(k % 8) + u' ' + troubles.at(k / 8);
        insert.bind(k).bind(QString(what + u" in branch " + QString::number(k % 5 + 1)));
        insert.bind(QString(u"Since the update to 5.2.1 the " + what.toLower() +
                            u" at the second step; it worked in 5.1. Open the journal, choose "
                            u"the period and press Print. Several users are affected."));
        if (!insert.exec())
            return *error = insert.error().message, false;
    }
    return !postgres || exec(QStringLiteral("UPDATE bench_texts SET vector = "
                                            "setweight(sd_search_vector(subject), 'A') || "
                                            "setweight(sd_search_vector(description), 'B')"),
                             error);
}

bool ReportHistory::tickets(QString *error)
{
    if (m_db.backend() == storage::Backend::PostgreSql) {
        return exec(QStringLiteral("ALTER TABLE tickets DISABLE TRIGGER tickets_search_insert"),
                    error) &&
               exec(Tickets.arg(QStringLiteral(", search_vector"), QStringLiteral(", x.vector")),
                    error) &&
               exec(QStringLiteral("ALTER TABLE tickets ENABLE TRIGGER tickets_search_insert"),
                    error) &&
               afterTickets(error);
    }
    storage::Statement trigger(m_db, QStringLiteral("SELECT sql FROM sqlite_master "
                                                    "WHERE name = 'tickets_search_insert'"));
    if (!trigger.exec() || !trigger.next())
        return *error = QStringLiteral("no tickets_search_insert trigger"), false;
    const QString recreate = trigger.text(0);
    return exec(QStringLiteral("DROP TRIGGER tickets_search_insert"), error) &&
           exec(Tickets.arg(QString(), QString()), error) && m_db.execute(recreate).ok() &&
           afterTickets(error);
}

bool ReportHistory::afterTickets(QString *error)
{
    qint64 first = 0, last = 0, numbered = 0;
    const QString bench = QStringLiteral(" FROM tickets WHERE number LIKE 'SD-BENCH-%'");
    if (!queryId(u"SELECT MIN(id)" + bench, &first, error) ||
        !queryId(u"SELECT MAX(id)" + bench, &last, error) ||
        !queryId(QStringLiteral("SELECT id FROM tickets WHERE number = 'SD-BENCH-1'"), &numbered,
                 error))
        return false;
    if (last - first + 1 != m_tickets || numbered != first)
        return *error = QStringLiteral("ticket ids do not follow the row numbers"), false;
    m_values.insert(QStringLiteral("TICKET0"), QString::number(first));
    return exec(QStringLiteral("UPDATE tickets SET merged_into_id = id - 1 WHERE "
                               "resolution = 'duplicate' AND id % 2 = 0 AND id > ${TICKET0}"),
                error);
}

bool ReportHistory::targets(QString *error)
{
    const QString insert = QStringLiteral(
        "INSERT INTO sla_targets (ticket_id, target, budget_minutes, started_at, state, due_at, "
        "warn_at, met_at, used_minutes, breached) ");
    // Business minutes are taken as a third of the calendar minutes (nights and weekends).
    const QString firstResponse = QStringLiteral(R"(
SELECT ${TICKET0} + g - 1, 'first_response', 480, ${TS:created},
    CASE WHEN first_response IS NOT NULL THEN 'met' WHEN status = 'pending_customer'
        THEN 'paused' WHEN created + 28800 <= ${END} THEN 'breached' ELSE 'running' END,
    CASE WHEN first_response IS NULL AND status = 'pending_customer' THEN NULL
        ELSE ${TS:created + 28800} END,
    CASE WHEN first_response IS NULL AND status = 'pending_customer' THEN NULL
        ELSE ${TS:created + 23040} END,
    ${TS:first_response},
    CASE WHEN first_response IS NOT NULL THEN (first_response - created) / 180 ELSE 0 END,
    CASE WHEN first_response > created + 28800 OR (first_response IS NULL
        AND status <> 'pending_customer' AND created + 28800 <= ${END}) THEN TRUE ELSE FALSE END
FROM bench_history)");
    const QString resolution = QStringLiteral(R"(
SELECT ${TICKET0} + g - 1, 'resolution', 1620, ${TS:created},
    CASE WHEN resolved IS NOT NULL THEN 'met' WHEN status = 'pending_customer' THEN 'paused'
        WHEN created + 259200 <= ${END} THEN 'breached' ELSE 'running' END,
    CASE WHEN resolved IS NULL AND status = 'pending_customer' THEN NULL
        ELSE ${TS:created + 259200} END,
    CASE WHEN resolved IS NULL AND status = 'pending_customer' THEN NULL
        ELSE ${TS:created + 207360} END,
    ${TS:resolved},
    CASE WHEN resolved IS NOT NULL THEN (resolved - created) / 180
        WHEN status = 'pending_customer' THEN (${END} - created) / 360 ELSE 0 END,
    CASE WHEN resolved > created + 259200 OR (resolved IS NULL
        AND status <> 'pending_customer' AND created + 259200 <= ${END}) THEN TRUE ELSE FALSE END
FROM bench_history)");
    // For 30 % of the answered tickets the customer wrote back two hours after the answer.
    const QString met = QStringLiteral("first_response + 7800 + 60 * (u8 % 600) <= ${END} AND "
                                       "(resolved IS NOT NULL OR u5 % 2 = 0)");
    const QString nextResponse = QStringLiteral(R"(
SELECT ${TICKET0} + g - 1, 'next_response', 480, ${TS:first_response + 7200},
    CASE WHEN %1 THEN 'met' WHEN status = 'pending_customer' THEN 'paused'
        WHEN first_response + 36000 <= ${END} THEN 'breached' ELSE 'running' END,
    CASE WHEN NOT (%1) AND status = 'pending_customer' THEN NULL
        ELSE ${TS:first_response + 36000} END,
    CASE WHEN NOT (%1) AND status = 'pending_customer' THEN NULL
        ELSE ${TS:first_response + 30240} END,
    CASE WHEN %1 THEN ${TS:first_response + 7800 + 60 * (u8 % 600)} END,
    CASE WHEN %1 THEN (10 + u8 % 600) / 3 ELSE 0 END,
    CASE WHEN (%1 AND u8 % 600 > 470) OR (NOT (%1) AND status <> 'pending_customer'
        AND first_response + 36000 <= ${END}) THEN TRUE ELSE FALSE END
FROM bench_history WHERE first_response IS NOT NULL AND (u7 / 10) % 10 < 3
    AND first_response + 7200 <= ${END})");
    return exec(insert + firstResponse, error) && exec(insert + resolution, error) &&
           exec(insert + nextResponse.arg(met), error);
}

bool ReportHistory::audit(QString *error)
{
    const QString insert = QStringLiteral(
        "INSERT INTO audit_events (created_at, actor_id, entity_type, entity_id, action, field, "
        "old_value, new_value) SELECT %1, %2, 'ticket', ${TICKET0} + g - 1, %3 FROM bench_history");
    const QString closedAt = QStringLiteral("${TS:CASE WHEN resolved + 604800 < ${END} THEN "
                                            "resolved + 604800 ELSE ${END} END}");
    // 5 % of the finished tickets were resolved once before, and reopened.
    const QString reopened = QStringLiteral(" WHERE resolved IS NOT NULL AND u6 % 20 = 0");
    const QStringList steps{
        insert.arg(QStringLiteral("${TS:created}"), QStringLiteral("NULL"),
                   QStringLiteral("'create', 'number', '', 'SD-BENCH-' || g")),
        insert.arg(QStringLiteral("${TS:created + 300}"), QStringLiteral("assignee_id"),
                   QStringLiteral("'update', 'assignee_id', '', CAST(assignee_id AS TEXT)")) +
            u" WHERE assignee_id IS NOT NULL",
        insert.arg(QStringLiteral("${TS:resolved}"), QStringLiteral("assignee_id"),
                   QStringLiteral("'update', 'status', 'open', 'resolved'")) +
            u" WHERE resolved IS NOT NULL",
        insert.arg(closedAt, QStringLiteral("NULL"),
                   QStringLiteral("'update', 'status', 'resolved', 'closed'")) +
            u" WHERE status = 'closed'",
        insert.arg(QStringLiteral("${TS:created + (resolved - created) / 3}"),
                   QStringLiteral("assignee_id"),
                   QStringLiteral("'update', 'status', 'open', 'resolved'")) +
            reopened,
        insert.arg(QStringLiteral("${TS:created + (resolved - created) / 2}"),
                   QStringLiteral("NULL"),
                   QStringLiteral("'update', 'status', 'resolved', 'open'")) +
            reopened,
    };
    for (const QString &step : steps) {
        if (!exec(step, error))
            return false;
    }
    return true;
}

bool ReportHistory::ratings(QString *error)
{
    return exec(QStringLiteral(R"(
INSERT INTO csat_ratings (ticket_id, score, created_at)
SELECT ${TICKET0} + g - 1, CASE WHEN (u8 / 5) % 100 < 55 THEN 5 WHEN (u8 / 5) % 100 < 80
    THEN 4 WHEN (u8 / 5) % 100 < 90 THEN 3 WHEN (u8 / 5) % 100 < 95 THEN 2 ELSE 1 END,
    ${TS:CASE WHEN resolved + 7200 < ${END} THEN resolved + 7200 ELSE ${END} END}
FROM bench_history WHERE resolved IS NOT NULL AND u8 % 5 = 0)"),
                error);
}

bool ReportHistory::analyse(QString *error)
{
    if (!exec(QStringLiteral("DROP TABLE bench_history"), error) ||
        !exec(QStringLiteral("DROP TABLE bench_texts"), error))
        return false;
    if (m_db.backend() == storage::Backend::Sqlite)
        return exec(QStringLiteral("ANALYZE"), error);
    // As autovacuum would soon after such a load: index-only scans need the visibility map.
    for (const char *table : {"tickets", "sla_targets", "audit_events", "csat_ratings"}) {
        if (!exec(u"VACUUM ANALYZE " + QString::fromLatin1(table), error))
            return false;
    }
    // A steady state: the checkpoint of the 2 GB just written is not to run during the timed
    // reports. Needs a superuser; a --db without one goes on without it.
    QString ignored;
    exec(QStringLiteral("CHECKPOINT"), &ignored);
    return true;
}

} // namespace sd::bench
