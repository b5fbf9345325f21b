#include "apifixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace sd::testing;
using namespace Qt::StringLiterals;

// The change feed over HTTP when a ticket leaves someone's view, against a real server process
// on SQLite and on PostgreSQL: who is told that it is gone, and that they learn nothing else.
class TestApiChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketMovedToAnotherQueue_data();
    void ticketMovedToAnotherQueue();

private:
    ApiClient &as(const QString &login);
    // Every item after `since` about the entity, paging through the whole feed.
    QList<QJsonObject> itemsAbout(const QString &login, const QString &entity, qint64 id,
                                  qint64 since, bool withData);
    qint64 createTicket(const QString &login, const QString &subject);

    ApiFixture f;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients;
    qint64 m_before = 0; // the feed's last_seq before the move
    qint64 m_moved = 0;  // Alice's ticket, moved from Support to Development
    qint64 m_reply = 0;  // a reply to it after the move
};

ApiClient &TestApiChangeFeed::as(const QString &login)
{
    auto &client = m_clients[login];
    if (!client)
        client = f.client(login);
    return *client;
}

qint64 TestApiChangeFeed::createTicket(const QString &login, const QString &subject)
{
    const ApiReply reply = as(login).post(
        u"/api/v1/tickets"_s, {{u"subject"_s, subject},
                               {u"description"_s, u"Импорт прайс-листа прерывается с ошибкой"_s},
                               {u"category"_s, u"question"_s},
                               {u"product"_s, u"Склад"_s},
                               {u"product_version"_s, u"5.2.1"_s}});
    if (reply.status != 201)
        qWarning("create failed: %s", qPrintable(reply.describe()));
    return reply.json.value(u"id"_s).toInteger();
}

QList<QJsonObject> TestApiChangeFeed::itemsAbout(const QString &login, const QString &entity,
                                                 qint64 id, qint64 since, bool withData)
{
    QList<QJsonObject> found;
    for (;;) {
        const ApiReply page = as(login).get(u"/api/v1/changes?since=%1%2"_s.arg(since).arg(
            withData ? u"&include=data"_s : QString()));
        if (page.status != 200) {
            qWarning("feed failed: %s", qPrintable(page.describe()));
            return {QJsonObject{{u"failed"_s, true}}};
        }
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (item.value(u"entity"_s).toString() == entity &&
                item.value(u"id"_s).toInteger() == id)
                found.append(item);
        }
        const qint64 last = page.json.value(u"last_seq"_s).toInteger();
        if (items.isEmpty() || last == since)
            return found;
        since = last;
    }
}

void TestApiChangeFeed::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    m_moved = createTicket(u"alice"_s, u"Не печатается счёт-фактура"_s);
    QVERIFY(m_moved > 0);
    // The agent works the ticket in Support, then hands it over to Development.
    const QString path = u"/api/v1/tickets/%1"_s.arg(m_moved);
    QCOMPARE(as(u"agent"_s)
                 .post(path + u"/messages"_s,
                       {{u"kind"_s, u"note"_s}, {u"body_text"_s, u"Похоже на ошибку"_s}})
                 .status,
             201);
    const ApiReply ticket = as(u"agent"_s).get(path);
    QCOMPARE(ticket.status, 200);
    const ApiReply feed = as(u"admin"_s).get(u"/api/v1/changes?since=0&limit=1000"_s);
    QCOMPARE(feed.status, 200);
    m_before = feed.json.value(u"last_seq"_s).toInteger();
    QVERIFY(m_before > 0);
    const ApiReply moved =
        as(u"agent"_s)
            .patch(path, {{u"queue_id"_s, f.developmentQueueId}},
                   {{"If-Match", QByteArray::number(ticket.json.value(u"version"_s).toInt())}});
    QVERIFY2(moved.status == 200, qPrintable(moved.describe()));
    const ApiReply reply = as(u"dev"_s).post(
        path + u"/messages"_s, {{u"kind"_s, u"reply"_s}, {u"body_text"_s, u"Исправим в 5.2.2"_s}});
    QCOMPARE(reply.status, 201);
    m_reply = reply.json.value(u"id"_s).toInteger();
    QCOMPARE(as(u"agent"_s).get(path).status, 404);
}

void TestApiChangeFeed::ticketMovedToAnotherQueue_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("withData");
    QTest::addColumn<QString>("expected"); // "gone", "shown" or "absent"
    const struct
    {
        const char *login;
        const char *expected;
    } matrix[] = {
        {"agent", "gone"},                       // Support: the ticket left the queue
        {"dev", "shown"},                        // Development: it arrived
        {"boss", "shown"},                       // supervisors see every ticket
        {"admin", "shown"},  {"alice", "shown"}, // the requester's organisation still sees it
        {"bob", "absent"},                       // another organisation never heard of it
        {"loner", "absent"},
    };
    for (const auto &row : matrix) {
        for (const bool withData : {false, true})
            QTest::addRow("%s%s", row.login, withData ? " with data" : "")
                << QString::fromLatin1(row.login) << withData << QString::fromLatin1(row.expected);
    }
}

void TestApiChangeFeed::ticketMovedToAnotherQueue()
{
    QFETCH(QString, login);
    QFETCH(bool, withData);
    QFETCH(QString, expected);
    const QList<QJsonObject> tickets = itemsAbout(login, u"ticket"_s, m_moved, m_before, withData);
    const QList<QJsonObject> replies = itemsAbout(login, u"message"_s, m_reply, m_before, withData);
    if (expected == u"absent") {
        QVERIFY(tickets.isEmpty());
        QVERIFY(replies.isEmpty());
        return;
    }
    QVERIFY(!tickets.isEmpty());
    for (const QJsonObject &item : tickets) {
        QVERIFY(!item.contains(u"failed"_s));
        const QString op = item.value(u"op"_s).toString();
        if (expected == u"shown") {
            QCOMPARE_NE(op, u"gone"_s);
            QCOMPARE(item.contains(u"data"_s), withData);
            continue;
        }
        // Gone tells the id and nothing else: not when, not how, no data.
        QCOMPARE(op, u"gone"_s);
        QCOMPARE(item.value(u"entity"_s).toString(), u"ticket"_s);
        QVERIFY(item.value(u"seq"_s).toInteger() > m_before);
        QVERIFY(item.value(u"at"_s).isNull());
        QStringList keys = item.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"at"_s, u"entity"_s, u"id"_s, u"op"_s, u"seq"_s}));
    }
    // A message of a ticket the caller cannot see is dropped, not announced as gone.
    QCOMPARE(replies.size(), expected == u"gone" ? 0 : 1);
    if (expected == u"shown")
        QCOMPARE(replies.constFirst().contains(u"data"_s), withData);
}

QTEST_MAIN(TestApiChangeFeed)
#include "testapichangefeed.moc"
