#include "apifixture.h"
#include "clienttestsupport.h"

#include "client/cannedresponses.h"
#include "storage/cannedresponserepository.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sd::testing;
using sd::client::CannedResponse;
using sd::client::CannedResponses;

// CannedResponses against the real server: the agent's list arrives in the server's order
// with the shared flag, a customer's token is refused with the server's message, and a failed
// refresh keeps the list it had.
class TestCannedResponses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentGetsSharedAndOwn();
    void customerIsRefused();
    void failureKeepsTheLastList();

private:
    std::unique_ptr<sd::client::ServerApi> api(const QString &login, const QUrl &base = {});

    ApiFixture f;
    QNetworkAccessManager m_network;
};

void TestCannedResponses::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    sd::storage::CannedResponseRepository repository(*f.db);
    const QList<std::pair<QString, QString>> rows{
        {u"Приветствие"_qs, {}}, {u"Мой шаблон"_qs, u"agent"_qs}, {u"Чужой"_qs, u"dev"_qs}};
    for (const auto &[title, owner] : rows) {
        sd::storage::CannedResponse response;
        response.title = title;
        response.bodyHtml = u"<p>{{customer.name}}, "_qs + title + u"</p>"_qs;
        response.ownerId = owner.isEmpty() ? 0 : f.user(owner).id;
        QVERIFY(repository.create(response));
    }
}

std::unique_ptr<sd::client::ServerApi> TestCannedResponses::api(const QString &login,
                                                                const QUrl &base)
{
    auto api = ClientTestSupport::api(&m_network, base.isEmpty() ? f.server.baseUrl() : base, 1);
    api->setToken(f.client(login)->token());
    return api;
}

void TestCannedResponses::agentGetsSharedAndOwn()
{
    const auto server = api(u"agent"_qs);
    CannedResponses responses(server.get());
    QSignalSpy loaded(&responses, &CannedResponses::loaded);
    QSignalSpy failed(&responses, &CannedResponses::failed);
    responses.refresh();
    QVERIFY(responses.isRefreshing());
    responses.refresh(); // not a second request
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.count(), 1);
    const QList<CannedResponse> items = responses.items();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).title, u"Мой шаблон"_qs);
    QVERIFY(!items.at(0).shared);
    QCOMPARE(items.at(1).title, u"Приветствие"_qs);
    QVERIFY(items.at(1).shared);
    QCOMPARE(items.at(1).bodyHtml, u"<p>{{customer.name}}, Приветствие</p>"_qs);
    QVERIFY(items.at(1).id > 0);
    QVERIFY(!responses.isRefreshing());
}

void TestCannedResponses::customerIsRefused()
{
    const auto server = api(u"alice"_qs);
    CannedResponses responses(server.get());
    QSignalSpy loaded(&responses, &CannedResponses::loaded);
    QSignalSpy failed(&responses, &CannedResponses::failed);
    responses.refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(responses.items().isEmpty());
}

void TestCannedResponses::failureKeepsTheLastList()
{
    const auto server = api(u"agent"_qs);
    CannedResponses responses(server.get());
    QSignalSpy loaded(&responses, &CannedResponses::loaded);
    QSignalSpy failed(&responses, &CannedResponses::failed);
    responses.refresh();
    QVERIFY(loaded.wait(10000));
    server->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_qs.arg(ClientTestSupport::closedPort())));
    responses.refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(responses.items().size(), 2);
}

QTEST_GUILESS_MAIN(TestCannedResponses)
#include "testcannedresponses.moc"
