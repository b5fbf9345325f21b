#include "apifixture.h"
#include "clienttestsupport.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd::testing;
using sd::client::ApiCall;
using sd::client::ApiJob;
using sd::client::ApiResult;
using sd::client::ServerApi;
using Step = ScriptedHttpServer::Step;
using Failure = ApiResult::Failure;

Q_DECLARE_METATYPE(QList<Step>)
Q_DECLARE_METATYPE(Failure)

// The workstation's API client against the real supportdesk-server (JSON, errors, a restart,
// TLS) and against a scripted server that fails on cue (which requests are retried, how
// often, the timeout).
class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonRoundTrip();
    void errorMapping_data();
    void errorMapping();
    void ifMatchIsSent();
    void retries_data();
    void retries();
    void retryAfterIsHonoured();
    void closedPortGivesUpAndGoesOffline();
    void serverRestartedMidway();
    void timeoutFires_data();
    void timeoutFires();
    void abortDuringBackoffStops();
    void untrustedCertificateIsRefusedUntilAccepted();

private:
    std::unique_ptr<ServerApi> signedIn(const QString &login);
    qint64 createTicket(ServerApi &api, const QString &subject, const QByteArray &key);
    static QJsonObject validTicket(const QString &subject);

    ApiFixture f;
    QNetworkAccessManager m_network;
};

QJsonObject TestServerApi::validTicket(const QString &subject)
{
    return {{u"subject"_qs, subject},
            {u"description"_qs, u"Импорт прайс-листа прерывается с ошибкой 0x80070005"_qs},
            {u"category"_qs, u"question"_qs},
            {u"product"_qs, u"Склад"_qs},
            {u"product_version"_qs, u"5.2.1"_qs}};
}

std::unique_ptr<ServerApi> TestServerApi::signedIn(const QString &login)
{
    auto api = ClientTestSupport::api(&m_network, f.server.baseUrl());
    const auto session = ClientTestSupport::wait(api->send(ApiCall::post(
        u"/api/v1/session"_qs, {{u"login"_qs, login}, {u"password"_qs, ApiFixture::Password}})));
    if (session && session->ok())
        api->setToken(session->object().value(u"token"_qs).toString());
    return api;
}

qint64 TestServerApi::createTicket(ServerApi &api, const QString &subject, const QByteArray &key)
{
    const auto created = ClientTestSupport::wait(
        api.send(ApiCall::post(u"/api/v1/tickets"_qs, validTicket(subject), key)));
    return created && created->httpStatus == 201 ? created->object().value(u"id"_qs).toInteger()
                                                 : 0;
}

void TestServerApi::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestServerApi::jsonRoundTrip()
{
    auto api = ClientTestSupport::api(&m_network, f.server.baseUrl());
    const auto session = ClientTestSupport::wait(
        api->send(ApiCall::post(u"/api/v1/session"_qs, {{u"login"_qs, u"alice"_qs},
                                                        {u"password"_qs, ApiFixture::Password}})));
    QVERIFY(session);
    QVERIFY2(session->ok(), qPrintable(session->userMessage));
    QCOMPARE(session->httpStatus, 200);
    QCOMPARE(session->object().value(u"user"_qs).toObject().value(u"login"_qs), u"alice"_qs);
    api->setToken(session->object().value(u"token"_qs).toString());
    QVERIFY(!api->token().isEmpty());

    const QString subject = u"Не сходится остаток на складе «Север»"_qs;
    const auto created = ClientTestSupport::wait(
        api->send(ApiCall::post(u"/api/v1/tickets"_qs, validTicket(subject), "round-trip-1")));
    QVERIFY(created);
    QCOMPARE(created->httpStatus, 201);
    const qint64 id = created->object().value(u"id"_qs).toInteger();
    QVERIFY(id > 0);
    QVERIFY(created->object().value(u"number"_qs).toString().startsWith(u"SD-"_qs));

    const auto read = ClientTestSupport::wait(
        api->send(ApiCall::get(u"/api/v1/tickets/"_qs + QString::number(id))));
    QVERIFY(read && read->ok());
    QCOMPARE(read->object().value(u"subject"_qs).toString(), subject);

    // The Idempotency-Key reaches the server: the same key answers with the same ticket.
    QCOMPARE(createTicket(*api, subject, "round-trip-1"), id);
    QVERIFY(createTicket(*api, subject, "round-trip-2") != id);
}

void TestServerApi::errorMapping_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("401 without a token") << QString() << QByteArray("GET") << u"/api/v1/tickets"_qs
                                         << QJsonObject() << 401 << u"unauthorized"_qs << QString();
    QTest::addRow("404 unknown ticket")
        << u"alice"_qs << QByteArray("GET") << u"/api/v1/tickets/987654"_qs << QJsonObject() << 404
        << u"not_found"_qs << QString();
    QTest::addRow("422 names the field")
        << u"alice"_qs << QByteArray("POST") << u"/api/v1/tickets"_qs
        << validTicket(u"Помогите!!!"_qs) << 422 << u"generic_subject"_qs << u"subject"_qs;
}

void TestServerApi::errorMapping()
{
    QFETCH(QString, login);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    auto api =
        login.isEmpty() ? ClientTestSupport::api(&m_network, f.server.baseUrl()) : signedIn(login);
    ApiCall call;
    call.method = method;
    call.path = path;
    if (!body.isEmpty())
        call.json = QJsonDocument(body);
    const auto result = ClientTestSupport::wait(api->send(call));
    QVERIFY(result);
    QCOMPARE(result->failure, Failure::Http);
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->error.httpStatus, status);
    QCOMPARE(result->error.code, code);
    QCOMPARE(result->error.field, field);
    QVERIFY(!result->error.message.isEmpty());
    QCOMPARE(result->userMessage, result->error.message);
    QCOMPARE(result->attempts, 1); // a 4xx is final
    QCOMPARE(api->reachability(), ServerApi::Reachability::Reachable);
}

void TestServerApi::ifMatchIsSent()
{
    auto alice = signedIn(u"alice"_qs);
    const qint64 id = createTicket(*alice, u"Отчёт по продажам строится пустым"_qs, "if-match-1");
    QVERIFY(id > 0);
    auto agent = signedIn(u"agent"_qs);
    const QString path = u"/api/v1/tickets/"_qs + QString::number(id);
    const QJsonObject change{{u"priority"_qs, u"high"_qs}};
    const auto missing = ClientTestSupport::wait(agent->send(ApiCall::patch(path, change)));
    QVERIFY(missing);
    QCOMPARE(missing->httpStatus, 428);
    const auto done = ClientTestSupport::wait(agent->send(ApiCall::patch(path, change, "1")));
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->userMessage));
    const auto stale = ClientTestSupport::wait(agent->send(ApiCall::patch(path, change, "1")));
    QVERIFY(stale);
    QCOMPARE(stale->httpStatus, 409);
    QCOMPARE(stale->error.code, u"version_conflict"_qs);
    QCOMPARE(stale->object().value(u"current"_qs).toObject().value(u"id"_qs).toInteger(), id);
}

void TestServerApi::retries_data()
{
    // attempts: the client's own attempts, 0 for "at least 2"; requests: what the server saw,
    // 0 for "at least as many as attempts". Qt itself sends a GET again once or twice when the
    // connection closes without an answer, so dropped GETs are counted with bounds.
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("idempotencyKey");
    QTest::addColumn<bool>("withBody");
    QTest::addColumn<QList<Step>>("script");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("requests");
    QTest::addColumn<Failure>("failure");
    const Step ok = ScriptedHttpServer::answer(200, R"({"ok":true})");
    const Step drop = ScriptedHttpServer::drop();
    const auto status = [](int code) { return ScriptedHttpServer::answer(code, {}); };
    const QByteArray none;
    QTest::addRow("GET after four dropped connections")
        << QByteArray("GET") << none << false << QList<Step>{drop, drop, drop, drop, ok} << 0 << 5
        << Failure::None;
    QTest::addRow("GET gives up after six attempts")
        << QByteArray("GET") << none << false << QList<Step>{drop} << 6 << 0 << Failure::Network;
    QTest::addRow("GET through 502, 503, 504")
        << QByteArray("GET") << none << false
        << QList<Step>{status(502), status(503), status(504), ok} << 4 << 4 << Failure::None;
    QTest::addRow("PUT after dropped connections")
        << QByteArray("PUT") << none << true << QList<Step>{drop, drop, drop, drop, ok} << 0 << 5
        << Failure::None;
    QTest::addRow("DELETE after a 503") << QByteArray("DELETE") << none << false
                                        << QList<Step>{status(503), ok} << 2 << 2 << Failure::None;
    QTest::addRow("POST with key after dropped connections")
        << QByteArray("POST") << QByteArray("key-1") << true
        << QList<Step>{drop, drop, drop, drop, ok} << 0 << 5 << Failure::None;
    QTest::addRow("PATCH with key after a 504")
        << QByteArray("PATCH") << QByteArray("key-2") << true << QList<Step>{status(504), ok} << 2
        << 2 << Failure::None;
    QTest::addRow("POST without key, dropped: never twice")
        << QByteArray("POST") << none << true << QList<Step>{drop, ok} << 1 << 1
        << Failure::Network;
    QTest::addRow("POST without key or body, dropped: never twice")
        << QByteArray("POST") << none << false << QList<Step>{drop, ok} << 1 << 1
        << Failure::Network;
    QTest::addRow("PATCH without key, dropped: never twice")
        << QByteArray("PATCH") << none << true << QList<Step>{drop, ok} << 1 << 1
        << Failure::Network;
    QTest::addRow("POST without key, 503: never twice")
        << QByteArray("POST") << none << true << QList<Step>{status(503), ok} << 1 << 1
        << Failure::Http;
    for (const int code : {400, 401, 404, 409, 422, 500})
        QTest::addRow("GET %d is final", code)
            << QByteArray("GET") << none << false << QList<Step>{status(code), ok} << 1 << 1
            << Failure::Http;
}

void TestServerApi::retries()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, idempotencyKey);
    QFETCH(bool, withBody);
    QFETCH(QList<Step>, script);
    QFETCH(int, attempts);
    QFETCH(int, requests);
    QFETCH(Failure, failure);
    ScriptedHttpServer server(script);
    QVERIFY(server.listen());
    auto api = ClientTestSupport::api(&m_network, server.url(), 6);
    ApiCall call;
    call.method = method;
    call.path = u"/api/v1/things/1"_qs;
    call.idempotencyKey = idempotencyKey;
    if (withBody)
        call.json = QJsonDocument(QJsonObject{{u"n"_qs, 1}});
    ApiJob *job = api->send(call);
    QSignalSpy retrying(job, &ApiJob::retrying);
    const auto result = ClientTestSupport::wait(job);
    QVERIFY(result);
    QCOMPARE(result->failure, failure);
    if (attempts > 0)
        QCOMPARE(result->attempts, attempts);
    else
        QVERIFY2(result->attempts >= 2, qPrintable(QString::number(result->attempts)));
    QCOMPARE(retrying.size(), result->attempts - 1);
    QTest::qWait(100); // a stray extra request would arrive now
    if (requests > 0)
        QCOMPARE(server.requestCount(), requests);
    else
        QVERIFY(server.requestCount() >= result->attempts);
    const bool sentOnce = !call.isIdempotent();
    for (const auto &headers : server.requestHeaders()) {
        QCOMPARE(headers.value("idempotency-key"), idempotencyKey);
        QCOMPARE(headers.value("content-length").toInt() > 0, withBody || sentOnce);
    }
    if (failure != Failure::None)
        QVERIFY(!result->userMessage.isEmpty());
}

void TestServerApi::retryAfterIsHonoured()
{
    ScriptedHttpServer server({ScriptedHttpServer::answer(429, {}, {{"Retry-After", "1"}}),
                               ScriptedHttpServer::answer(200)});
    QVERIFY(server.listen());
    auto api = ClientTestSupport::api(&m_network, server.url());
    QElapsedTimer clock;
    clock.start();
    ApiJob *job = api->send(ApiCall::get(u"/api/v1/health"_qs));
    QSignalSpy retrying(job, &ApiJob::retrying);
    const auto result = ClientTestSupport::wait(job);
    QVERIFY(result && result->ok());
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(retrying.size(), 1);
    QVERIFY(retrying.first().at(1).toInt() >= 1000);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
}

void TestServerApi::closedPortGivesUpAndGoesOffline()
{
    const quint16 port = ClientTestSupport::closedPort();
    QVERIFY(port != 0);
    QUrl url(u"http://127.0.0.1"_qs);
    url.setPort(port);
    auto api = ClientTestSupport::api(&m_network, url, 3);
    QSignalSpy reachability(api.get(), &ServerApi::reachabilityChanged);
    ApiJob *job = api->send(ApiCall::get(u"/api/v1/health"_qs));
    QSignalSpy retrying(job, &ApiJob::retrying);
    const auto result = ClientTestSupport::wait(job);
    QVERIFY(result);
    QCOMPARE(result->failure, Failure::Network);
    QCOMPARE(result->networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->attempts, 3);
    QCOMPARE(retrying.size(), 2);
    QVERIFY(result->userMessage.contains(QString::number(port)));
    QCOMPARE(reachability.size(), 1); // told once, not per attempt
    QCOMPARE(api->reachability(), ServerApi::Reachability::Unreachable);
}

void TestServerApi::serverRestartedMidway()
{
    ServerProcess server{QStringLiteral(SD_SERVER_BIN)};
    QVERIFY2(server.start(f.testDb.url()), qPrintable(server.error()));
    const QUrl url = server.baseUrl();
    auto api = std::make_unique<ServerApi>(&m_network, url);
    sd::client::RetryPolicy::Settings patient;
    patient.maxAttempts = 30;
    patient.baseDelayMs = 100;
    patient.maxDelayMs = 400;
    api->setRetryPolicy(sd::client::RetryPolicy(patient));
    QSignalSpy reachability(api.get(), &ServerApi::reachabilityChanged);
    const auto before = ClientTestSupport::wait(api->send(ApiCall::get(u"/api/v1/health"_qs)));
    QVERIFY(before && before->ok());
    QVERIFY(server.stop());

    ApiJob *job = api->send(ApiCall::get(u"/api/v1/health"_qs));
    QSignalSpy retrying(job, &ApiJob::retrying);
    QVERIFY(retrying.wait(10000));
    QCOMPARE(api->reachability(), ServerApi::Reachability::Unreachable);
    QVERIFY2(server.start(f.testDb.url(),
                          {u"--listen"_qs, url.host() + u':' + QString::number(url.port())}),
             qPrintable(server.error()));
    const auto after = ClientTestSupport::wait(job);
    QVERIFY(after);
    QVERIFY2(after->ok(), qPrintable(after->userMessage));
    QVERIFY(after->attempts >= 2);
    QCOMPARE(after->object().value(u"status"_qs).toString(), u"ok"_qs);
    using R = ServerApi::Reachability;
    QCOMPARE(reachability.size(), 3);
    QCOMPARE(reachability.at(0).first().value<R>(), R::Reachable);
    QCOMPARE(reachability.at(1).first().value<R>(), R::Unreachable);
    QCOMPARE(reachability.at(2).first().value<R>(), R::Reachable);
    QVERIFY(server.stop());
}

void TestServerApi::timeoutFires_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("requests");
    QTest::addRow("GET is tried again") << QByteArray("GET") << 2;
    QTest::addRow("POST is not") << QByteArray("POST") << 1;
}

void TestServerApi::timeoutFires()
{
    QFETCH(QByteArray, method);
    QFETCH(int, requests);
    ScriptedHttpServer server({ScriptedHttpServer::silent()});
    QVERIFY(server.listen());
    auto api = ClientTestSupport::api(&m_network, server.url(), 2);
    ApiCall call;
    call.method = method;
    call.path = u"/api/v1/slow"_qs;
    call.timeoutMs = 300;
    if (method == "POST")
        call.json = QJsonDocument(QJsonObject{{u"n"_qs, 1}});
    QElapsedTimer clock;
    clock.start();
    const auto result = ClientTestSupport::wait(api->send(call), 10000);
    QVERIFY2(result, "the request hung past its timeout");
    QCOMPARE(result->failure, Failure::Timeout);
    QCOMPARE(result->attempts, requests);
    QVERIFY(clock.elapsed() >= 300 * requests - 50);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(server.requestCount(), requests);
    QVERIFY(!result->userMessage.isEmpty());
    QCOMPARE(api->reachability(), ServerApi::Reachability::Unreachable);
}

void TestServerApi::abortDuringBackoffStops()
{
    ScriptedHttpServer server({ScriptedHttpServer::answer(503, {})});
    QVERIFY(server.listen());
    auto api = std::make_unique<ServerApi>(&m_network, server.url());
    sd::client::RetryPolicy::Settings settings;
    settings.baseDelayMs = 300;
    settings.maxDelayMs = 300;
    api->setRetryPolicy(sd::client::RetryPolicy(settings));
    ApiJob *job = api->send(ApiCall::get(u"/api/v1/health"_qs));
    QSignalSpy finished(job, &ApiJob::finished);
    int requestsAtAbort = -1;
    connect(job, &ApiJob::retrying, job, [&] {
        requestsAtAbort = server.requestCount();
        job->abort();
    });
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ApiResult>().failure, Failure::Canceled);
    QTest::qWait(600); // past the longest backoff
    QCOMPARE(requestsAtAbort, 1);
    QCOMPARE(server.requestCount(), 1);
}

void TestServerApi::untrustedCertificateIsRefusedUntilAccepted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const auto made = ClientTestSupport::selfSignedCertificate(dir.path(), &error);
    QVERIFY2(made, qPrintable(error));
    const QSslCertificate expected = made->certificate;

    ServerProcess tls{QStringLiteral(SD_SERVER_BIN)};
    QVERIFY2(tls.start(f.testDb.url(),
                       {u"--tls-cert"_qs, made->certPath, u"--tls-key"_qs, made->keyPath}),
             qPrintable(tls.error()));
    QCOMPARE(tls.baseUrl().scheme(), u"https"_qs);
    auto api = ClientTestSupport::api(&m_network, tls.baseUrl());
    QSignalSpy untrusted(api.get(), &ServerApi::untrustedCertificate);
    const auto health = [&api] {
        return ClientTestSupport::wait(api->send(ApiCall::get(u"/api/v1/health"_qs)));
    };

    const auto refused = health();
    QVERIFY(refused);
    QCOMPARE(refused->failure, Failure::Certificate);
    QCOMPARE(refused->httpStatus, 0);
    QCOMPARE(refused->attempts, 1);
    QVERIFY(!refused->sslErrors.isEmpty());
    QCOMPARE(refused->peerCertificate, expected);
    QVERIFY(!refused->userMessage.isEmpty());
    QCOMPARE(untrusted.size(), 1);
    QCOMPARE(untrusted.first().at(0).toString(), u"127.0.0.1"_qs);
    QCOMPARE(untrusted.first().at(1).value<QSslCertificate>(), expected);
    QCOMPARE(api->reachability(), ServerApi::Reachability::Unknown);

    // Another certificate's digest, or the right one for another host, lets nothing through.
    api->trustCertificate(u"127.0.0.1"_qs, QByteArray(32, '\x01'));
    api->trustCertificate(u"localhost"_qs, ServerApi::certificateDigest(expected));
    const auto stillRefused = health();
    QVERIFY(stillRefused);
    QCOMPARE(stillRefused->failure, Failure::Certificate);
    QVERIFY(!tls.log().contains(u"/api/v1/health"_qs)); // no request reached the server

    api->trustCertificate(u"127.0.0.1"_qs, ServerApi::certificateDigest(expected));
    const auto accepted = health();
    QVERIFY(accepted);
    QVERIFY2(accepted->ok(), qPrintable(accepted->userMessage));
    QCOMPARE(untrusted.size(), 2);
    QTRY_VERIFY(tls.log().contains(u"/api/v1/health"_qs));

    api->forgetTrustedCertificates(u"127.0.0.1"_qs);
    const auto forgotten = health();
    QVERIFY(forgotten);
    QCOMPARE(forgotten->failure, Failure::Certificate);
    QVERIFY(tls.stop());
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "testserverapi.moc"
