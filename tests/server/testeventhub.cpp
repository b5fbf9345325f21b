// EventHub behind a real QHttpServer on loopback, driven by real QWebSocket clients.
#include "server/eventhub.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThread>
#include <QWebSocket>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using server::EventHub;
using server::EventHubOptions;

namespace {

constexpr int Unauthorised = 4401;

// Tokens the fake authenticator knows; "slow-agent" takes long enough that messages sent
// right after the auth message arrive while the token is being checked.
std::optional<EventHub::Viewer> authenticate(const QString &token)
{
    if (token == u"agent-1")
        return EventHub::Viewer{1, u"Анна Агентова"_s, u"agent"_s, 0, {1}};
    if (token == u"agent-2")
        return EventHub::Viewer{2, u"Boris"_s, u"supervisor"_s, 0, {1, 2}};
    if (token == u"customer-3")
        return EventHub::Viewer{3, u"Client"_s, u"customer"_s, 10, {}};
    if (token == u"slow-agent") {
        QThread::msleep(200);
        return EventHub::Viewer{4, u"Slow"_s, u"admin"_s, 0, {}};
    }
    return std::nullopt;
}

// A QHttpServer with the events route, handing upgraded sockets to an EventHub.
struct Server
{
    explicit Server(const EventHubOptions &options) : hub(authenticate, options)
    {
        // The route must match for the upgrade to happen, and must write nothing.
        http.route(u"/api/v1/events"_s, QHttpServerRequest::Method::Get,
                   [](QHttpServerResponder &&) {});
        QObject::connect(&http, &QAbstractHttpServer::newWebSocketConnection, &hub, [this] {
            while (http.hasPendingWebSocketConnections())
                hub.accept(http.nextPendingWebSocketConnection());
        });
        port = http.listen(QHostAddress::LocalHost, 0);
    }

    QHttpServer http;
    EventHub hub;
    quint16 port = 0;
};

// One client socket and everything it received.
struct Client
{
    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             received.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closed = true;
            closeCode = socket.closeCode();
            closeReason = socket.closeReason();
        });
    }

    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson()));
    }

    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &message : received)
            if (message.value(u"type").toString() == type)
                out.append(message);
        return out;
    }

    // The value of the last "seq" message; -1 before any.
    qint64 lastSeq() const
    {
        const QList<QJsonObject> seqs = ofType(u"seq"_s);
        return seqs.isEmpty() ? -1 : seqs.constLast().value(u"seq").toInteger();
    }

    QWebSocket socket;
    QList<QJsonObject> received;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;
};

QJsonObject presence(qint64 ticketId, const QString &state)
{
    return {{u"type"_s, u"presence"_s}, {u"ticket_id"_s, ticketId}, {u"state"_s, state}};
}

} // namespace

class TestEventHub : public QObject
{
    Q_OBJECT

private slots:
    void helloWithBearerHeader();
    void authenticatesWithFirstMessage();
    void messagesDuringSlowAuthenticationWait();
    void refusesWithoutValidToken_data();
    void refusesWithoutValidToken();
    void announcesSequences();
    void coalescesSequences();
    void presenceBetweenStaff();
    void customersNeitherSendNorSeePresence();
    void presenceClearedOnDisconnect();
    void presenceExpiresWithoutRefresh();
    void malformedMessages_data();
    void malformedMessages();

private:
    static EventHubOptions fastOptions();
    // Opens `client` with the token in an Authorization header (none when empty) and waits
    // until it is connected.
    static bool open(Client &client, const Server &server, const QString &token);
    // Opens with the header and waits for the hello.
    static bool join(Client &client, const Server &server, const QString &token);
};

EventHubOptions TestEventHub::fastOptions()
{
    EventHubOptions options;
    options.authTimeoutMs = 300;
    return options;
}

bool TestEventHub::open(Client &client, const Server &server, const QString &token)
{
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/events"_s.arg(server.port)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QSignalSpy connected(&client.socket, &QWebSocket::connected);
    client.socket.open(request);
    return connected.wait(5000);
}

bool TestEventHub::join(Client &client, const Server &server, const QString &token)
{
    if (!open(client, server, token))
        return false;
    return QTest::qWaitFor([&] { return !client.ofType(u"hello"_s).isEmpty(); }, 5000);
}

void TestEventHub::helloWithBearerHeader()
{
    Server server(fastOptions());
    QVERIFY(server.port != 0);
    server.hub.announceSequence(42);
    Client client;
    QVERIFY(open(client, server, u"agent-1"_s));
    QTRY_COMPARE(client.received.size(), 1);
    const QJsonObject hello = client.received.first();
    QCOMPARE(hello.value(u"type").toString(), u"hello"_s);
    QCOMPARE(hello.value(u"seq").toInteger(), 42);
    QCOMPARE(hello.value(u"user_id").toInteger(), 1);
    QCOMPARE(server.hub.clientCount(), 1);
    client.send({{u"type"_s, u"ping"_s}});
    QTRY_COMPARE(client.ofType(u"pong"_s).size(), 1);
    QVERIFY(!client.closed);
}

void TestEventHub::authenticatesWithFirstMessage()
{
    Server server(fastOptions());
    Client client;
    QVERIFY(open(client, server, {}));
    client.send({{u"type"_s, u"auth"_s}, {u"token"_s, u"agent-2"_s}});
    QTRY_COMPARE(client.ofType(u"hello"_s).size(), 1);
    QCOMPARE(client.received.first().value(u"user_id").toInteger(), 2);
    // Well past the authentication deadline: still open.
    QTest::qWait(500);
    QVERIFY(!client.closed);
}

void TestEventHub::messagesDuringSlowAuthenticationWait()
{
    Server server(fastOptions());
    Client client;
    QVERIFY(open(client, server, {}));
    client.send({{u"type"_s, u"auth"_s}, {u"token"_s, u"slow-agent"_s}});
    client.send({{u"type"_s, u"ping"_s}});
    QTRY_COMPARE(client.received.size(), 2);
    QCOMPARE(client.received.at(0).value(u"type").toString(), u"hello"_s);
    QCOMPARE(client.received.at(1).value(u"type").toString(), u"pong"_s);
}

void TestEventHub::refusesWithoutValidToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("firstMessage");
    QTest::addRow("unknown token in header") << QByteArray("Bearer nope") << QString();
    QTest::addRow("not a bearer header") << QByteArray("Basic YWdlbnQtMQ==") << QString();
    QTest::addRow("unknown token in message")
        << QByteArray() << u"{\"type\":\"auth\",\"token\":\"nope\"}"_s;
    QTest::addRow("auth without token") << QByteArray() << u"{\"type\":\"auth\"}"_s;
    QTest::addRow("first message not auth") << QByteArray() << u"{\"type\":\"ping\"}"_s;
    QTest::addRow("first message not json") << QByteArray() << u"agent-1"_s;
    QTest::addRow("nothing sent in time") << QByteArray() << QString();
}

void TestEventHub::refusesWithoutValidToken()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, firstMessage);
    Server server(fastOptions());
    Client client;
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/events"_s.arg(server.port)));
    if (!header.isEmpty())
        request.setRawHeader("Authorization", header);
    client.socket.open(request);
    QTRY_VERIFY(client.socket.state() == QAbstractSocket::ConnectedState || client.closed);
    if (!firstMessage.isEmpty())
        client.socket.sendTextMessage(firstMessage);
    QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
    QCOMPARE(client.closeCode, Unauthorised);
    QVERIFY(!client.closeReason.isEmpty());
    QVERIFY(client.ofType(u"hello"_s).isEmpty());
    QTRY_COMPARE(server.hub.clientCount(), 0);
}

void TestEventHub::announcesSequences()
{
    Server server(fastOptions());
    server.hub.announceSequence(10);
    Client agent;
    Client customer;
    QVERIFY(join(agent, server, u"agent-1"_s));
    QVERIFY(join(customer, server, u"customer-3"_s));
    server.hub.announceSequence(11);
    // Older and equal values are not news.
    server.hub.announceSequence(11);
    server.hub.announceSequence(5);
    for (Client *client : {&agent, &customer}) {
        QTRY_COMPARE(client->ofType(u"seq"_s).size(), 1);
        QCOMPARE(client->ofType(u"seq"_s).first().value(u"seq").toInteger(), 11);
    }
    QTest::qWait(100);
    QCOMPARE(agent.ofType(u"seq"_s).size(), 1);
    QCOMPARE(server.hub.latestSequence(), 11);
}

void TestEventHub::coalescesSequences()
{
    Server server(fastOptions());
    Client client;
    QVERIFY(join(client, server, u"agent-1"_s));
    // A burst with no event loop in between: the first goes out at once, the rest as one.
    for (qint64 seq = 1; seq <= 100; ++seq)
        server.hub.announceSequence(seq);
    QTRY_COMPARE(client.lastSeq(), 100);
    QCOMPARE(client.ofType(u"seq"_s).size(), 2);
    // Spread over ~300 ms, one per millisecond: about one per 20 ms, ending with the latest.
    QElapsedTimer clock;
    clock.start();
    qint64 seq = 100;
    while (clock.elapsed() < 300) {
        server.hub.announceSequence(++seq);
        QTest::qWait(1);
    }
    QTRY_COMPARE(client.lastSeq(), seq);
    const QList<QJsonObject> spread = client.ofType(u"seq"_s).mid(2);
    QVERIFY2(spread.size() <= 300 / 20 + 2, qPrintable(QString::number(spread.size())));
    QVERIFY2(spread.size() >= 3, qPrintable(QString::number(spread.size())));
    qint64 last = 100;
    for (const QJsonObject &message : spread) {
        QVERIFY(message.value(u"seq").toInteger() > last);
        last = message.value(u"seq").toInteger();
    }
}

void TestEventHub::presenceBetweenStaff()
{
    Server server(fastOptions());
    Client anna;
    Client boris;
    QVERIFY(join(anna, server, u"agent-1"_s));
    QVERIFY(join(boris, server, u"agent-2"_s));

    anna.send(presence(7, u"viewing"_s));
    QTRY_COMPARE(boris.ofType(u"presence"_s).size(), 1);
    const QJsonObject seen = boris.ofType(u"presence"_s).first();
    QCOMPARE(seen.value(u"ticket_id").toInteger(), 7);
    QCOMPARE(seen.value(u"user_id").toInteger(), 1);
    QCOMPARE(seen.value(u"name").toString(), u"Анна Агентова"_s);
    QCOMPARE(seen.value(u"state").toString(), u"viewing"_s);
    // Anna started viewing: she gets the list (nobody else yet), not her own announcement.
    QTRY_COMPARE(anna.ofType(u"presence_list"_s).size(), 1);
    QCOMPARE(anna.ofType(u"presence_list"_s).first().value(u"viewers").toArray().size(), 0);
    QVERIFY(anna.ofType(u"presence"_s).isEmpty());

    boris.send(presence(7, u"replying"_s));
    QTRY_COMPARE(boris.ofType(u"presence_list"_s).size(), 1);
    const QJsonArray viewers = boris.ofType(u"presence_list"_s).first().value(u"viewers").toArray();
    QCOMPARE(viewers.size(), 1);
    QCOMPARE(viewers.first()[u"user_id"].toInteger(), 1);
    QCOMPARE(viewers.first()[u"state"].toString(), u"viewing"_s);
    QTRY_COMPARE(anna.ofType(u"presence"_s).size(), 1);
    QCOMPARE(anna.ofType(u"presence"_s).first().value(u"state").toString(), u"replying"_s);

    // A refresh of the same state is not news; a new state and leaving are.
    anna.send(presence(7, u"viewing"_s));
    anna.send(presence(7, u"replying"_s));
    anna.send(presence(7, u"left"_s));
    QTRY_COMPARE(boris.ofType(u"presence"_s).size(), 3);
    QCOMPARE(boris.ofType(u"presence"_s).at(1).value(u"state").toString(), u"replying"_s);
    QCOMPARE(boris.ofType(u"presence"_s).at(2).value(u"state").toString(), u"left"_s);
    QTest::qWait(100);
    QCOMPARE(boris.ofType(u"presence"_s).size(), 3);
    QCOMPARE(anna.ofType(u"presence_list"_s).size(), 1);
}

void TestEventHub::customersNeitherSendNorSeePresence()
{
    Server server(fastOptions());
    Client anna;
    Client customer;
    QVERIFY(join(anna, server, u"agent-1"_s));
    QVERIFY(join(customer, server, u"customer-3"_s));
    customer.send(presence(7, u"viewing"_s));
    QTRY_COMPARE(customer.ofType(u"error"_s).size(), 1);
    QCOMPARE(customer.ofType(u"error"_s).first().value(u"code").toString(), u"forbidden"_s);
    anna.send(presence(7, u"viewing"_s));
    QTRY_COMPARE(anna.ofType(u"presence_list"_s).size(), 1);
    // The customer's attempt left no trace in the list, and Anna's news does not reach them.
    QVERIFY(anna.ofType(u"presence_list"_s).first().value(u"viewers").toArray().isEmpty());
    customer.send({{u"type"_s, u"ping"_s}});
    QTRY_COMPARE(customer.ofType(u"pong"_s).size(), 1);
    QVERIFY(customer.ofType(u"presence"_s).isEmpty());
    QVERIFY(customer.ofType(u"presence_list"_s).isEmpty());
    QVERIFY(anna.ofType(u"presence"_s).isEmpty());
}

void TestEventHub::presenceClearedOnDisconnect()
{
    Server server(fastOptions());
    Client boris;
    QVERIFY(join(boris, server, u"agent-2"_s));
    {
        Client anna;
        QVERIFY(join(anna, server, u"agent-1"_s));
        anna.send(presence(9, u"replying"_s));
        QTRY_COMPARE(boris.ofType(u"presence"_s).size(), 1);
        QCOMPARE(server.hub.clientCount(), 2);
        anna.socket.close();
    }
    QTRY_COMPARE(boris.ofType(u"presence"_s).size(), 2);
    const QJsonObject left = boris.ofType(u"presence"_s).at(1);
    QCOMPARE(left.value(u"ticket_id").toInteger(), 9);
    QCOMPARE(left.value(u"user_id").toInteger(), 1);
    QCOMPARE(left.value(u"state").toString(), u"left"_s);
    QTRY_COMPARE(server.hub.clientCount(), 1);
    // Gone from the list too.
    boris.send(presence(9, u"viewing"_s));
    QTRY_COMPARE(boris.ofType(u"presence_list"_s).size(), 1);
    QVERIFY(boris.ofType(u"presence_list"_s).first().value(u"viewers").toArray().isEmpty());
}

void TestEventHub::presenceExpiresWithoutRefresh()
{
    EventHubOptions options = fastOptions();
    options.presenceTtlMs = 400;
    Server server(options);
    Client anna;
    Client boris;
    QVERIFY(join(anna, server, u"agent-1"_s));
    QVERIFY(join(boris, server, u"agent-2"_s));
    anna.send(presence(5, u"viewing"_s));
    anna.send(presence(6, u"viewing"_s));
    QTRY_COMPARE(boris.ofType(u"presence"_s).size(), 2);
    // Ticket 5 is refreshed well within the time to live, ticket 6 is not.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 1000) {
        anna.send(presence(5, u"viewing"_s));
        QTest::qWait(100);
    }
    const QList<QJsonObject> news = boris.ofType(u"presence"_s);
    QCOMPARE(news.size(), 3);
    QCOMPARE(news.at(2).value(u"ticket_id").toInteger(), 6);
    QCOMPARE(news.at(2).value(u"state").toString(), u"left"_s);
}

void TestEventHub::malformedMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("not json") << u"{\"type\":"_s;
    QTest::addRow("array") << u"[1,2]"_s;
    QTest::addRow("no type") << u"{}"_s;
    QTest::addRow("unknown type") << u"{\"type\":\"dance\"}"_s;
    QTest::addRow("second auth") << u"{\"type\":\"auth\",\"token\":\"agent-1\"}"_s;
    QTest::addRow("ticket id not a number")
        << u"{\"type\":\"presence\",\"ticket_id\":\"7\",\"state\":\"viewing\"}"_s;
    QTest::addRow("ticket id not positive")
        << u"{\"type\":\"presence\",\"ticket_id\":0,\"state\":\"viewing\"}"_s;
    QTest::addRow("unknown state")
        << u"{\"type\":\"presence\",\"ticket_id\":7,\"state\":\"sleeping\"}"_s;
}

void TestEventHub::malformedMessages()
{
    QFETCH(QString, text);
    Server server(fastOptions());
    Client client;
    QVERIFY(join(client, server, u"agent-1"_s));
    client.socket.sendTextMessage(text);
    QTRY_COMPARE(client.ofType(u"error"_s).size(), 1);
    const QJsonObject error = client.ofType(u"error"_s).first();
    QCOMPARE(error.value(u"code").toString(), u"bad_message"_s);
    QVERIFY(!error.value(u"message").toString().isEmpty());
    client.send({{u"type"_s, u"ping"_s}});
    QTRY_COMPARE(client.ofType(u"pong"_s).size(), 1);
    QVERIFY(!client.closed);
}

QTEST_GUILESS_MAIN(TestEventHub)
#include "testeventhub.moc"
