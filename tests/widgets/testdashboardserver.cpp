// The dashboard against a real supportdesk-server with demo tickets (SQLite and PostgreSQL):
// a supervisor's session syncs its replica; the dashboard's tiles and tables show what the
// server's own report says; the filters offer the server's queues and staff and the replica's
// organisations; a queue filter narrows the report and the list; a ticket filed meanwhile
// reaches the figures through the replica's change signal. With SD_DASHBOARD_SHOT=file.png and
// SD_DASHBOARD_PDF=file.pdf it saves a picture of the dashboard and its PDF report.
#include "apifixture.h"

#include "client/clientsession.h"
#include "client/replica.h"
#include "client/replicawatcher.h"
#include "client/serverapi.h"
#include "client/slareportparser.h"
#include "client/slareportquery.h"
#include "client/syncengine.h"
#include "client/ticketcolumn.h"
#include "server/demowriter.h"
#include "widgets/dashboard.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/dashboardtile.h"
#include "widgets/dashboardtiles.h"
#include "widgets/reportpanel.h"
#include "widgets/slariskfilter.h"
#include "widgets/slarisklist.h"
#include "widgets/tickettablemodel.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SlaReportData;
using sd::testing::ApiFixture;
using sd::widgets::Dashboard;
using Tile = sd::widgets::DashboardTiles::Tile;

class TestDashboardServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsTheServersReport();
    void offersTheServersChoices();
    void queueFilterNarrowsReportAndList();
    void newTicketReachesTheFigures();

private:
    // The server's report for the dashboard's current filter, read with the test's own client.
    std::optional<SlaReportData> serverReport();

    ApiFixture m_api;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<sd::client::ServerApi> m_server;
    std::unique_ptr<sd::client::ClientSession> m_session;
    std::unique_ptr<sd::client::ReplicaWatcher> m_watcher;
    std::unique_ptr<Dashboard> m_dashboard;
};

void TestDashboardServer::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    QVERIFY2(m_api.setUp(&error), qPrintable(error));
    sd::server::DemoWriter demo(*m_api.db);
    QVERIFY(demo.writePeople());
    QVERIFY(demo.writeTickets(120));

    m_server = std::make_unique<sd::client::ServerApi>(&m_network, m_api.server.baseUrl());
    m_server->setToken(m_api.client(u"boss"_s)->token());
    auto session = sd::client::ClientSession::open(m_server.get(), m_api.user(u"boss"_s),
                                                   m_home.filePath(u"profiles"_s));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    m_session = std::move(session.value());
    QSignalSpy synced(&m_session->sync(), &sd::client::SyncEngine::firstSyncFinished);
    m_session->start();
    QVERIFY(synced.wait(60000));

    m_watcher = std::make_unique<sd::client::ReplicaWatcher>(m_session->replica().database());
    m_dashboard = std::make_unique<Dashboard>(m_server.get(), m_session->replica());
    connect(m_watcher.get(), &sd::client::ReplicaWatcher::ticketsChanged, m_dashboard.get(),
            &Dashboard::ticketsChanged);
    m_dashboard->resize(1400, 900);
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    QSignalSpy loaded(m_dashboard->riskList()->tickets(), &sd::widgets::TicketTableModel::loaded);
    m_dashboard->show();
    QVERIFY2(shown.wait(30000), qPrintable(m_dashboard->statusText()));
    // The first answer names the server's time zone; the report for its days follows.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->query()->isFetching(), 30000);
    QVERIFY(loaded.count() > 0 || loaded.wait(30000));
}

void TestDashboardServer::cleanupTestCase()
{
    m_dashboard.reset();
    m_watcher.reset();
    if (m_session)
        m_session->stop();
    m_session.reset();
}

std::optional<SlaReportData> TestDashboardServer::serverReport()
{
    const sd::client::ApiCall call =
        sd::client::SlaReportQuery::call(m_dashboard->filter(), m_dashboard->query()->timeZone());
    const auto boss = m_api.client(u"boss"_s);
    const auto reply = boss->get(call.path + u'?' + call.query.toString(QUrl::FullyEncoded));
    if (reply.status != 200) {
        qWarning() << reply.status << reply.json;
        return std::nullopt;
    }
    QString error;
    auto report = sd::client::SlaReportParser::parse(reply.json, &error);
    if (!report)
        qWarning() << error;
    return report;
}

void TestDashboardServer::showsTheServersReport()
{
    const auto expected = serverReport();
    QVERIFY(expected);
    QVERIFY(expected->totals.tickets > 0);
    QVERIFY(m_dashboard->report());
    const SlaReportData &shown = *m_dashboard->report();
    QCOMPARE(shown.totals.tickets, expected->totals.tickets);
    QCOMPARE(shown.days.size(), expected->days.size());
    QCOMPARE(shown.days.size(), 30);
    const auto *tiles = m_dashboard->tiles();
    QCOMPARE(tiles->tile(Tile::Open)->value(), QLocale().toString(expected->openAtEnd()));
    QCOMPARE(tiles->tile(Tile::Created)->value(), QLocale().toString(expected->totals.tickets));
    QCOMPARE(tiles->tile(Tile::BreachedNow)->value(),
             QLocale().toString(expected->breachedNow.tickets));
    QCOMPARE(m_dashboard->panel(Dashboard::Panel::Backlog)->shownModel()->rowCount(), 30);
    QCOMPARE(m_dashboard->panel(Dashboard::Panel::Agents)->shownModel()->rowCount(),
             expected->agents.size());
    // The demo has overdue tickets; the list holds only those at risk or breached.
    auto *risk = m_dashboard->riskList()->model();
    QVERIFY(risk->rowCount() > 0);
    for (int row = 0; row < risk->rowCount(); ++row) {
        const auto state = sd::client::TicketSla::State(
            risk->index(row, 0).data(sd::widgets::TicketTableModel::SlaStateRole).toInt());
        QVERIFY(state == sd::client::TicketSla::State::AtRisk ||
                state == sd::client::TicketSla::State::Breached);
    }
    if (const QByteArray path = qgetenv("SD_DASHBOARD_SHOT"); !path.isEmpty())
        QVERIFY(m_dashboard->grab().save(QString::fromLocal8Bit(path)));
    if (const QByteArray path = qgetenv("SD_DASHBOARD_PDF"); !path.isEmpty()) {
        QString error;
        QVERIFY2(m_dashboard->exportPdf(QString::fromLocal8Bit(path), &error), qPrintable(error));
    }
}

void TestDashboardServer::offersTheServersChoices()
{
    auto *filters = m_dashboard->filterBar();
    QTRY_VERIFY(filters->queueBox()->findText(u"Development"_s) > 0);
    QVERIFY(filters->queueBox()->findText(u"Support"_s) > 0);
    QTRY_VERIFY(filters->agentBox()->findData(QVariant::fromValue(m_api.user(u"agent"_s).id)) > 0);
    // Customers are no choice for "agent".
    QCOMPARE(filters->agentBox()->findData(QVariant::fromValue(m_api.user(u"alice"_s).id)), -1);
    QTRY_VERIFY(filters->organisationBox()->count() > 1);
    QTRY_VERIFY(filters->supportLevelBox()->findData(u"default"_s) > 0);

    // An organisation narrows the report (server side) and the list (by its name).
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    QComboBox *organisations = filters->organisationBox();
    organisations->setCurrentIndex(1);
    const QString name = organisations->currentText();
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_dashboard->filter().organisationId, organisations->currentData().toLongLong());
    const auto expected = serverReport();
    QVERIFY(expected);
    QCOMPARE(m_dashboard->report()->totals.tickets, expected->totals.tickets);
    auto *risk = m_dashboard->riskList()->model();
    for (int row = 0; row < risk->rowCount(); ++row)
        QVERIFY(risk->index(row, int(sd::client::TicketColumn::Organisation))
                    .data()
                    .toString()
                    .contains(name));
    organisations->setCurrentIndex(0);
    QVERIFY(shown.wait(30000));
}

void TestDashboardServer::queueFilterNarrowsReportAndList()
{
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    auto *queues = m_dashboard->filterBar()->queueBox();
    QTRY_VERIFY(queues->findText(u"Development"_s) > 0);
    queues->setCurrentIndex(queues->findText(u"Development"_s));
    QVERIFY(shown.wait(30000));
    const SlaReportData &report = *m_dashboard->report();
    QVERIFY(!report.byQueue.isEmpty());
    for (const SlaReportData::Row &row : report.byQueue)
        QCOMPARE(row.id, m_api.developmentQueueId);
    const auto expected = serverReport();
    QVERIFY(expected);
    QCOMPARE(report.totals.tickets, expected->totals.tickets);
    auto *risk = m_dashboard->riskList()->model();
    for (int row = 0; row < risk->rowCount(); ++row)
        QCOMPARE(risk->index(row, int(sd::client::TicketColumn::Queue)).data().toString(),
                 u"Development"_s);
    queues->setCurrentIndex(0);
    QVERIFY(shown.wait(30000));
}

void TestDashboardServer::newTicketReachesTheFigures()
{
    const int before = m_dashboard->report()->totals.tickets;
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    auto alice = m_api.client(u"alice"_s);
    const auto created =
        alice->post(u"/api/v1/tickets"_s,
                    {{u"subject"_s, u"Отчёт по складу не формируется"_s},
                     {u"description"_s, u"Since this morning the stock report is empty."_s},
                     {u"category"_s, u"question"_s},
                     {u"product"_s, u"Склад"_s},
                     {u"product_version"_s, u"5.2.1"_s}},
                    {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QVERIFY2(created.status == 201, QJsonDocument(created.json).toJson().constData());
    // Pushed to the replica, announced by the watcher, asked for again after the delay.
    QTRY_VERIFY_WITH_TIMEOUT(
        shown.count() > 0 && m_dashboard->report()->totals.tickets == before + 1, 30000);
}

QTEST_MAIN(TestDashboardServer)
#include "testdashboardserver.moc"
