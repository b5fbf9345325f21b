#include "apifixture.h"
#include "storage/statement.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace sd::testing;

// Tickets, messages, attachments, the change feed and permissions over HTTP, against a real
// server process on SQLite and on PostgreSQL.
class TestApiTickets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customerCreatesTicket();
    void retryWithTheSameKeyMakesOneTicket();
    void intakeRefusals_data();
    void intakeRefusals();
    void patchNeedsTheCurrentVersion();
    void workflowIsEnforced();
    void customerWritesAfterTheTicketEnded_data();
    void customerWritesAfterTheTicketEnded();
    void notesStayInternal();
    void phoneCallsOnlyForCriticalTickets();
    void attachments();
    void oversizedBodyIsRefusedBeforeItArrives();
    void changeFeedIsFiltered();
    void mergeMovesTheDuplicate();
    void customerRatesResolvedTicket();
    void splitMakesANewLinkedTicket();
    void adminManagesUsersAndQueues();
    void duplicatesAreSuggestedAndLinksKept();
    void viewCountsAndBreachingSoon();
    void slaReportForSupervisors();
    void roleMatrix_data();
    void roleMatrix();

private:
    ApiClient &as(const QString &login);
    QJsonObject validTicket(const QString &subject) const;
    qint64 createTicket(const QString &login, const QString &subject);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    qint64 m_aliceTicket = 0;
    qint64 m_ratedTicket = 0; // resolved and rated by Alice
};

ApiClient &TestApiTickets::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

QJsonObject TestApiTickets::validTicket(const QString &subject) const
{
    return {{u"subject"_qs, subject},
            {u"description"_qs, u"Импорт прайс-листа прерывается с ошибкой 0x80070005"_qs},
            {u"category"_qs, u"question"_qs},
            {u"product"_qs, u"Склад"_qs},
            {u"product_version"_qs, u"5.2.1"_qs}};
}

qint64 TestApiTickets::createTicket(const QString &login, const QString &subject)
{
    const ApiReply reply = as(login).post(u"/api/v1/tickets"_qs, validTicket(subject));
    if (reply.status != 201)
        qWarning("create failed: %s", qPrintable(reply.describe()));
    return reply.json.value(u"id"_qs).toInteger();
}

void TestApiTickets::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    m_aliceTicket = createTicket(u"alice"_qs, u"Не печатается счёт на принтере"_qs);
    QVERIFY(m_aliceTicket > 0);
    m_ratedTicket = createTicket(u"alice"_qs, u"Медленно открывается журнал документов"_qs);
    const QString rated = u"/api/v1/tickets/%1"_qs.arg(m_ratedTicket);
    QCOMPARE(as(u"agent"_qs)
                 .patch(rated, {{u"status"_qs, u"resolved"_qs}, {u"resolution"_qs, u"fixed"_qs}},
                        {{"If-Match", "1"}})
                 .status,
             200);
    QCOMPARE(as(u"alice"_qs).post(rated + u"/rating"_qs, {{u"score"_qs, 5}}).status, 201);
}

void TestApiTickets::customerCreatesTicket()
{
    const ApiReply reply =
        as(u"alice"_qs).post(u"/api/v1/tickets"_qs, validTicket(u"Импорт прайс-листа падает"_qs));
    QCOMPARE(reply.status, 201);
    static const QRegularExpression number(u"^SD-\\d{4}-\\d{6}$"_qs);
    QVERIFY2(number.match(reply.json.value(u"number"_qs).toString()).hasMatch(),
             qPrintable(reply.describe()));
    QCOMPARE(reply.json.value(u"status"_qs).toString(), u"new"_qs);
    QCOMPARE(reply.json.value(u"version"_qs).toInt(), 1);
    QCOMPARE(reply.json.value(u"organisation"_qs).toObject().value(u"name"_qs).toString(),
             u"Acme"_qs);
    QCOMPARE(reply.json.value(u"queue"_qs).toObject().value(u"name"_qs).toString(), u"Support"_qs);
    const QJsonArray messages = reply.json.value(u"messages"_qs).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"kind"_qs).toString(), u"customer"_qs);
    QVERIFY(reply.headers.value("location")
                .endsWith(QByteArray::number(reply.json.value(u"id"_qs).toInteger())));
}

void TestApiTickets::retryWithTheSameKeyMakesOneTicket()
{
    const ApiClient::Headers key{{"Idempotency-Key", "7f0c2a1e-0000-4000-8000-000000000001"}};
    const QJsonObject body = validTicket(u"Отчёт по остаткам пустой"_qs);
    const ApiReply first = as(u"alice"_qs).post(u"/api/v1/tickets"_qs, body, key);
    const ApiReply again = as(u"alice"_qs).post(u"/api/v1/tickets"_qs, body, key);
    QCOMPARE(first.status, 201);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json.value(u"id"_qs), first.json.value(u"id"_qs));
    QCOMPARE(again.json.value(u"number"_qs), first.json.value(u"number"_qs));
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QJsonObject changed = body;
    changed.insert(u"subject"_qs, u"Отчёт по остаткам пустой снова"_qs);
    const ApiReply reused = as(u"alice"_qs).post(u"/api/v1/tickets"_qs, changed, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), u"idempotency_key_reused"_qs);
}

void TestApiTickets::intakeRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addRow("generic subject") << u"subject"_qs << QJsonValue(u"Помогите!!!"_qs) << 422;
    QTest::addRow("one-word subject") << u"subject"_qs << QJsonValue(u"Печать"_qs) << 422;
    QTest::addRow("inexact version") << u"product_version"_qs << QJsonValue(u"последняя"_qs) << 422;
    QTest::addRow("unknown category") << u"category"_qs << QJsonValue(u"rant"_qs) << 422;
    QTest::addRow("wrong type") << u"affected_users"_qs << QJsonValue(u"many"_qs) << 422;
    QTest::addRow("unknown field") << u"urgency"_qs << QJsonValue(5) << 422;
}

void TestApiTickets::intakeRefusals()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QJsonObject body = validTicket(u"Склад не списывает остатки"_qs);
    body.insert(field, value);
    const ApiReply reply = as(u"alice"_qs).post(u"/api/v1/tickets"_qs, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.json.value(u"error"_qs).toObject().value(u"message"_qs).toString().isEmpty());
}

void TestApiTickets::patchNeedsTheCurrentVersion()
{
    const qint64 id = createTicket(u"alice"_qs, u"Не открывается карточка товара"_qs);
    ApiClient &agent = as(u"agent"_qs);
    const QString path = u"/api/v1/tickets/%1"_qs.arg(id);
    const QJsonObject assign{{u"assignee_id"_qs, f.user(u"agent"_qs).id}};
    QCOMPARE(agent.patch(path, assign).status, 428);
    const ApiReply done = agent.patch(path, assign, {{"If-Match", "1"}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value(u"version"_qs).toInt(), 2);
    const ApiReply stale = agent.patch(path, {{u"priority"_qs, u"high"_qs}}, {{"If-Match", "1"}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json.value(u"current"_qs).toObject().value(u"version"_qs).toInt(), 2);
    QCOMPARE(as(u"alice"_qs).patch(path, assign, {{"If-Match", "2"}}).status, 403);
    const ApiReply toCustomer =
        agent.patch(path, {{u"assignee_id"_qs, f.user(u"bob"_qs).id}}, {{"If-Match", "2"}});
    QCOMPARE(toCustomer.status, 422);
    QCOMPARE(toCustomer.errorField(), u"assignee_id"_qs);
}

void TestApiTickets::workflowIsEnforced()
{
    const qint64 id = createTicket(u"alice"_qs, u"Не сохраняется накладная"_qs);
    const QString path = u"/api/v1/tickets/%1"_qs.arg(id);
    ApiClient &agent = as(u"agent"_qs);
    const ApiReply closeAtOnce =
        agent.patch(path, {{u"status"_qs, u"closed"_qs}, {u"resolution"_qs, u"answered"_qs}},
                    {{"If-Match", "1"}});
    QCOMPARE(closeAtOnce.status, 422);
    const ApiReply noResolution =
        agent.patch(path, {{u"status"_qs, u"resolved"_qs}}, {{"If-Match", "1"}});
    QCOMPARE(noResolution.status, 422);
    QCOMPARE(noResolution.errorField(), u"resolution"_qs);
    const ApiReply resolved =
        agent.patch(path, {{u"status"_qs, u"resolved"_qs}, {u"resolution"_qs, u"answered"_qs}},
                    {{"If-Match", "1"}});
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json.value(u"status"_qs).toString(), u"resolved"_qs);
    // The customer answers: the ticket reopens and loses its resolution.
    const ApiReply reply =
        as(u"alice"_qs)
            .post(path + u"/messages"_qs,
                  {{u"kind"_qs, u"customer"_qs}, {u"body_text"_qs, u"Ошибка осталась"_qs}});
    QCOMPARE(reply.status, 201);
    const ApiReply after = as(u"alice"_qs).get(path);
    QCOMPARE(after.json.value(u"status"_qs).toString(), u"open"_qs);
    QVERIFY(after.json.value(u"resolution"_qs).isNull());
}

void TestApiTickets::customerWritesAfterTheTicketEnded_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("resolvedDaysAgo");
    QTest::addColumn<bool>("followUp"); // else the ticket reopens
    // The fixture's server keeps the default reopen window of 14 days.
    QTest::addRow("resolved yesterday") << "resolved" << 1 << false;
    QTest::addRow("resolved 13 days ago") << "resolved" << 13 << false;
    QTest::addRow("resolved 30 days ago") << "resolved" << 30 << true;
    QTest::addRow("closed") << "closed" << 1 << true;
}

void TestApiTickets::customerWritesAfterTheTicketEnded()
{
    QFETCH(QString, status);
    QFETCH(int, resolvedDaysAgo);
    QFETCH(bool, followUp);
    const qint64 id = createTicket(u"alice"_qs, u"Не формируется акт сверки"_qs);
    const QString path = u"/api/v1/tickets/%1"_qs.arg(id);
    QCOMPARE(as(u"agent"_qs)
                 .patch(path, {{u"status"_qs, u"resolved"_qs}, {u"resolution"_qs, u"answered"_qs}},
                        {{"If-Match", "1"}})
                 .status,
             200);
    sd::storage::Statement age(*f.db,
                               u"UPDATE tickets SET status = ?, resolved_at = ? WHERE id = ?"_qs);
    QVERIFY(age.bind(status)
                .bindTime(QDateTime::currentDateTimeUtc().addDays(-resolvedDaysAgo))
                .bind(id)
                .exec());
    const QJsonObject message{{u"kind"_qs, u"customer"_qs},
                              {u"body_text"_qs, u"Акт сверки снова пустой после обновления"_qs}};
    const ApiReply reply = as(u"alice"_qs).post(path + u"/messages"_qs, message);
    QCOMPARE(reply.status, 201);
    const ApiReply before = as(u"alice"_qs).get(path);
    if (!followUp) {
        QVERIFY(!reply.json.contains(u"follow_up"_qs));
        QCOMPARE(before.json.value(u"status"_qs).toString(), u"open"_qs);
        QCOMPARE(before.json.value(u"messages"_qs).toArray().size(), 2);
        return;
    }
    // The old ticket is left as it was; the message opened a linked ticket.
    QCOMPARE(before.json.value(u"status"_qs).toString(), status);
    QCOMPARE(before.json.value(u"messages"_qs).toArray().size(), 1);
    const QJsonObject next = reply.json.value(u"follow_up"_qs).toObject();
    const qint64 nextId = next.value(u"id"_qs).toInteger();
    QVERIFY2(nextId > id, qPrintable(reply.describe()));
    QVERIFY(reply.headers.value("location").endsWith(QByteArray::number(nextId)));
    QCOMPARE(reply.json.value(u"ticket_id"_qs).toInteger(), nextId);
    const ApiReply opened = as(u"alice"_qs).get(u"/api/v1/tickets/%1"_qs.arg(nextId));
    QCOMPARE(opened.status, 200);
    QCOMPARE(opened.json.value(u"number"_qs), next.value(u"number"_qs));
    QCOMPARE(opened.json.value(u"status"_qs).toString(), u"new"_qs);
    QCOMPARE(opened.json.value(u"subject"_qs), before.json.value(u"subject"_qs));
    const QJsonArray messages = opened.json.value(u"messages"_qs).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"body_text"_qs), message.value(u"body_text"_qs));
    const ApiReply links = as(u"agent"_qs).get(u"/api/v1/tickets/%1/links"_qs.arg(nextId));
    QVERIFY2(links.body.contains(QByteArray::number(id)), qPrintable(links.describe()));
    // Staff cannot answer in a closed ticket; they answer in the follow-up.
    if (status == u"closed")
        QCOMPARE(as(u"agent"_qs)
                     .post(path + u"/messages"_qs,
                           {{u"kind"_qs, u"reply"_qs}, {u"body_text"_qs, u"Проверим"_qs}})
                     .status,
                 409);
}

void TestApiTickets::notesStayInternal()
{
    const QString path = u"/api/v1/tickets/%1"_qs.arg(m_aliceTicket);
    const QJsonObject note{
        {u"kind"_qs, u"note"_qs},
        {u"body_html"_qs, u"<p>Клиент <b>важный</b><script>alert(1)</script></p>"_qs}};
    QCOMPARE(as(u"alice"_qs).post(path + u"/messages"_qs, note).status, 403);
    const ApiReply added = as(u"agent"_qs).post(path + u"/messages"_qs, note);
    QCOMPARE(added.status, 201);
    QVERIFY(!added.json.value(u"body_html"_qs).toString().contains(u"script"_qs));
    QVERIFY(added.json.value(u"body_html"_qs).toString().contains(u"<b>важный</b>"_qs));
    const auto kinds = [&](const QString &login) {
        QStringList found;
        for (const QJsonValue &m : as(login).get(path).json.value(u"messages"_qs).toArray())
            found << m.toObject().value(u"kind"_qs).toString();
        return found;
    };
    QVERIFY(kinds(u"agent"_qs).contains(u"note"_qs));
    QVERIFY(!kinds(u"alice"_qs).contains(u"note"_qs));
    const ApiReply reply =
        as(u"agent"_qs)
            .post(path + u"/messages"_qs,
                  {{u"kind"_qs, u"reply"_qs}, {u"body_text"_qs, u"Проверьте драйвер"_qs}});
    QCOMPARE(reply.status, 201);
    const QJsonObject sla = as(u"alice"_qs).get(path).json.value(u"sla"_qs).toObject();
    QVERIFY(!sla.value(u"first_response_at"_qs).isNull());
}

void TestApiTickets::phoneCallsOnlyForCriticalTickets()
{
    const qint64 id = createTicket(u"alice"_qs, u"Сервер лицензий недоступен"_qs);
    const QString path = u"/api/v1/tickets/%1"_qs.arg(id);
    const QJsonObject call{{u"kind"_qs, u"phone_call"_qs},
                           {u"body_text"_qs, u"Клиент позвонил, сервер так и не поднялся"_qs}};
    const ApiReply refused = as(u"agent"_qs).post(path + u"/messages"_qs, call);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), u"phone_calls_for_critical_only"_qs);
    QCOMPARE(
        as(u"agent"_qs).patch(path, {{u"priority"_qs, u"critical"_qs}}, {{"If-Match", "1"}}).status,
        200);
    QCOMPARE(as(u"agent"_qs).post(path + u"/messages"_qs, call).status, 201);
}

void TestApiTickets::attachments()
{
    const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwA"
                               "EhQGAhKmMIQAAAABJRU5ErkJggg==");
    ApiClient &alice = as(u"alice"_qs);
    const ApiReply uploaded = alice.send("POST", u"/api/v1/attachments?name=screen.png"_qs, png);
    QCOMPARE(uploaded.status, 201);
    QCOMPARE(uploaded.json.value(u"type"_qs).toString(), u"image/png"_qs);
    QCOMPARE(uploaded.json.value(u"size"_qs).toInt(), png.size());
    const QString path =
        u"/api/v1/attachments/%1"_qs.arg(uploaded.json.value(u"id"_qs).toInteger());
    const ApiReply own = alice.get(path);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.body, png);
    QCOMPARE(own.headers.value("content-type"), QByteArray("image/png"));
    QCOMPARE(as(u"bob"_qs).get(path).status, 404);
    // Bob cannot obtain Alice's file by attaching its id to his own ticket or message.
    QJsonObject bobsTicket = validTicket(u"Не открывается окно настроек печати"_qs);
    bobsTicket.insert(u"attachments"_qs, QJsonArray{uploaded.json.value(u"id"_qs)});
    const ApiReply stolen = as(u"bob"_qs).post(u"/api/v1/tickets"_qs, bobsTicket);
    QCOMPARE(stolen.status, 422);
    QCOMPARE(stolen.errorField(), u"attachments"_qs);
    // Alice attaches her own upload; then staff who see her ticket may forward it.
    QJsonObject alicesTicket = validTicket(u"Снимок экрана с ошибкой печати"_qs);
    alicesTicket.insert(u"attachments"_qs, QJsonArray{uploaded.json.value(u"id"_qs)});
    const ApiReply withFile = alice.post(u"/api/v1/tickets"_qs, alicesTicket);
    QCOMPARE(withFile.status, 201);
    const QJsonObject forward{{u"kind"_qs, u"reply"_qs},
                              {u"body_text"_qs, u"Пересылаю снимок"_qs},
                              {u"attachments"_qs, QJsonArray{uploaded.json.value(u"id"_qs)}}};
    QCOMPARE(
        as(u"agent"_qs).post(u"/api/v1/tickets/%1/messages"_qs.arg(m_aliceTicket), forward).status,
        201);
    QCOMPARE(
        as(u"dev"_qs).post(u"/api/v1/tickets/%1/messages"_qs.arg(m_aliceTicket), forward).status,
        404);

    QByteArray elf("\x7f"
                   "ELF\x02\x01\x01",
                   7);
    elf += QByteArray(200, '\0');
    const ApiReply program = alice.send("POST", u"/api/v1/attachments?name=report.png"_qs, elf);
    QCOMPARE(program.status, 415);

    const ApiReply page = alice.send("POST", u"/api/v1/attachments?name=page.html"_qs,
                                     "<html><script>alert(1)</script></html>");
    if (page.status == 201) {
        const ApiReply download =
            alice.get(u"/api/v1/attachments/%1"_qs.arg(page.json.value(u"id"_qs).toInteger()));
        QCOMPARE(download.headers.value("content-type"), QByteArray("application/octet-stream"));
        QVERIFY(download.headers.value("content-disposition").startsWith("attachment"));
    } else {
        QCOMPARE(page.status, 415);
    }
}

void TestApiTickets::oversizedBodyIsRefusedBeforeItArrives()
{
    QTcpSocket socket;
    socket.connectToHost(f.server.baseUrl().host(), quint16(f.server.baseUrl().port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/v1/attachments?name=big.log HTTP/1.1\r\nHost: x\r\n"
                 "Authorization: Bearer " +
                 as(u"alice"_qs).token().toLatin1() + "\r\nContent-Length: 2147483648\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
}

void TestApiTickets::changeFeedIsFiltered()
{
    const qint64 bobTicket = createTicket(u"bob"_qs, u"Не приходят уведомления на почту"_qs);
    const auto ticketIds = [&](const QString &login) {
        QSet<qint64> ids;
        qint64 since = 0;
        for (;;) {
            const ApiReply page = as(login).get(u"/api/v1/changes?since=%1"_qs.arg(since));
            if (page.status != 200)
                return QSet<qint64>{-1};
            const QJsonArray items = page.json.value(u"items"_qs).toArray();
            for (const QJsonValue &item : items)
                if (item.toObject().value(u"entity"_qs).toString() == u"ticket"_qs)
                    ids.insert(item.toObject().value(u"id"_qs).toInteger());
            const qint64 last = page.json.value(u"last_seq"_qs).toInteger();
            if (items.isEmpty() || last == since)
                return ids;
            since = last;
        }
    };
    const QSet<qint64> alice = ticketIds(u"alice"_qs);
    const QSet<qint64> bob = ticketIds(u"bob"_qs);
    const QSet<qint64> boss = ticketIds(u"boss"_qs);
    QVERIFY(alice.contains(m_aliceTicket));
    QVERIFY(!alice.contains(bobTicket));
    QVERIFY(bob.contains(bobTicket));
    QVERIFY(!bob.contains(m_aliceTicket));
    QVERIFY(boss.contains(bobTicket) && boss.contains(m_aliceTicket));
}

void TestApiTickets::mergeMovesTheDuplicate()
{
    const qint64 original = createTicket(u"alice"_qs, u"Касса не пробивает чек"_qs);
    const qint64 duplicate = createTicket(u"alice"_qs, u"Касса не пробивает чек снова"_qs);
    const ApiClient::Headers key{{"Idempotency-Key", "merge-once-1"}};
    const ApiReply merged =
        as(u"agent"_qs)
            .post(u"/api/v1/tickets/%1/merge"_qs.arg(duplicate), {{u"into"_qs, original}}, key);
    QCOMPARE(merged.status, 200);
    // The outbox sends it again when the answer was lost: the same answer, not "already merged".
    const ApiReply again =
        as(u"agent"_qs)
            .post(u"/api/v1/tickets/%1/merge"_qs.arg(duplicate), {{u"into"_qs, original}}, key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"id"_qs).toInteger(), original);
    QCOMPARE(merged.json.value(u"id"_qs).toInteger(), original);
    QCOMPARE(merged.json.value(u"messages"_qs).toArray().size(), 2);
    const ApiReply old = as(u"agent"_qs).get(u"/api/v1/tickets/%1"_qs.arg(duplicate));
    QCOMPARE(old.json.value(u"status"_qs).toString(), u"closed"_qs);
    QCOMPARE(old.json.value(u"merged_into"_qs).toInteger(), original);
    QCOMPARE(as(u"alice"_qs)
                 .post(u"/api/v1/tickets/%1/merge"_qs.arg(original), {{u"into"_qs, duplicate}})
                 .status,
             403);
}

void TestApiTickets::customerRatesResolvedTicket()
{
    const qint64 id = createTicket(u"alice"_qs, u"Не работает выгрузка в банк"_qs);
    const QString path = u"/api/v1/tickets/%1"_qs.arg(id);
    const QJsonObject five{{u"score"_qs, 5}, {u"comment"_qs, u"Спасибо, всё работает"_qs}};
    QCOMPARE(as(u"alice"_qs).post(path + u"/rating"_qs, five).status, 409);
    QCOMPARE(as(u"agent"_qs)
                 .patch(path, {{u"status"_qs, u"resolved"_qs}, {u"resolution"_qs, u"fixed"_qs}},
                        {{"If-Match", "1"}})
                 .status,
             200);
    const ApiReply outOfRange = as(u"alice"_qs).post(path + u"/rating"_qs, {{u"score"_qs, 6}});
    QCOMPARE(outOfRange.status, 422);
    QCOMPARE(outOfRange.errorField(), u"score"_qs);
    QCOMPARE(as(u"alice"_qs).post(path + u"/rating"_qs, five).status, 201);
    QCOMPARE(as(u"alice"_qs).post(path + u"/rating"_qs, {{u"score"_qs, 4}}).status, 201);
    QCOMPARE(as(u"bob"_qs).post(path + u"/rating"_qs, five).status, 404);
    const ApiReply read = as(u"boss"_qs).get(path + u"/rating"_qs);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"score"_qs).toInt(), 4);
}

void TestApiTickets::splitMakesANewLinkedTicket()
{
    const qint64 id = createTicket(u"alice"_qs, u"Не печатаются этикетки"_qs);
    const QString path = u"/api/v1/tickets/%1"_qs.arg(id);
    const ApiReply second =
        as(u"alice"_qs)
            .post(path + u"/messages"_qs,
                  {{u"kind"_qs, u"customer"_qs},
                   {u"body_text"_qs, u"И ещё: не открывается журнал заказов"_qs}});
    QCOMPARE(second.status, 201);
    const QJsonObject split{{u"message_id"_qs, second.json.value(u"id"_qs)},
                            {u"subject"_qs, u"Не открывается журнал заказов"_qs}};
    QCOMPARE(as(u"alice"_qs).post(path + u"/split"_qs, split).status, 403);
    const ApiClient::Headers key{{"Idempotency-Key", "split-once-1"}};
    const ApiReply created = as(u"agent"_qs).post(path + u"/split"_qs, split, key);
    QCOMPARE(created.status, 201);
    // Sent twice with one key: one new ticket, the same answer.
    const ApiReply again = as(u"agent"_qs).post(path + u"/split"_qs, split, key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json.value(u"id"_qs), created.json.value(u"id"_qs));
    QVERIFY(created.json.value(u"id"_qs).toInteger() != id);
    QCOMPARE(created.json.value(u"subject"_qs).toString(), u"Не открывается журнал заказов"_qs);
    QCOMPARE(created.json.value(u"requester"_qs).toObject().value(u"id"_qs).toInteger(),
             f.user(u"alice"_qs).id);
    const QJsonArray messages = created.json.value(u"messages"_qs).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"body_text"_qs).toString(),
             u"И ещё: не открывается журнал заказов"_qs);
    QCOMPARE(created.json.value(u"links"_qs).toArray().size(), 1);
    const ApiReply foreign =
        as(u"agent"_qs)
            .post(path + u"/split"_qs,
                  {{u"message_id"_qs, 999999}, {u"subject"_qs, u"Чужое сообщение тут"_qs}});
    QCOMPARE(foreign.status, 422);
    QCOMPARE(foreign.errorField(), u"message_id"_qs);
}

void TestApiTickets::adminManagesUsersAndQueues()
{
    ApiClient &admin = as(u"admin"_qs);
    const QJsonObject carol{{u"login"_qs, u"carol"_qs},
                            {u"password"_qs, u"long enough 1"_qs},
                            {u"role"_qs, u"agent"_qs},
                            {u"name"_qs, u"Carol"_qs},
                            {u"queue_ids"_qs, QJsonArray{f.supportQueueId}}};
    QCOMPARE(as(u"agent"_qs).post(u"/api/v1/users"_qs, carol).status, 403);
    QJsonObject shortPassword = carol;
    shortPassword.insert(u"password"_qs, u"short"_qs);
    QCOMPARE(admin.post(u"/api/v1/users"_qs, shortPassword).errorField(), u"password"_qs);
    const ApiReply created = admin.post(u"/api/v1/users"_qs, carol);
    QCOMPARE(created.status, 201);
    QCOMPARE(admin.post(u"/api/v1/users"_qs, carol).status, 409);
    auto asCarol = f.client();
    QCOMPARE(asCarol->signIn(u"carol"_qs, u"long enough 1"_qs).status, 200);
    QCOMPARE(asCarol->get(u"/api/v1/tickets"_qs).status, 200);
    const QString path = u"/api/v1/users/%1"_qs.arg(created.json.value(u"id"_qs).toInteger());
    QCOMPARE(admin.patch(path, {{u"active"_qs, false}}).status, 200);
    QCOMPARE(asCarol->get(u"/api/v1/tickets"_qs).status, 401);
    const QString self = u"/api/v1/users/%1"_qs.arg(f.user(u"admin"_qs).id);
    QCOMPARE(admin.patch(self, {{u"role"_qs, u"agent"_qs}}).status, 422);

    const ApiReply queue = admin.post(u"/api/v1/queues"_qs, {{u"name"_qs, u"Billing"_qs}});
    QCOMPARE(queue.status, 201);
    QCOMPARE(admin.post(u"/api/v1/queues"_qs, {{u"name"_qs, u"Billing"_qs}}).status, 409);
}

void TestApiTickets::duplicatesAreSuggestedAndLinksKept()
{
    const qint64 first = createTicket(u"alice"_qs, u"Зависает печать товарных накладных"_qs);
    const ApiReply second =
        as(u"alice"_qs)
            .post(u"/api/v1/tickets"_qs, validTicket(u"Зависает печать товарных накладных"_qs));
    QCOMPARE(second.status, 201);
    const QJsonArray suggested = second.json.value(u"possible_duplicates"_qs).toArray();
    QVERIFY2(!suggested.isEmpty(), qPrintable(second.describe()));
    QCOMPARE(suggested.first().toObject().value(u"id"_qs).toInteger(), first);
    // Bob's identical subject is not Alice's duplicate.
    const ApiReply bobs = as(u"bob"_qs).post(u"/api/v1/tickets"_qs,
                                             validTicket(u"Зависает печать товарных накладных"_qs));
    QVERIFY(bobs.json.value(u"possible_duplicates"_qs).toArray().isEmpty());

    const QString links = u"/api/v1/tickets/%1/links"_qs.arg(first);
    const qint64 secondId = second.json.value(u"id"_qs).toInteger();
    const ApiReply linked = as(u"agent"_qs)
                                .post(links, {{u"to"_qs, second.json.value(u"number"_qs)},
                                              {u"kind"_qs, u"related_to"_qs}});
    QCOMPARE(linked.status, 201);
    QCOMPARE(
        as(u"agent"_qs).post(links, {{u"to"_qs, secondId}, {u"kind"_qs, u"related_to"_qs}}).status,
        409);
    QCOMPARE(
        as(u"agent"_qs).post(links, {{u"to"_qs, first}, {u"kind"_qs, u"related_to"_qs}}).status,
        409);
    QCOMPARE(as(u"alice"_qs).get(links).json.value(u"items"_qs).toArray().size(), 1);
    const QString one = links + u"/"_qs + QString::number(linked.json.value(u"id"_qs).toInteger());
    QCOMPARE(as(u"alice"_qs).send("DELETE", one).status, 403);
    QCOMPARE(as(u"agent"_qs).send("DELETE", one).status, 204);
    QCOMPARE(as(u"agent"_qs).get(links).json.value(u"items"_qs).toArray().size(), 0);
}

void TestApiTickets::slaReportForSupervisors()
{
    const ApiReply byQueue = as(u"boss"_qs).get(u"/api/v1/reports/sla?group=queue"_qs);
    QCOMPARE(byQueue.status, 200);
    int tickets = 0;
    for (const QJsonValue &item : byQueue.json.value(u"items"_qs).toArray())
        tickets += item.toObject().value(u"tickets"_qs).toInt();
    QVERIFY2(tickets >= 5, qPrintable(byQueue.describe()));
    const ApiReply byCategory = as(u"boss"_qs).get(u"/api/v1/reports/sla?group=category"_qs);
    QCOMPARE(byCategory.status, 200);
    QCOMPARE(byCategory.json.value(u"items"_qs)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"category"_qs)
                 .toString(),
             u"question"_qs);
    QCOMPARE(as(u"boss"_qs).get(u"/api/v1/reports/sla?group=planet"_qs).status, 400);
    QCOMPARE(as(u"boss"_qs).get(u"/api/v1/reports/sla?from=yesterday"_qs).status, 400);
}

void TestApiTickets::viewCountsAndBreachingSoon()
{
    const qint64 soon = createTicket(u"alice"_qs, u"Касса не печатает чек возврата"_qs);
    const qint64 later = createTicket(u"alice"_qs, u"Не обновляется курс валют"_qs);
    // Deadlines come from the SLA engine; here they are set directly.
    for (const auto &[id, minutes] : {std::pair{soon, 30}, {later, 24 * 60}}) {
        sd::storage::Statement due(*f.db,
                                   u"UPDATE tickets SET first_response_due = ? WHERE id = ?"_qs);
        QVERIFY(
            due.bindTime(QDateTime::currentDateTimeUtc().addSecs(minutes * 60)).bind(id).exec());
    }
    const QString breaching = u"/api/v1/tickets?sla_due_within=240&limit=500"_qs;
    const ApiReply listed = as(u"agent"_qs).get(breaching);
    QCOMPARE(listed.status, 200);
    QList<qint64> ids;
    for (const QJsonValue &item : listed.json.value(u"items"_qs).toArray())
        ids.append(item.toObject().value(u"id"_qs).toInteger());
    QVERIFY2(ids.contains(soon) && !ids.contains(later), qPrintable(listed.describe()));

    const ApiReply counted = as(u"agent"_qs).get(u"/api/v1/tickets/count?sla_due_within=240"_qs);
    QCOMPARE(counted.status, 200);
    QCOMPARE(counted.json.value(u"count"_qs).toInteger(), ids.size());
    QCOMPARE(counted.json.value(u"capped"_qs).toBool(), false);
    // Counts are filtered by what the caller may see, like lists.
    const QString open = u"/api/v1/tickets/count?status=new,open"_qs;
    const qint64 all = as(u"boss"_qs).get(open).json.value(u"count"_qs).toInteger();
    const qint64 alices = as(u"alice"_qs).get(open).json.value(u"count"_qs).toInteger();
    const qint64 bobs = as(u"bob"_qs).get(open).json.value(u"count"_qs).toInteger();
    QVERIFY(alices >= 2);
    QCOMPARE(all, alices + bobs); // the fixture's tickets all belong to Acme or Other Corp
    QCOMPARE(as(u"dev"_qs)
                 .get(u"/api/v1/tickets/count?sla_due_within=240"_qs)
                 .json.value(u"count"_qs)
                 .toInteger(),
             0);

    for (const QString &bad : {u"abc"_qs, u"-5"_qs, u"99999999"_qs}) {
        const ApiReply refused =
            as(u"agent"_qs).get(u"/api/v1/tickets/count?sla_due_within="_qs + bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorField(), u"sla_due_within"_qs);
    }
}

void TestApiTickets::roleMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("status");
    const QStringList logins{u""_qs,    u"admin"_qs, u"boss"_qs, u"agent"_qs,
                             u"dev"_qs, u"alice"_qs, u"bob"_qs,  u"loner"_qs};
    struct Row
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<int> expected; // in the order of `logins`
    };
    const QList<Row> rows{
        {"GET", u"/api/v1/health"_qs, {}, {200, 200, 200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/session"_qs, {}, {401, 200, 200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/tickets"_qs, {}, {401, 200, 200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/tickets/{t}"_qs, {}, {401, 200, 200, 200, 404, 200, 404, 404}},
        {"PATCH",
         u"/api/v1/tickets/{t}"_qs,
         "{\"priority\":\"normal\"}",
         {401, 200, 200, 200, 404, 403, 404, 404}},
        {"POST",
         u"/api/v1/tickets/{t}/messages"_qs,
         "{\"kind\":\"note\",\"body_text\":\"x\"}",
         {401, 201, 201, 201, 404, 403, 404, 404}},
        {"GET", u"/api/v1/tickets/{t}/links"_qs, {}, {401, 200, 200, 200, 404, 200, 404, 404}},
        {"GET", u"/api/v1/changes?since=0"_qs, {}, {401, 200, 200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/kb?q=печать"_qs, {}, {401, 200, 200, 200, 200, 200, 200, 200}},
        {"GET", u"/api/v1/attachments/999999"_qs, {}, {401, 404, 404, 404, 404, 404, 404, 404}},
        {"GET", u"/api/v1/reports/sla"_qs, {}, {401, 200, 200, 403, 403, 403, 403, 403}},
        {"GET", u"/api/v1/users"_qs, {}, {401, 200, 200, 200, 200, 403, 403, 403}},
        {"GET", u"/api/v1/queues"_qs, {}, {401, 200, 200, 200, 200, 403, 403, 403}},
        {"POST", u"/api/v1/queues"_qs, "{}", {401, 422, 403, 403, 403, 403, 403, 403}},
        {"POST",
         u"/api/v1/tickets/{t}/rating"_qs,
         "{\"score\":5}",
         {401, 403, 403, 403, 404, 409, 404, 404}},
        {"GET", u"/api/v1/tickets/{r}/rating"_qs, {}, {401, 200, 200, 200, 404, 200, 404, 404}},
        {"GET", u"/api/v1/tickets/count"_qs, {}, {401, 200, 200, 200, 200, 200, 200, 200}},
        {"POST", u"/api/v1/session"_qs, "{}", {422, 422, 422, 422, 422, 422, 422, 422}},
        // Empty bodies: refused by validation where the caller may act, before it otherwise.
        {"POST", u"/api/v1/tickets"_qs, "{}", {401, 422, 422, 422, 422, 422, 422, 422}},
        {"POST", u"/api/v1/tickets/{t}/links"_qs, "{}", {401, 422, 422, 422, 404, 403, 404, 404}},
        {"DELETE",
         u"/api/v1/tickets/{t}/links/999999"_qs,
         {},
         {401, 404, 404, 404, 404, 403, 404, 404}},
        {"POST", u"/api/v1/tickets/{t}/merge"_qs, "{}", {401, 422, 422, 422, 404, 403, 404, 404}},
        {"POST", u"/api/v1/tickets/{t}/split"_qs, "{}", {401, 422, 422, 422, 404, 403, 404, 404}},
        {"POST",
         u"/api/v1/attachments?name=a.txt"_qs,
         "",
         {401, 422, 422, 422, 422, 422, 422, 422}},
        {"POST", u"/api/v1/users"_qs, "{}", {401, 422, 403, 403, 403, 403, 403, 403}},
        {"PATCH", u"/api/v1/users/{alice}"_qs, "{}", {401, 200, 403, 403, 403, 403, 403, 403}},
    };
    for (const Row &row : rows)
        for (int i = 0; i < logins.size(); ++i)
            QTest::addRow("%s %s as %s", row.method.constData(), qPrintable(row.path),
                          logins.at(i).isEmpty() ? "anonymous" : qPrintable(logins.at(i)))
                << row.method << row.path << row.body << logins.at(i) << row.expected.at(i);
}

void TestApiTickets::roleMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, login);
    QFETCH(int, status);
    path.replace(u"{t}"_qs, QString::number(m_aliceTicket));
    path.replace(u"{r}"_qs, QString::number(m_ratedTicket));
    path.replace(u"{alice}"_qs, QString::number(f.user(u"alice"_qs).id));
    ApiClient &client = as(login);
    ApiClient::Headers headers;
    if (method == "PATCH" && path.startsWith(u"/api/v1/tickets/")) {
        const ApiReply current = as(u"boss"_qs).get(u"/api/v1/tickets/%1"_qs.arg(m_aliceTicket));
        headers.append({"If-Match", QByteArray::number(current.json.value(u"version"_qs).toInt())});
    }
    const ApiReply reply = client.send(method, path, body, headers);
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
}

QTEST_MAIN(TestApiTickets)
#include "testapitickets.moc"
