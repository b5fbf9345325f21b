#include "viewbench.h"

#include "asyncapiclient.h"
#include "figure.h"
#include "loadaccounts.h"
#include "storage/database.h"
#include "storage/ticketlistquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTextStream>

namespace sd::bench {

namespace {

using storage::SqlFragment;
using Status = core::TicketStatus;

// Pages followed by `next` before the deep page is timed.
constexpr int DeepPages = 5;
// "Breaching soon": SLA deadlines within four hours, or already passed.
constexpr int BreachingMinutes = 4 * 60;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printPercentiles(const QString &figure, const Latencies &latencies)
{
    printFigure(figure + QStringLiteral(".p50"), latencies.percentile(50), QStringLiteral("ms"));
    printFigure(figure + QStringLiteral(".p95"), latencies.percentile(95), QStringLiteral("ms"));
}

} // namespace

ViewBench::ViewBench(storage::Database &db, AsyncApiClient &agent, const LoadAccounts &accounts,
                     int rounds)
    : m_db(db), m_agent(agent), m_accounts(accounts), m_rounds(rounds)
{}

QList<ViewBench::View> ViewBench::views() const
{
    // What Permissions::restrict adds for an agent of the Support queue.
    storage::TicketFilter agent;
    agent.scopeQueueIds = QList<qint64>{m_accounts.supportQueueId};
    agent.scopeAssigneeId = m_accounts.agentIds.constFirst();
    agent.limit = 50;

    View myOpen{QStringLiteral("my_open"),
                QStringLiteral("status=new,open,pending_customer&assignee=me"), agent};
    myOpen.filter.statuses = {Status::New, Status::Open, Status::PendingCustomer};
    myOpen.filter.assigneeId = m_accounts.agentIds.constFirst();
    View unassigned{QStringLiteral("unassigned"), QStringLiteral("assignee=none&status=new,open"),
                    agent};
    unassigned.filter.statuses = {Status::New, Status::Open};
    unassigned.filter.assigneeId = 0;
    View allOpen{QStringLiteral("all_open"), QStringLiteral("status=new,open"), agent};
    allOpen.filter.statuses = {Status::New, Status::Open};
    View breaching{QStringLiteral("breaching_soon"),
                   QStringLiteral("sla_due_within=%1").arg(BreachingMinutes), agent};
    breaching.filter.slaDueBefore =
        QDateTime::currentDateTimeUtc().addSecs(qint64(BreachingMinutes) * 60);
    return {myOpen, unassigned, allOpen, breaching};
}

int ViewBench::run()
{
    for (const View &view : views()) {
        measureApiList(view);
        measureApiCount(view);
    }
    return m_errors;
}

void ViewBench::measureApiList(const View &view)
{
    Latencies first;
    Latencies deep;
    int shortLists = 0;
    for (int round = 0; round < m_rounds; ++round) {
        QString after;
        for (int page = 0; page <= DeepPages; ++page) {
            ApiRequest request;
            request.path = QStringLiteral("/api/v1/tickets");
            request.query = view.apiQuery + QStringLiteral("&limit=50") +
                            (after.isEmpty() ? QString() : QStringLiteral("&after=") + after);
            const ApiAnswer answer = m_agent.sendAndWait(request);
            if (!answer.ok())
                return fail(QStringLiteral("GET /api/v1/tickets?%1 -> HTTP %2 %3 %4")
                                .arg(request.query)
                                .arg(answer.status)
                                .arg(QString::fromUtf8(answer.body.left(300)), answer.error));
            if (page == 0)
                first.add(answer.milliseconds);
            else if (page == DeepPages)
                deep.add(answer.milliseconds);
            const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            after = body.value(QStringLiteral("next")).toString();
            if (page == DeepPages)
                break;
            if (after.isEmpty()) {
                ++shortLists;
                break;
            }
        }
    }
    if (shortLists > 0)
        err() << "bench-api-load: " << view.name << " has fewer than " << DeepPages + 1 << " pages"
              << Qt::endl;
    printPercentiles(QStringLiteral("api.pg.list.%1").arg(view.name), first);
    if (deep.count() > 0)
        printPercentiles(QStringLiteral("api.pg.list.%1.deep%2").arg(view.name).arg(DeepPages),
                         deep);
    storage::TicketFilter firstPage = view.filter;
    explain(QStringLiteral("list %1, first page").arg(view.name),
            storage::TicketListQuery::page(firstPage, firstPage.limit + 1));
}

void ViewBench::measureApiCount(const View &view)
{
    Latencies latencies;
    qint64 count = 0;
    bool capped = false;
    for (int round = 0; round < m_rounds; ++round) {
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/tickets/count");
        request.query = view.apiQuery;
        const ApiAnswer answer = m_agent.sendAndWait(request);
        if (!answer.ok())
            return fail(QStringLiteral("GET /api/v1/tickets/count?%1 -> HTTP %2 %3 %4")
                            .arg(request.query)
                            .arg(answer.status)
                            .arg(QString::fromUtf8(answer.body.left(300)), answer.error));
        latencies.add(answer.milliseconds);
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        count = body.value(QStringLiteral("count")).toInteger();
        capped = body.value(QStringLiteral("capped")).toBool();
    }
    printPercentiles(QStringLiteral("api.pg.count.%1").arg(view.name), latencies);
    printFigure(QStringLiteral("api.pg.count.%1.value").arg(view.name), double(count),
                capped ? QStringLiteral("tickets (capped)") : QStringLiteral("tickets"));
    explain(
        QStringLiteral("count %1").arg(view.name),
        storage::TicketListQuery::count(view.filter, storage::TicketRepository::DefaultCountCap));
}

QString ViewBench::inlined(const SqlFragment &query) const
{
    QString sql;
    qsizetype next = 0;
    for (const QChar c : query.sql) {
        if (c != u'?' || next >= query.values.size()) {
            sql += c;
            continue;
        }
        const QVariant &value = query.values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        sql += m_db.connection().driver()->formatValue(field);
    }
    return sql;
}

void ViewBench::explain(const QString &label, const SqlFragment &query)
{
    QSqlQuery plan(m_db.connection());
    if (!plan.exec(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + inlined(query)))
        return fail(plan.lastError().text());
    err() << "-- plan: " << label << Qt::endl;
    bool wholeTable = false;
    while (plan.next()) {
        const QString line = plan.value(0).toString();
        wholeTable = wholeTable || line.contains(QStringLiteral("Seq Scan on tickets"));
        err() << "   " << line << Qt::endl;
    }
    if (wholeTable)
        err() << "bench-api-load: " << label << " reads the whole tickets table (Seq Scan)"
              << Qt::endl;
}

void ViewBench::fail(const QString &message)
{
    ++m_errors;
    err() << "bench-api-load: " << message << Qt::endl;
}

} // namespace sd::bench
