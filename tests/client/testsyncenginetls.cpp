// SyncEngine's event socket over wss:// against the real server serving TLS with a
// certificate made for the test: it connects only when the user accepted exactly that
// certificate through ServerApi, and otherwise refuses and reports it as HTTP requests do.
#include "apifixture.h"
#include "client/replica.h"
#include "client/serverapi.h"
#include "client/syncengine.h"
#include "clienttestsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sd;
using namespace sd::testing;
using namespace Qt::StringLiterals;
using client::ServerApi;
using client::SyncEngine;

namespace {

struct Workstation
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<ServerApi> api;
    std::unique_ptr<client::Replica> replica;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

class TestSyncEngineTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateGetsNoEvents();
    void acceptedCertificateGetsEventsUntilWithdrawn();

private:
    std::unique_ptr<Workstation> workstation();
    // HTTP requests then fail before TLS, so every certificate report comes from the socket.
    static void cutHttp(Workstation &w);
    void expectRefused(Workstation &w);

    ApiFixture f;
    QTemporaryDir m_certDir;
    std::optional<TestCertificate> m_cert;
    ServerProcess m_tls{QStringLiteral(SD_SERVER_BIN)};
    QString m_token;
};

void TestSyncEngineTls::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    QVERIFY(m_certDir.isValid());
    m_cert = ClientTestSupport::selfSignedCertificate(m_certDir.path(), &error);
    QVERIFY2(m_cert, qPrintable(error));
    QVERIFY2(m_tls.start(f.testDb.url(),
                         {u"--tls-cert"_s, m_cert->certPath, u"--tls-key"_s, m_cert->keyPath}),
             qPrintable(m_tls.error()));
    QCOMPARE(m_tls.baseUrl().scheme(), u"https"_s);
    m_token = f.client(u"boss"_s)->token();
    QVERIFY(!m_token.isEmpty());
}

std::unique_ptr<Workstation> TestSyncEngineTls::workstation()
{
    auto w = std::make_unique<Workstation>();
    w->api = ClientTestSupport::api(&w->network, m_tls.baseUrl());
    w->api->setToken(m_token);
    auto replica = client::Replica::open(w->dir.filePath(u"replica.db"_s));
    if (!replica)
        return nullptr;
    w->replica = std::move(replica).value();
    w->engine = std::make_unique<SyncEngine>(w->api.get(), w->replica.get());
    return w;
}

void TestSyncEngineTls::cutHttp(Workstation &w)
{
    w.network.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, ClientTestSupport::closedPort()));
}

void TestSyncEngineTls::expectRefused(Workstation &w)
{
    QSignalSpy untrusted(w.api.get(), &ServerApi::untrustedCertificate);
    w.engine->start();
    QVERIFY(untrusted.wait(10000));
    QCOMPARE(untrusted.first().at(0).toString(), u"127.0.0.1"_s);
    QCOMPARE(untrusted.first().at(1).value<QSslCertificate>(), m_cert->certificate);
    QVERIFY(!untrusted.first().at(2).value<QList<QSslError>>().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w.engine->state(), SyncEngine::State::Offline, 5000);
    // Reconnecting keeps asking and keeps being refused; the socket never connects meanwhile.
    QVERIFY(QTest::qWaitFor([&] { return w.engine->eventsConnected() || untrusted.size() >= 2; },
                            10000));
    QVERIFY(!w.engine->eventsConnected());
    QVERIFY(untrusted.size() >= 2);
    w.engine->stop();
}

void TestSyncEngineTls::untrustedCertificateGetsNoEvents()
{
    auto w = workstation();
    QVERIFY(w);
    cutHttp(*w);
    // Another certificate's digest, or this one for another host name, is not acceptance.
    w->api->trustCertificate(u"127.0.0.1"_s, QByteArray(32, '\x01'));
    w->api->trustCertificate(u"localhost"_s, ServerApi::certificateDigest(m_cert->certificate));
    expectRefused(*w);
}

void TestSyncEngineTls::acceptedCertificateGetsEventsUntilWithdrawn()
{
    auto w = workstation();
    QVERIFY(w);
    w->api->trustCertificate(u"127.0.0.1"_s, ServerApi::certificateDigest(m_cert->certificate));
    QSignalSpy untrusted(w->api.get(), &ServerApi::untrustedCertificate);
    w->engine->start();
    QTRY_COMPARE_WITH_TIMEOUT(w->engine->state(), SyncEngine::State::Online, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w->engine->eventsConnected(), 10000);
    QVERIFY(untrusted.isEmpty());

    // A change reaches the replica by push alone.
    w->engine->setFallbackPullMs(3600 * 1000);
    const ApiReply created =
        f.client(u"alice"_s)
            ->post(u"/api/v1/tickets"_s, {{u"subject"_s, u"Не печатаются ценники"_s},
                                          {u"description"_s, u"Принтер этикеток молчит"_s},
                                          {u"category"_s, u"question"_s},
                                          {u"product"_s, u"Склад"_s},
                                          {u"product_version"_s, u"5.2.1"_s}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json.value(u"id"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(w->replica->ticket(id).value().has_value(), 10000);

    // Once withdrawn, the same socket object must decide the next handshake anew.
    w->engine->stop();
    QTRY_VERIFY(!w->engine->eventsConnected());
    w->api->forgetTrustedCertificates(u"127.0.0.1"_s);
    cutHttp(*w);
    expectRefused(*w);
}

QTEST_MAIN(TestSyncEngineTls)
#include "testsyncenginetls.moc"
