#include "ticketbulkload.h"

#include "loadaccounts.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QStringList>

namespace sd::bench {

namespace {

// 64 distinct subjects and descriptions; their search vectors are computed once and copied
// (the per-row trigger would spend minutes stemming the same 64 texts a million times).
const QString Texts = QStringLiteral(R"(
texts AS (
    SELECT k, subject, description,
           setweight(sd_search_vector(subject), 'A') ||
           setweight(sd_search_vector(description), 'B') AS vector
    FROM (SELECT k,
                 w1[1 + k % 8] || ' ' || w2[1 + k / 8] || ' in branch ' || (k % 5 + 1) AS subject,
                 'Since the update to 5.2.1 the ' || lower(w1[1 + k % 8]) || ' ' ||
                 w2[1 + k / 8] || ' at the second step; it worked in 5.1. Open the journal, '
                 'choose the period and press Print.' AS description
          FROM generate_series(0, 63) AS k,
               (SELECT ARRAY['Invoice', 'Price list', 'Warehouse report', 'Payroll export',
                             'Contract template', 'Bank statement', 'Stock transfer',
                             'VAT return'] AS w1,
                       ARRAY['printing hangs', 'import stops', 'export fails',
                             'sync times out', 'totals are wrong', 'preview is blank',
                             'upload is refused', 'signature is lost'] AS w2) AS words) AS t))");

// r picks the status (new 4 %, open 6 %, pending_customer 4 %, resolved 16 %, closed 70 %),
// r2 the assignee and r3 the deadline; ids grow with created_at as they would in real life.
const QString Rows = QStringLiteral(R"(
rows AS (
    SELECT g, r2, r3,
           CASE WHEN r < 0.04 THEN 'new' WHEN r < 0.10 THEN 'open'
                WHEN r < 0.14 THEN 'pending_customer' WHEN r < 0.30 THEN 'resolved'
                ELSE 'closed' END AS status,
           now() - (%1 - g) * interval '30 seconds' AS created
    FROM (SELECT g, random() AS r, random() AS r2, random() AS r3
          FROM generate_series(1, %1) AS g) AS randoms))");

const QString Insert = QStringLiteral(R"(
INSERT INTO tickets (number, subject, description, status, resolution, priority, category,
    channel, requester_id, requester_email, requester_name, organisation_id, project_code,
    product, product_version, queue_id, assignee_id, created_at, updated_at, first_response_at,
    first_response_due, resolution_due, resolved_at, search_vector)
SELECT 'SD-' || (2000 + g / 100000) || '-' || lpad((g % 100000 + 1)::text, 6, '0'),
       x.subject, x.description, status,
       CASE WHEN status IN ('resolved', 'closed') THEN 'answered' ELSE 'none' END,
       (ARRAY['low', 'normal', 'normal', 'high'])[1 + g % 4],
       CASE WHEN g % 3 = 0 THEN 'incident' ELSE 'question' END,
       'submit_dialog', %1, 'customer1@bench.example.com', 'customer1', %2, 'BENCH-1',
       'Business Studio', '5.2.1',
       CASE WHEN g % 5 = 0 THEN %3 ELSE %4 END,
       CASE WHEN (status = 'new' AND r2 < 0.7) OR r2 >= 0.97 THEN NULL
            ELSE (%5)[1 + floor(r2 * %6)::int % %6] END,
       created, created,
       CASE WHEN status = 'new' OR (status = 'open' AND r3 < 0.5) THEN NULL
            ELSE created + interval '1 hour' END,
       CASE WHEN status IN ('new', 'open', 'pending_customer')
            THEN now() + (r3 * 4 - 2) * interval '1 day'
            ELSE created + interval '8 hours' END,
       CASE WHEN status IN ('new', 'open', 'pending_customer')
            THEN now() + (r3 * 10 - 1) * interval '1 day'
            ELSE created + interval '3 days' END,
       CASE WHEN status IN ('resolved', 'closed') THEN created + interval '1 day' END,
       x.vector
FROM rows JOIN texts AS x ON x.k = rows.g % 64)");

} // namespace

TicketBulkLoad::TicketBulkLoad(storage::Database &db, const LoadAccounts &accounts)
    : m_db(db), m_accounts(accounts)
{}

QString TicketBulkLoad::insertSql(int tickets) const
{
    QStringList agents;
    for (const qint64 id : m_accounts.agentIds)
        agents << QString::number(id);
    const QString agentArray = u"ARRAY[" + agents.join(u", ") + u"]::bigint[]";
    return u"WITH " + Texts + u',' + Rows.arg(tickets) +
           Insert.arg(m_accounts.customerId)
               .arg(m_accounts.organisationId)
               .arg(m_accounts.developmentQueueId)
               .arg(m_accounts.supportQueueId)
               .arg(agentArray)
               .arg(agents.size());
}

bool TicketBulkLoad::run(int tickets, int timeoutSeconds, QString *error)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return *error = tx.error().message, false;
    const QStringList steps{
        QStringLiteral("SET LOCAL statement_timeout = '%1s'").arg(timeoutSeconds),
        QStringLiteral("SELECT setseed(0.42)"),
        QStringLiteral("ALTER TABLE tickets DISABLE TRIGGER tickets_search_insert"),
        insertSql(tickets),
        QStringLiteral("ALTER TABLE tickets ENABLE TRIGGER tickets_search_insert"),
    };
    for (const QString &sql : steps)
        if (auto done = m_db.execute(sql); !done)
            return *error = done.error().message, false;
    if (auto committed = tx.commit(); !committed)
        return *error = committed.error().message, false;
    // VACUUM too, as autovacuum would soon after such an insert: index-only scans (the
    // capped counts) need the visibility map.
    if (auto analysed = m_db.execute(QStringLiteral("VACUUM ANALYZE tickets")); !analysed)
        return *error = analysed.error().message, false;
    return true;
}

} // namespace sd::bench
