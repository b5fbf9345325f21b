#include "apifixture.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace sd::testing;

// GET /api/v1/reports/sla over HTTP against a real server process, on SQLite and PostgreSQL:
// who may read it, how bad parameters are refused, and that the filters apply. The figures
// themselves are checked against a hand-computed data set in tests/storage.
class TestApiReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlySupervisorsAndAdmins_data();
    void onlySupervisorsAndAdmins();
    void badParameters_data();
    void badParameters();
    void refusalsInTheCallersLanguage();
    void wholeReport();
    void filtersApply_data();
    void filtersApply();

private:
    ApiClient &as(const QString &login);
    bool insertTicket(const QString &number, const QString &status, qint64 queue, qint64 agent,
                      qint64 organisation, const QString &created);
    // A met first-response target of `number`, met at its first response.
    bool insertMetTarget(const QString &number, int usedMinutes);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    // A week of 2025 with three tickets of its own.
    const QString m_period = u"from=2025-06-01&to=2025-06-05"_qs;
};

ApiClient &TestApiReports::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

bool TestApiReports::insertTicket(const QString &number, const QString &status, qint64 queue,
                                  qint64 agent, qint64 organisation, const QString &created)
{
    const QDateTime at = QDateTime::fromString(created, Qt::ISODate);
    const bool done = status == u"resolved";
    sd::storage::Statement insert(
        *f.db, u"INSERT INTO tickets (number, subject, status, resolution, priority, category, "
               u"channel, queue_id, assignee_id, organisation_id, created_at, updated_at, "
               u"first_response_at, resolved_at) VALUES (?, ?, ?, ?, 'normal', 'question', "
               u"'api', ?, ?, ?, ?, ?, ?, ?)"_qs);
    insert.bind(number).bind(QString(u"Report "_qs + number)).bind(status);
    insert.bind(done ? u"fixed"_qs : u"none"_qs).bindId(queue).bindId(agent).bindId(organisation);
    insert.bindTime(at).bindTime(at).bindTime(at.addSecs(30 * 60));
    insert.bindTime(done ? at.addDays(1) : QDateTime());
    if (!insert.exec())
        qWarning("insert failed: %s", qPrintable(insert.error().message));
    return insert.error().message.isEmpty();
}

bool TestApiReports::insertMetTarget(const QString &number, int usedMinutes)
{
    sd::storage::Statement insert(
        *f.db, u"INSERT INTO sla_targets (ticket_id, target, budget_minutes, started_at, state, "
               u"met_at, used_minutes) SELECT id, 'first_response', 480, created_at, 'met', "
               u"first_response_at, ? FROM tickets WHERE number = ?"_qs);
    insert.bind(usedMinutes).bind(number);
    if (!insert.exec())
        qWarning("insert failed: %s", qPrintable(insert.error().message));
    return insert.error().message.isEmpty();
}

// [tickets] of a distribution whose bands are the documented ones.
QList<int> bandTickets(const QJsonArray &distribution)
{
    static const int Starts[] = {0, 15, 30, 60, 120, 240, 480, 960};
    QList<int> out;
    for (qsizetype i = 0; i < distribution.size(); ++i) {
        const QJsonObject band = distribution.at(i).toObject();
        const QJsonValue to = band.value(u"to_minutes"_qs);
        const bool last = i + 1 == distribution.size();
        if (i >= qsizetype(std::size(Starts)) ||
            band.value(u"from_minutes"_qs).toInt(-1) != Starts[i] ||
            (last ? !to.isNull() : to.toInt(-1) != Starts[i + 1]))
            return {-1};
        out << band.value(u"tickets"_qs).toInt(-1);
    }
    return out;
}

void TestApiReports::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    const qint64 agent = f.user(u"agent"_qs).id;
    const qint64 dev = f.user(u"dev"_qs).id;
    QVERIFY(insertTicket(u"REP-1"_qs, u"open"_qs, f.supportQueueId, agent, f.acmeId,
                         u"2025-06-02T09:00:00Z"_qs));
    QVERIFY(insertTicket(u"REP-2"_qs, u"resolved"_qs, f.developmentQueueId, dev, f.otherId,
                         u"2025-06-02T10:00:00Z"_qs));
    QVERIFY(insertTicket(u"REP-3"_qs, u"new"_qs, f.supportQueueId, 0, f.acmeId,
                         u"2025-06-03T10:00:00Z"_qs));
    // Business minutes on band edges: under 15 min, 4-8 h, 1-2 working days.
    QVERIFY(insertMetTarget(u"REP-1"_qs, 14));
    QVERIFY(insertMetTarget(u"REP-2"_qs, 480));
    QVERIFY(insertMetTarget(u"REP-3"_qs, 479));
}

void TestApiReports::onlySupervisorsAndAdmins_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    QTest::addRow("admin") << u"admin"_qs << 200;
    QTest::addRow("supervisor") << u"boss"_qs << 200;
    QTest::addRow("agent") << u"agent"_qs << 403;
    QTest::addRow("development agent") << u"dev"_qs << 403;
    QTest::addRow("customer") << u"alice"_qs << 403;
    QTest::addRow("customer without organisation") << u"loner"_qs << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestApiReports::onlySupervisorsAndAdmins()
{
    QFETCH(QString, login);
    QFETCH(int, status);
    const ApiReply reply = as(login).get(u"/api/v1/reports/sla?"_qs + m_period);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (status == 403)
        QCOMPARE(reply.errorCode(), u"forbidden"_qs);
}

void TestApiReports::badParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addRow("from not a date") << u"from=yesterday"_qs << u"from"_qs;
    QTest::addRow("to without offset") << u"to=2025-06-05T10:00:00"_qs << u"to"_qs;
    QTest::addRow("empty from") << u"from="_qs << u"from"_qs;
    QTest::addRow("to before from") << u"from=2025-06-05&to=2025-06-01"_qs << u"to"_qs;
    QTest::addRow("too long") << u"from=2020-01-01&to=2025-06-01"_qs << u"to"_qs;
    QTest::addRow("group") << u"group=planet"_qs << u"group"_qs;
    QTest::addRow("queue not a number") << u"queue=abc"_qs << u"queue"_qs;
    QTest::addRow("queue zero") << u"queue=0"_qs << u"queue"_qs;
    QTest::addRow("queue unknown") << u"queue=999999"_qs << u"queue"_qs;
    QTest::addRow("agent negative") << u"agent=-3"_qs << u"agent"_qs;
    QTest::addRow("agent unknown") << u"agent=999999"_qs << u"agent"_qs;
    QTest::addRow("agent is a customer") << u"agent={alice}"_qs << u"agent"_qs;
    QTest::addRow("organisation unknown") << u"organisation=999999"_qs << u"organisation"_qs;
    QTest::addRow("organisation empty") << u"organisation="_qs << u"organisation"_qs;
    QTest::addRow("support level unknown") << u"support_level=platinum"_qs << u"support_level"_qs;
    QTest::addRow("support level empty") << u"support_level="_qs << u"support_level"_qs;
}

void TestApiReports::badParameters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    query.replace(u"{alice}"_qs, QString::number(f.user(u"alice"_qs).id));
    const ApiReply reply = as(u"boss"_qs).get(u"/api/v1/reports/sla?"_qs + query);
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QCOMPARE(reply.errorCode(), u"invalid_query"_qs);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
}

void TestApiReports::refusalsInTheCallersLanguage()
{
    const QString path = u"/api/v1/reports/sla?from=yesterday"_qs;
    const ApiReply russian = as(u"boss"_qs).send("GET", path, {}, {{"Accept-Language", "ru"}});
    const ApiReply english = as(u"boss"_qs).send("GET", path, {}, {{"Accept-Language", "en"}});
    const auto message = [](const ApiReply &r) {
        return r.json.value(u"error"_qs).toObject().value(u"message"_qs).toString();
    };
    static const QRegularExpression cyrillic(u"[А-Яа-я]"_qs);
    QVERIFY2(message(russian).contains(cyrillic), qPrintable(message(russian)));
    QVERIFY2(!message(english).contains(cyrillic), qPrintable(message(english)));
    QVERIFY(message(english).startsWith(u"from "_qs));
}

void TestApiReports::wholeReport()
{
    const ApiReply reply = as(u"admin"_qs).get(u"/api/v1/reports/sla?group=agent&"_qs + m_period);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonObject body = reply.json;
    for (const char *key : {"from",
                            "to",
                            "now",
                            "group",
                            "time_zone",
                            "filters",
                            "items",
                            "totals",
                            "by_status",
                            "by_queue",
                            "by_agent",
                            "by_category",
                            "breached_now",
                            "at_risk_now",
                            "first_response_minutes",
                            "resolution_minutes",
                            "reopen",
                            "csat",
                            "resolutions",
                            "open_at_start",
                            "days",
                            "agents"})
        QVERIFY2(body.contains(QString::fromLatin1(key)), key);
    QCOMPARE(body.value(u"from"_qs).toString(), u"2025-06-01T00:00:00.000Z"_qs);
    QCOMPARE(body.value(u"time_zone"_qs).toString(), u"Europe/Moscow"_qs);
    QCOMPARE(body.value(u"totals"_qs).toObject().value(u"tickets"_qs).toInt(), 3);
    QCOMPARE(body.value(u"by_status"_qs).toArray().size(), 6);
    QCOMPARE(body.value(u"resolutions"_qs).toArray().size(), 8);
    QCOMPARE(body.value(u"csat"_qs).toObject().value(u"distribution"_qs).toArray().size(), 5);
    // June 1 03:00 to June 5 03:00 in Moscow: five days touched.
    const QJsonArray days = body.value(u"days"_qs).toArray();
    QCOMPARE(days.size(), 5);
    QCOMPARE(days.first().toObject().value(u"date"_qs).toString(), u"2025-06-01"_qs);
    QCOMPARE(days.at(1).toObject().value(u"created"_qs).toInt(), 2);
    const QJsonObject firstResponse = body.value(u"first_response_minutes"_qs).toObject();
    QCOMPARE(firstResponse.value(u"calendar"_qs).toObject().value(u"p50"_qs).toDouble(), 30.0);
    const QJsonObject business = firstResponse.value(u"business"_qs).toObject();
    QCOMPARE(business.value(u"p50"_qs).toDouble(), 479.0);
    // Every band listed, from/to in minutes, the last one open: three answers in 30 minutes;
    // 14, 479 and 480 business minutes.
    const QJsonObject calendar = firstResponse.value(u"calendar"_qs).toObject();
    QCOMPARE(bandTickets(calendar.value(u"distribution"_qs).toArray()),
             (QList<int>{0, 0, 3, 0, 0, 0, 0, 0}));
    QCOMPARE(bandTickets(business.value(u"distribution"_qs).toArray()),
             (QList<int>{1, 0, 0, 0, 0, 1, 1, 0}));
    QVERIFY(!body.value(u"resolution_minutes"_qs)
                 .toObject()
                 .value(u"business"_qs)
                 .toObject()
                 .contains(u"distribution"_qs));
    // group=agent: items are per agent, with names; the unassigned ticket has agent null.
    QStringList agents;
    for (const QJsonValue &item : body.value(u"items"_qs).toArray()) {
        const QJsonValue agent = item.toObject().value(u"agent"_qs);
        agents << (agent.isNull() ? u"-"_qs : agent.toObject().value(u"name"_qs).toString());
    }
    agents.sort();
    QCOMPARE(agents, (QStringList{u"-"_qs, u"Agent"_qs, u"Dev"_qs}));
}

void TestApiReports::filtersApply_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("tickets");
    QTest::addColumn<QString>("firstItem"); // the queue of the busiest item
    // First responses of 1-2 working days (REP-2's 480 business minutes).
    QTest::addColumn<int>("workingDay");
    QTest::addRow("none") << QString() << 3 << u"Support"_qs << 1;
    QTest::addRow("queue") << u"queue={development}"_qs << 1 << u"Development"_qs << 1;
    QTest::addRow("agent") << u"agent={agent}"_qs << 1 << u"Support"_qs << 0;
    QTest::addRow("organisation") << u"organisation={other}"_qs << 1 << u"Development"_qs << 1;
    QTest::addRow("combined") << u"queue={support}&organisation={acme}"_qs << 2 << u"Support"_qs
                              << 0;
    QTest::addRow("nothing matches")
        << u"queue={development}&organisation={acme}"_qs << 0 << QString() << 0;
    QTest::addRow("default support level") << u"support_level=default"_qs << -1 << QString() << 0;
}

void TestApiReports::filtersApply()
{
    QFETCH(QString, filter);
    QFETCH(int, tickets);
    QFETCH(QString, firstItem);
    QFETCH(int, workingDay);
    filter.replace(u"{development}"_qs, QString::number(f.developmentQueueId));
    filter.replace(u"{support}"_qs, QString::number(f.supportQueueId));
    filter.replace(u"{agent}"_qs, QString::number(f.user(u"agent"_qs).id));
    filter.replace(u"{other}"_qs, QString::number(f.otherId));
    filter.replace(u"{acme}"_qs, QString::number(f.acmeId));
    const ApiReply reply =
        as(u"boss"_qs).get(u"/api/v1/reports/sla?"_qs + m_period + u'&' + filter);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    if (tickets < 0)
        return; // accepted; what it selects depends on the fixture's contracts
    QCOMPARE(reply.json.value(u"totals"_qs).toObject().value(u"tickets"_qs).toInt(), tickets);
    const QJsonArray items = reply.json.value(u"items"_qs).toArray();
    QCOMPARE(items.isEmpty(), firstItem.isEmpty());
    if (!items.isEmpty())
        QCOMPARE(
            items.first().toObject().value(u"queue"_qs).toObject().value(u"name"_qs).toString(),
            firstItem);
    // Each selected ticket was answered in 30 calendar minutes.
    const QJsonObject firstResponse = reply.json.value(u"first_response_minutes"_qs).toObject();
    QCOMPARE(bandTickets(
                 firstResponse.value(u"calendar"_qs).toObject().value(u"distribution"_qs).toArray())
                 .value(2),
             tickets);
    const QList<int> business = bandTickets(
        firstResponse.value(u"business"_qs).toObject().value(u"distribution"_qs).toArray());
    QCOMPARE(business.value(6), workingDay);
    const QJsonObject filters = reply.json.value(u"filters"_qs).toObject();
    QCOMPARE(filters.value(u"queue"_qs).isNull(), !filter.contains(u"queue="_qs));
}

QTEST_MAIN(TestApiReports)
#include "testapireports.moc"
