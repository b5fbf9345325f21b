// RequestSubmitter against the real server: each request ends in one report (submitted with
// the server's number, refused with the server's field, or queued while the server is away),
// a refused one leaves nothing behind in the outbox, and a request queued in one run is
// followed to its number in the next.
#include "apifixture.h"
#include "client/clientsession.h"
#include "client/outbox.h"
#include "client/requestsubmitter.h"
#include "client/serverapi.h"
#include "clienttestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::ClientSession;
using sd::client::RequestSubmitter;
using sd::testing::ApiFixture;
using sd::testing::ClientTestSupport;

class TestRequestSubmitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcome_data();
    void outcome();
    void followsAcrossRestart();

private:
    std::unique_ptr<ClientSession> openSession(sd::client::ServerApi *api, const QString &dir);
    int ticketsWithSubject(const QString &subject);

    ApiFixture m_api;
    QNetworkAccessManager m_network;
    QString m_token;
};

void TestRequestSubmitter::initTestCase()
{
    QString error;
    QVERIFY2(m_api.setUp(&error), qPrintable(error));
    m_token = m_api.client(u"alice"_s)->token();
    QVERIFY(!m_token.isEmpty());
}

std::unique_ptr<ClientSession> TestRequestSubmitter::openSession(sd::client::ServerApi *api,
                                                                 const QString &dir)
{
    api->setToken(m_token);
    auto session = ClientSession::open(api, m_api.user(u"alice"_s), dir);
    if (!session) {
        qWarning() << session.error().message;
        return nullptr;
    }
    return std::move(session).value();
}

int TestRequestSubmitter::ticketsWithSubject(const QString &subject)
{
    const auto reply = m_api.client(u"agent"_s)->get(u"/api/v1/tickets?limit=500"_s);
    int found = 0;
    for (const QJsonValue &item : reply.json.value(u"items"_s).toArray())
        found += item.toObject().value(u"subject"_s).toString() == subject ? 1 : 0;
    return found;
}

void TestRequestSubmitter::outcome_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("report"); // submitted, refused, queued
    QTest::addColumn<QString>("field");
    QTest::addRow("accepted") << u"Импорт прайс-листа падает с ошибкой 17"_s << u"5.2.1"_s << true
                              << u"submitted"_s << QString();
    QTest::addRow("generic subject")
        << u"Помогите!!! Срочно!"_s << u"5.2.1"_s << true << u"refused"_s << u"subject"_s;
    QTest::addRow("inexact version") << u"Импорт прайс-листа падает с ошибкой 18"_s << u"latest"_s
                                     << true << u"refused"_s << u"product_version"_s;
    QTest::addRow("server away") << u"Импорт прайс-листа падает с ошибкой 19"_s << u"5.2.1"_s
                                 << false << u"queued"_s << QString();
}

void TestRequestSubmitter::outcome()
{
    QFETCH(QString, subject);
    QFETCH(QString, version);
    QFETCH(bool, reachable);
    QFETCH(QString, report);
    QFETCH(QString, field);
    QTemporaryDir dir;
    auto api = ClientTestSupport::api(&m_network, m_api.server.baseUrl());
    auto session = openSession(api.get(), dir.path());
    QVERIFY(session);
    if (!reachable)
        api->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(ClientTestSupport::closedPort())));
    session->start();
    RequestSubmitter submitter(*session);
    QSignalSpy submitted(&submitter, &RequestSubmitter::submitted);
    QSignalSpy refused(&submitter, &RequestSubmitter::refused);
    QSignalSpy queued(&submitter, &RequestSubmitter::queued);
    submitter.resume();
    const QJsonObject request{{u"subject"_s, subject},
                              {u"category"_s, u"question"_s},
                              {u"description"_s, u"The import stops half way."_s},
                              {u"product"_s, u"Склад"_s},
                              {u"product_version"_s, version}};
    auto entry = submitter.submit(request, {});
    QVERIFY(entry);
    QSignalSpy &expected = report == u"submitted" ? submitted
                           : report == u"refused" ? refused
                                                  : queued;
    QTRY_COMPARE_WITH_TIMEOUT(expected.count(), 1, 20000);
    QCOMPARE(expected.at(0).at(0).toLongLong(), entry.value());
    QCOMPARE(submitted.count() + refused.count() + queued.count(), 1);
    const auto left = session->outbox().entries();
    QVERIFY(left);
    if (report == u"submitted") {
        static const QRegularExpression number(u"^SD-\\d{4}-\\d+$"_s);
        QVERIFY2(number.match(submitted.at(0).at(1).toString()).hasMatch(),
                 qPrintable(submitted.at(0).at(1).toString()));
        QVERIFY(submitted.at(0).at(2).toLongLong() > 0);
        QCOMPARE(ticketsWithSubject(subject), 1);
        QVERIFY(submitter.waiting().isEmpty());
    } else if (report == u"refused") {
        QCOMPARE(refused.at(0).at(1).toString(), field);
        QVERIFY(!refused.at(0).at(2).toString().isEmpty());
        // Nothing is left to show as a phantom pending ticket.
        QVERIFY(left->isEmpty());
        QCOMPARE(ticketsWithSubject(subject), 0);
        // But the request is not lost: it waits to go back on the form, also after a restart.
        QVERIFY(submitter.hasReturned());
        RequestSubmitter restarted(*session);
        const auto returned = restarted.takeReturned();
        QVERIFY(returned);
        QCOMPARE(returned->entryId, entry.value());
        QCOMPARE(returned->field, field);
        QCOMPARE(returned->request.value(u"subject"_s).toString(), subject);
        QCOMPARE(returned->request.value(u"description"_s).toString(),
                 u"The import stops half way."_s);
        QVERIFY(!restarted.hasReturned());
        QVERIFY(!RequestSubmitter(*session).hasReturned());
    } else {
        QCOMPARE(left->size(), 1);
        QCOMPARE(submitter.waiting(), QList<qint64>{entry.value()});
    }
}

void TestRequestSubmitter::followsAcrossRestart()
{
    const QString subject = u"Печать счёта зависает после обновления, случай 3"_s;
    QTemporaryDir dir;
    auto api = ClientTestSupport::api(&m_network, m_api.server.baseUrl());
    qint64 entryId = 0;
    {
        auto session = openSession(api.get(), dir.path());
        QVERIFY(session);
        api->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(ClientTestSupport::closedPort())));
        session->start();
        RequestSubmitter submitter(*session);
        QSignalSpy queued(&submitter, &RequestSubmitter::queued);
        auto entry = submitter.submit({{u"subject"_s, subject},
                                       {u"category"_s, u"question"_s},
                                       {u"description"_s, u"Printing hangs."_s},
                                       {u"product"_s, u"Склад"_s}},
                                      {});
        QVERIFY(entry);
        entryId = entry.value();
        QVERIFY(queued.wait(20000));
    } // closed while the request waits

    api->setBaseUrl(m_api.server.baseUrl());
    auto session = openSession(api.get(), dir.path());
    QVERIFY(session);
    RequestSubmitter submitter(*session);
    QSignalSpy submitted(&submitter, &RequestSubmitter::submitted);
    QCOMPARE(submitter.waiting(), QList<qint64>{entryId});
    submitter.resume();
    session->start();
    QVERIFY(submitted.wait(20000));
    QCOMPARE(submitted.at(0).at(0).toLongLong(), entryId);
    QVERIFY(!submitted.at(0).at(1).toString().isEmpty());
    QCOMPARE(ticketsWithSubject(subject), 1);
}

QTEST_GUILESS_MAIN(TestRequestSubmitter)
#include "testrequestsubmitter.moc"
