#include "apifixture.h"
#include "sourcetree.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslError>
#include <QWebSocket>
#include <QtTest>

using namespace sd::testing;

namespace {

// A signed-in WebSocket client of /api/v1/events collecting the JSON messages it gets.
class EventClient
{
public:
    EventClient(const QUrl &base, const QString &token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QUrl url = base;
        url.setScheme(u"ws"_qs);
        url.setPath(u"/api/v1/events"_qs);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket.open(request);
    }
    qint64 lastSeq() const
    {
        qint64 seq = 0;
        for (const QJsonObject &m : messages)
            if (m.value(u"type"_qs) == u"seq"_qs || m.value(u"type"_qs) == u"hello"_qs)
                seq = qMax(seq, m.value(u"seq"_qs).toInteger());
        return seq;
    }
    bool hasHello() const
    {
        return std::any_of(messages.cbegin(), messages.cend(),
                           [](const QJsonObject &m) { return m.value(u"type"_qs) == u"hello"_qs; });
    }

    QWebSocket socket;
    QList<QJsonObject> messages;
};

} // namespace

// The live events of DESIGN.md "Sync" through the real server: a write announces the new
// sequence on /api/v1/events, also when it was made through another server process on the
// same database (PostgreSQL LISTEN/NOTIFY; SQLite by the notifier's periodic check).
class TestApiEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesWithoutToken();
    void writeOnOneServerReachesClientsOfAnother();
    void restartLosesNothingAcknowledged();
    void servesOverTls();
    void blockedRequestDoesNotStallOthers();

private:
    ApiFixture f;
};

void TestApiEvents::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestApiEvents::refusesWithoutToken()
{
    EventClient client(f.server.baseUrl(), u"not-a-token"_qs);
    QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
    QVERIFY(closed.wait(10000));
    QCOMPARE(int(client.socket.closeCode()), 4401);
    QVERIFY(!client.hasHello());
}

void TestApiEvents::writeOnOneServerReachesClientsOfAnother()
{
    ServerProcess second{QStringLiteral(SD_SERVER_BIN)};
    QVERIFY2(second.start(f.testDb.url()), qPrintable(second.error()));
    auto agent = f.client(u"agent"_qs);
    EventClient onFirst(f.server.baseUrl(), agent->token());
    QTRY_VERIFY_WITH_TIMEOUT(onFirst.hasHello(), 10000);
    const qint64 before = onFirst.lastSeq();

    ApiClient viaSecond(second.baseUrl());
    QCOMPARE(viaSecond.signIn(u"alice"_qs, ApiFixture::Password).status, 200);
    QElapsedTimer clock;
    clock.start();
    const ApiReply created = viaSecond.post(u"/api/v1/tickets"_qs,
                                            {{u"subject"_qs, u"Не формируется отчёт о продажах"_qs},
                                             {u"description"_qs, u"Отчёт пустой за ноябрь"_qs},
                                             {u"category"_qs, u"question"_qs},
                                             {u"product"_qs, u"Склад"_qs}});
    QCOMPARE(created.status, 201);
    const qint64 committedAfter = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(onFirst.lastSeq() > before, 5000);
    qInfo("sequence announced on the other server %lld ms after the create returned",
          clock.elapsed() - committedAfter);
    QVERIFY(second.stop());
}

void TestApiEvents::restartLosesNothingAcknowledged()
{
    auto alice = f.client(u"alice"_qs);
    QList<QPair<qint64, QString>> acknowledged;
    for (int i = 0; i < 5; ++i) {
        const ApiReply created = alice->post(
            u"/api/v1/tickets"_qs, {{u"subject"_qs, u"Не проводится документ номер %1"_qs.arg(i)},
                                    {u"description"_qs, u"Ошибка при проведении"_qs},
                                    {u"category"_qs, u"question"_qs},
                                    {u"product"_qs, u"Склад"_qs}});
        QCOMPARE(created.status, 201);
        acknowledged.append({created.json.value(u"id"_qs).toInteger(),
                             created.json.value(u"number"_qs).toString()});
    }
    QVERIFY(f.server.stop());
    QVERIFY2(f.server.start(f.testDb.url()), qPrintable(f.server.error()));
    auto again = f.client(u"alice"_qs);
    for (const auto &[id, number] : acknowledged) {
        const ApiReply read = again->get(u"/api/v1/tickets/%1"_qs.arg(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(u"number"_qs).toString(), number);
    }
}

void TestApiEvents::servesOverTls()
{
    ServerProcess tls{QStringLiteral(SD_SERVER_BIN)};
    QVERIFY2(tls.start(f.testDb.url(),
                       {u"--tls-cert"_qs, sourcePath(u"tests/server/data/requestgate-tls.crt"_qs),
                        u"--tls-key"_qs, sourcePath(u"tests/server/data/requestgate-tls.key"_qs)}),
             qPrintable(tls.error()));
    QCOMPARE(tls.baseUrl().scheme(), u"https"_qs);
    QNetworkAccessManager network;
    QUrl url = tls.baseUrl();
    url.setPath(u"/api/v1/health"_qs);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    // The test certificate is self-signed; the point here is that the server speaks TLS.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(!reply->sslConfiguration().peerCertificate().isNull());
    reply->deleteLater();
    QVERIFY(tls.stop());
}

void TestApiEvents::blockedRequestDoesNotStallOthers()
{
    auto alice = f.client(u"alice"_qs);
    const ApiReply created =
        alice->post(u"/api/v1/tickets"_qs, {{u"subject"_qs, u"Не обновляются цены в каталоге"_qs},
                                            {u"description"_qs, u"Цены старые"_qs},
                                            {u"category"_qs, u"question"_qs},
                                            {u"product"_qs, u"Склад"_qs}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_qs).toInteger();
    auto agent = f.client(u"agent"_qs);

    // Hold the write lock (SQLite) / the ticket's row lock (PostgreSQL) from outside.
    auto blocker = f.testDb.open();
    QVERIFY(blocker);
    sd::storage::Transaction lock(*blocker);
    QVERIFY(lock);
    QVERIFY(blocker->execute(u"UPDATE tickets SET subject = subject WHERE id = %1"_qs.arg(id)));

    QNetworkAccessManager network;
    QUrl url = f.server.baseUrl();
    url.setPath(u"/api/v1/tickets/%1"_qs.arg(id));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + agent->token().toLatin1());
    request.setRawHeader("If-Match", "1");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *patch = network.sendCustomRequest(request, "PATCH", R"({"priority":"high"})");
    QTest::qWait(300);
    QVERIFY2(!patch->isFinished(), "the PATCH should be waiting for the lock");

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(agent->get(u"/api/v1/health"_qs).status, 200);
    QCOMPARE(agent->get(u"/api/v1/tickets/%1"_qs.arg(id)).status, 200);
    const qint64 otherMs = clock.elapsed();
    QVERIFY2(otherMs < 1000, qPrintable(u"other requests took %1 ms"_qs.arg(otherMs)));
    QVERIFY(!patch->isFinished());

    lock.rollback();
    QSignalSpy finished(patch, &QNetworkReply::finished);
    QVERIFY(patch->isFinished() || finished.wait(10000));
    QCOMPARE(patch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    patch->deleteLater();
}

QTEST_MAIN(TestApiEvents)
#include "testapievents.moc"
