#include "apifixture.h"
#include "core/attachmentpolicy.h"

#include <QtTest>

using namespace sd::testing;

// Sign-in, tokens, the error shape of the HTTP front and graceful shutdown, against a real
// server process on SQLite and on PostgreSQL.
class TestApiSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthNeedsNoToken();
    void healthTellsTheAttachmentLimit_data();
    void healthTellsTheAttachmentLimit();
    void signInAndWhoAmI();
    void wrongPasswordAndUnknownLoginLookAlike();
    void signOutRevokesTheToken();
    void badTokensAreRefused_data();
    void badTokensAreRefused();
    void malformedBodies_data();
    void malformedBodies();
    void unknownPathAndWrongMethod();
    void answersInTheCallersLanguage();
    void repeatedFailuresAreThrottled();
    void requestLogHasNoSecrets();
    void sigtermFinishesGracefully();

private:
    ApiFixture f;
};

void TestApiSession::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestApiSession::healthNeedsNoToken()
{
    const ApiReply reply = f.client()->get(QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(QStringLiteral("database"))
                .toObject()
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(reply.json.value(QStringLiteral("schema_version")).toInt() > 0);
}

void TestApiSession::healthTellsTheAttachmentLimit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("limit");
    QTest::addRow("default") << QStringList() << sd::core::AttachmentPolicy::DefaultMaxBytes;
    // Seed 004's limit; KB is decimal (ByteSize).
    QTest::addRow("seed 004") << QStringList{QStringLiteral("--attachment-limit"),
                                             QStringLiteral("300KB")}
                              << qint64(300'000);
    QTest::addRow("binary unit") << QStringList{QStringLiteral("--attachment-limit"),
                                                QStringLiteral("2MiB")}
                                 << qint64(2 * 1024 * 1024);
}

// Clients check attachments before sending against what the server will accept, so the
// public health answer carries the configured limit.
void TestApiSession::healthTellsTheAttachmentLimit()
{
    QFETCH(QStringList, arguments);
    QFETCH(qint64, limit);
    ServerProcess server{QStringLiteral(SD_SERVER_BIN)};
    QVERIFY2(server.start(f.testDb.url(), arguments), qPrintable(server.error()));
    const ApiReply reply = ApiClient(server.baseUrl()).get(QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("attachment_max_bytes")).toInteger(), limit);
}

void TestApiSession::signInAndWhoAmI()
{
    auto api = f.client();
    const ApiReply session = api->signIn(QStringLiteral("agent"), ApiFixture::Password);
    QCOMPARE(session.status, 200);
    const QString token = session.json.value(QStringLiteral("token")).toString();
    // 256 random bits, base64url without padding.
    QCOMPARE(token.size(), 43);
    const QJsonObject user = session.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("login")).toString(), QStringLiteral("agent"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(!session.json.contains(QStringLiteral("password_hash")));
    const ApiReply me = api->get(QStringLiteral("/api/v1/session"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("login")).toString(), QStringLiteral("agent"));
    // Two sign-ins make two different tokens.
    auto again = f.client(QStringLiteral("agent"));
    QVERIFY(again->token() != token);
}

void TestApiSession::wrongPasswordAndUnknownLoginLookAlike()
{
    auto api = f.client();
    const ApiReply wrong = api->signIn(QStringLiteral("boss"), QStringLiteral("nope"));
    const ApiReply unknown = api->signIn(QStringLiteral("nobody"), QStringLiteral("nope"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
    QCOMPARE(
        wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")),
        unknown.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")));
}

void TestApiSession::signOutRevokesTheToken()
{
    auto api = f.client(QStringLiteral("alice"));
    QCOMPARE(api->get(QStringLiteral("/api/v1/session")).status, 200);
    QCOMPARE(api->send("DELETE", QStringLiteral("/api/v1/session")).status, 204);
    const ApiReply after = api->get(QStringLiteral("/api/v1/session"));
    QCOMPARE(after.status, 401);
    QVERIFY(after.headers.value("www-authenticate").startsWith("Bearer"));
}

void TestApiSession::badTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addRow("none") << QByteArray();
    QTest::addRow("empty bearer") << QByteArray("Bearer ");
    QTest::addRow("basic") << QByteArray("Basic YWdlbnQ6eA==");
    QTest::addRow("random") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::addRow("sql") << QByteArray("Bearer ' OR '1'='1");
}

void TestApiSession::badTokensAreRefused()
{
    QFETCH(QByteArray, authorization);
    ApiClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const ApiReply reply = f.client()->send("GET", QStringLiteral("/api/v1/tickets"), {}, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("unauthorized"));
}

void TestApiSession::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("empty") << QByteArray() << 400 << QStringLiteral("empty_body");
    QTest::addRow("broken json") << QByteArray("{\"login\": ") << 400
                                 << QStringLiteral("malformed_json");
    QTest::addRow("array") << QByteArray("[1]") << 400 << QStringLiteral("not_an_object");
    QTest::addRow("bad utf-8") << QByteArray("{\"login\": \"\xff\xfe\"}") << 400
                               << QStringLiteral("bad_utf8");
    QTest::addRow("wrong type") << QByteArray("{\"login\": 5, \"password\": \"x\"}") << 422
                                << QStringLiteral("wrong_type");
    QTest::addRow("unknown field")
        << QByteArray("{\"login\": \"a\", \"password\": \"x\", \"remember\": true}") << 422
        << QStringLiteral("unknown_field");
}

void TestApiSession::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiReply reply = f.client()->send("POST", QStringLiteral("/api/v1/session"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
}

void TestApiSession::unknownPathAndWrongMethod()
{
    auto api = f.client();
    const ApiReply missing = api->get(QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));
    const ApiReply wrongMethod = api->send("PUT", QStringLiteral("/api/v1/session"));
    QCOMPARE(wrongMethod.status, 405);
    QVERIFY(wrongMethod.headers.value("allow").contains("POST"));
}

void TestApiSession::answersInTheCallersLanguage()
{
    auto api = f.client();
    const ApiReply russian = api->send("GET", QStringLiteral("/api/v1/tickets"), {},
                                       {{"Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5"}});
    const ApiReply english =
        api->send("GET", QStringLiteral("/api/v1/tickets"), {}, {{"Accept-Language", "en-GB"}});
    const auto message = [](const ApiReply &r) {
        return r.json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    };
    static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-я]"));
    QVERIFY2(message(russian).contains(cyrillic), qPrintable(message(russian)));
    QVERIFY2(!message(english).contains(cyrillic), qPrintable(message(english)));
}

void TestApiSession::repeatedFailuresAreThrottled()
{
    auto api = f.client();
    // The default allows 5 failures per login in 15 minutes.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(api->signIn(QStringLiteral("dev"), QStringLiteral("guess")).status, 401);
    const ApiReply locked = api->signIn(QStringLiteral("dev"), ApiFixture::Password);
    QCOMPARE(locked.status, 429);
    QVERIFY(locked.headers.value("retry-after").toInt() > 0);
    // Other logins from elsewhere are not locked by it.
    QCOMPARE(api->signIn(QStringLiteral("boss"), ApiFixture::Password).status, 200);
}

void TestApiSession::requestLogHasNoSecrets()
{
    auto api = f.client(QStringLiteral("bob"));
    QCOMPARE(api->get(QStringLiteral("/api/v1/session")).status, 200);
    QTRY_VERIFY(f.server.log().contains(QStringLiteral("GET /api/v1/session 200")));
    const QString log = f.server.log();
    QVERIFY(!log.contains(ApiFixture::Password));
    QVERIFY(!log.contains(api->token()));
    QVERIFY(log.contains(QStringLiteral("user=%1").arg(f.user(QStringLiteral("bob")).id)));
}

void TestApiSession::sigtermFinishesGracefully()
{
    QVERIFY(f.server.stop());
    QVERIFY(f.server.log().contains(QStringLiteral("POST /api/v1/session")));
}

QTEST_MAIN(TestApiSession)
#include "testapisession.moc"
