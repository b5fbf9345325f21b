// SLA targets through the HTTP API of a real server, on SQLite and PostgreSQL: every path that
// moves a ticket's clocks (create, PATCH, messages, resolve, reopen) stores and shows them, the
// change feed announces them, and GET /api/v1/tickets?order=next serves paying customers first.
// The default calendar is made round the clock (UTC) for this test, so a due is the start plus
// the policy's minutes plus the pauses, to the millisecond; the engine's test covers the real
// default calendar.
#include "apifixture.h"
#include "sampledata.h"
#include "storage/calendarrepository.h"
#include "storage/organisationrepository.h"
#include "storage/slapauserepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace sd;
using namespace sd::testing;
using namespace Qt::StringLiterals;

namespace {

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

constexpr qint64 Minute = 60 * 1000;

} // namespace

class TestApiSla : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createCarriesItsTargets();
    void pauseResumeAndPriority();
    void answersResolutionAndReopen();
    void nextOrderServesPayingCustomersFirst();
    void nextOrderRefusals_data();
    void nextOrderRefusals();

private:
    ApiClient &as(const QString &login);
    QJsonObject ticket(qint64 id);
    QJsonObject target(const QJsonObject &ticket, const QString &kind);
    qint64 pausedMSecs(qint64 ticketId);
    int patch(qint64 id, const QJsonObject &changes);
    QJsonObject post(const QString &login, qint64 id, const QString &kind);
    qint64 create(const QString &login, const QString &subject, const QString &requesterEmail = {});

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    // The ticket pauseResumeAndPriority() leaves to answersResolutionAndReopen().
    qint64 m_life = 0;
    QDateTime m_created;
};

ApiClient &TestApiSla::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

void TestApiSla::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    storage::CalendarRepository calendars(*f.db);
    const auto all = calendars.list();
    QVERIFY(all && all->size() == 1);
    const auto roundTheClock = core::BusinessCalendar::fromJson(
        R"({"name":"24/7","time_zone":"UTC","week":{"mon":[["00:00","24:00"]],)"
        R"("tue":[["00:00","24:00"]],"wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],)"
        R"("fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],"sun":[["00:00","24:00"]]}})");
    QVERIFY(roundTheClock);
    SD_VERIFY_OK(calendars.update(all->first().id, u"Default"_s, *roundTheClock, 0));
}

QJsonObject TestApiSla::ticket(qint64 id)
{
    const ApiReply reply = as(u"boss"_s).get(u"/api/v1/tickets/%1"_s.arg(id));
    if (reply.status != 200)
        qWarning("read failed: %s", qPrintable(reply.describe()));
    return reply.json;
}

QJsonObject TestApiSla::target(const QJsonObject &ticket, const QString &kind)
{
    const QJsonArray targets = ticket.value(u"sla"_s).toObject().value(u"targets"_s).toArray();
    for (const QJsonValue &t : targets)
        if (t.toObject().value(u"target"_s).toString() == kind)
            return t.toObject();
    return {};
}

qint64 TestApiSla::pausedMSecs(qint64 ticketId)
{
    qint64 total = 0;
    const auto stops = storage::SlaPauseRepository(*f.db).forTicket(ticketId);
    for (const core::SlaStop &stop : stops.value())
        if (stop.to.isValid())
            total += stop.from.msecsTo(stop.to);
    return total;
}

int TestApiSla::patch(qint64 id, const QJsonObject &changes)
{
    const int version = ticket(id).value(u"version"_s).toInt();
    const ApiReply reply = as(u"agent"_s)
                               .patch(u"/api/v1/tickets/%1"_s.arg(id), changes,
                                      {{"If-Match", QByteArray::number(version)}});
    if (reply.status != 200)
        qWarning("patch failed: %s", qPrintable(reply.describe()));
    return reply.status;
}

QJsonObject TestApiSla::post(const QString &login, qint64 id, const QString &kind)
{
    const ApiReply reply = as(login).post(u"/api/v1/tickets/%1/messages"_s.arg(id),
                                          {{u"kind"_s, kind}, {u"body_text"_s, u"Текст"_s}});
    if (reply.status != 201)
        qWarning("message failed: %s", qPrintable(reply.describe()));
    return reply.json;
}

qint64 TestApiSla::create(const QString &login, const QString &subject,
                          const QString &requesterEmail)
{
    QJsonObject body{{u"subject"_s, subject},
                     {u"description"_s, u"Импорт прайс-листа прерывается с ошибкой 0x80070005"_s},
                     {u"category"_s, u"question"_s},
                     {u"product"_s, u"Склад"_s},
                     {u"product_version"_s, u"5.2.1"_s}};
    if (!requesterEmail.isEmpty())
        body.insert(u"requester_email"_s, requesterEmail);
    const ApiReply reply = as(login).post(u"/api/v1/tickets"_s, body);
    if (reply.status != 201)
        qWarning("create failed: %s", qPrintable(reply.describe()));
    return reply.json.value(u"id"_s).toInteger();
}

void TestApiSla::createCarriesItsTargets()
{
    const ApiReply reply =
        as(u"alice"_s)
            .post(u"/api/v1/tickets"_s,
                  {{u"subject"_s, u"Не формируется акт сверки"_s},
                   {u"description"_s,
                    u"Акт сверки за ноябрь формируется пустым, хотя документы есть"_s},
                   {u"category"_s, u"question"_s},
                   {u"product"_s, u"Склад"_s},
                   {u"product_version"_s, u"5.2.1"_s}});
    QCOMPARE(reply.status, 201);
    const QDateTime created = timeOf(reply.json.value(u"created_at"_s));
    QVERIFY(created.isValid());
    // The default question policy: 480 / 480 / 1620 minutes, warnings at 80 %.
    const QJsonObject first = target(reply.json, u"first_response"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(first.value(u"budget_minutes"_s).toInt(), 480);
    QCOMPARE(timeOf(first.value(u"started_at"_s)), created);
    QCOMPARE(timeOf(first.value(u"due_at"_s)), created.addMSecs(480 * Minute));
    QCOMPARE(timeOf(first.value(u"warn_at"_s)), created.addMSecs(384 * Minute));
    QCOMPARE(first.value(u"used_minutes"_s).toInt(), 0);
    QCOMPARE(first.value(u"breached"_s).toBool(true), false);
    QVERIFY(first.value(u"met_at"_s).isNull());
    QVERIFY(!first.contains(u"paused_reason"_s));
    const QJsonObject resolution = target(reply.json, u"resolution"_s);
    QCOMPARE(timeOf(resolution.value(u"due_at"_s)), created.addMSecs(1620 * Minute));
    QCOMPARE(timeOf(resolution.value(u"warn_at"_s)), created.addMSecs(1296 * Minute));
    QVERIFY(target(reply.json, u"next_response"_s).isEmpty());
    // The ticket's own deadline fields are the targets' dues.
    QCOMPARE(reply.json.value(u"first_response_due"_s), first.value(u"due_at"_s));
    QCOMPARE(reply.json.value(u"resolution_due"_s), resolution.value(u"due_at"_s));
    const qint64 id = reply.json.value(u"id"_s).toInteger();
    QCOMPARE(ticket(id).value(u"sla"_s), reply.json.value(u"sla"_s));
    // Lists show the same targets.
    const ApiReply list = as(u"boss"_s).get(u"/api/v1/tickets?limit=500"_s);
    QCOMPARE(list.status, 200);
    bool listed = false;
    for (const QJsonValue &item : list.json.value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toInteger() != id)
            continue;
        listed = true;
        QCOMPARE(item.toObject().value(u"sla"_s).toObject().value(u"targets"_s),
                 reply.json.value(u"sla"_s).toObject().value(u"targets"_s));
    }
    QVERIFY(listed);
}

void TestApiSla::pauseResumeAndPriority()
{
    const qint64 id = create(u"alice"_s, u"Не сохраняется карточка контрагента"_s);
    QVERIFY(id > 0);
    const QDateTime created = timeOf(ticket(id).value(u"created_at"_s));

    QCOMPARE(patch(id, {{u"status"_s, u"pending_customer"_s}}), 200);
    QJsonObject t = ticket(id);
    for (const QString &kind : {u"first_response"_s, u"resolution"_s}) {
        QCOMPARE(target(t, kind).value(u"state"_s).toString(), u"paused"_s);
        QCOMPARE(target(t, kind).value(u"paused_reason"_s).toString(), u"pending_customer"_s);
        QVERIFY(target(t, kind).value(u"due_at"_s).isNull());
    }
    QVERIFY(t.value(u"first_response_due"_s).isNull());
    QVERIFY(t.value(u"resolution_due"_s).isNull());

    // The customer's answer resumes the ticket and its clocks, later by the pause.
    post(u"alice"_s, id, u"customer"_s);
    t = ticket(id);
    QCOMPARE(t.value(u"status"_s).toString(), u"open"_s);
    const qint64 paused = pausedMSecs(id);
    QCOMPARE(target(t, u"first_response"_s).value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(timeOf(t.value(u"first_response_due"_s)), created.addMSecs(480 * Minute + paused));

    // High priority: 240 / 240 / 1080 from creation on.
    QCOMPARE(patch(id, {{u"priority"_s, u"high"_s}}), 200);
    t = ticket(id);
    QCOMPARE(target(t, u"first_response"_s).value(u"budget_minutes"_s).toInt(), 240);
    QCOMPARE(timeOf(t.value(u"first_response_due"_s)), created.addMSecs(240 * Minute + paused));
    QCOMPARE(timeOf(t.value(u"resolution_due"_s)), created.addMSecs(1080 * Minute + paused));
    m_life = id;
    m_created = created;
}

void TestApiSla::answersResolutionAndReopen()
{
    const qint64 id = m_life;
    QVERIFY(id > 0);
    post(u"agent"_s, id, u"reply"_s);
    QJsonObject t = ticket(id);
    const QJsonObject answered = target(t, u"first_response"_s);
    QCOMPARE(answered.value(u"state"_s).toString(), u"met"_s);
    QCOMPARE(answered.value(u"met_at"_s), t.value(u"first_response_at"_s));
    QCOMPARE(answered.value(u"breached"_s).toBool(true), false);

    // A customer message after the reply starts next response cycle 1, announced in the
    // change feed although the ticket's fields stay as they were.
    const qint64 since = as(u"boss"_s)
                             .get(u"/api/v1/changes?since=0&limit=1000"_s)
                             .json.value(u"last_seq"_s)
                             .toInteger();
    const QJsonObject message = post(u"alice"_s, id, u"customer"_s);
    QJsonObject next = target(ticket(id), u"next_response"_s);
    QCOMPARE(next.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(next.value(u"cycle"_s).toInt(), 1);
    QCOMPARE(next.value(u"started_at"_s), message.value(u"created_at"_s));
    QCOMPARE(timeOf(next.value(u"due_at"_s)),
             timeOf(message.value(u"created_at"_s)).addMSecs(240 * Minute));
    const ApiReply changes = as(u"boss"_s).get(u"/api/v1/changes?since=%1"_s.arg(since));
    bool announced = false;
    for (const QJsonValue &item : changes.json.value(u"items"_s).toArray())
        announced |= item.toObject().value(u"entity"_s).toString() == u"ticket" &&
                     item.toObject().value(u"id"_s).toInteger() == id;
    QVERIFY2(announced, changes.body.constData());

    post(u"agent"_s, id, u"reply"_s);
    QCOMPARE(target(ticket(id), u"next_response"_s).value(u"state"_s).toString(), u"met"_s);

    QCOMPARE(patch(id, {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"answered"_s}}), 200);
    t = ticket(id);
    QJsonObject resolution = target(t, u"resolution"_s);
    QCOMPARE(resolution.value(u"state"_s).toString(), u"met"_s);
    QCOMPARE(resolution.value(u"met_at"_s), t.value(u"resolved_at"_s));
    const int usedBefore = resolution.value(u"used_minutes"_s).toInt();
    const qint64 pausedBefore = pausedMSecs(id);

    // Reopened by the customer: the resolved stretch does not count, the minutes used stay.
    post(u"alice"_s, id, u"customer"_s);
    t = ticket(id);
    QCOMPARE(t.value(u"status"_s).toString(), u"open"_s);
    resolution = target(t, u"resolution"_s);
    QCOMPARE(resolution.value(u"state"_s).toString(), u"running"_s);
    QVERIFY(resolution.value(u"used_minutes"_s).toInt() >= usedBefore);
    QVERIFY(pausedMSecs(id) > pausedBefore);
    QCOMPARE(timeOf(resolution.value(u"due_at"_s)),
             m_created.addMSecs(1080 * Minute + pausedMSecs(id)));
    next = target(t, u"next_response"_s);
    QCOMPARE(next.value(u"cycle"_s).toInt(), 2);
    QCOMPARE(next.value(u"state"_s).toString(), u"running"_s);
}

// Seed 004: current customers before prospects, whatever their deadlines.
void TestApiSla::nextOrderServesPayingCustomersFirst()
{
    core::Organisation prospect;
    prospect.name = u"Перспектива"_s;
    prospect.kind = core::CustomerKind::Prospect;
    prospect.supportLevel = u"basic"_s;
    prospect.allowedContacts = {u"dmitry@prospect.example"_s};
    SD_VERIFY_OK(storage::OrganisationRepository(*f.db).create(prospect));
    // The prospect asks first, so its deadline is the nearer one.
    const qint64 asked =
        create(u"agent"_s, u"Нужна демонстрация модуля склада"_s, u"dmitry@prospect.example"_s);
    const qint64 paying =
        create(u"agent"_s, u"Не проводится приходная накладная"_s, u"alice@example.com"_s);
    QVERIFY(asked > 0 && paying > 0);
    QVERIFY(timeOf(ticket(asked).value(u"first_response_due"_s)) <
            timeOf(ticket(paying).value(u"first_response_due"_s)));
    const ApiReply all = as(u"agent"_s).get(u"/api/v1/tickets?order=next&limit=500"_s);
    QCOMPARE(all.status, 200);
    QList<qint64> order;
    for (const QJsonValue &item : all.json.value(u"items"_s).toArray())
        order.append(item.toObject().value(u"id"_s).toInteger());
    QVERIFY2(order.contains(asked) && order.indexOf(paying) < order.indexOf(asked),
             all.body.constData());
    // Paged one at a time, the same order.
    QList<qint64> paged;
    QString after;
    for (int page = 0; page < order.size(); ++page) {
        const ApiReply one = as(u"agent"_s)
                                 .get(u"/api/v1/tickets?order=next&limit=1"_s +
                                      (after.isEmpty() ? QString() : u"&after="_s + after));
        QCOMPARE(one.status, 200);
        for (const QJsonValue &item : one.json.value(u"items"_s).toArray())
            paged.append(item.toObject().value(u"id"_s).toInteger());
        after = one.json.value(u"next"_s).toString();
        if (after.isEmpty())
            break;
    }
    QCOMPARE(paged, order);
}

void TestApiSla::nextOrderRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("unknown order") << u"order=soonest"_s;
    QTest::addRow("with a text search") << u"order=next&q=накладная"_s;
}

void TestApiSla::nextOrderRefusals()
{
    QFETCH(QString, query);
    const ApiReply reply = as(u"agent"_s).get(u"/api/v1/tickets?"_s + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), u"order"_s);
}

QTEST_MAIN(TestApiSla)
#include "testapisla.moc"
