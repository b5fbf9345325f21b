// The supervisor's dashboard offscreen, fed a fixed report: the tiles, chart series and tables
// show its figures; a second report updates them in place (same series, selection kept); CSV
// of a table and the one-page PDF are right; a filter change or a burst of replica changes
// sends one report request with the right query; the list shows the replica's tickets at risk
// and breached, most overdue first. With SD_DASHBOARD_SHOT=file.png it also saves a picture
// (run under xvfb-run with QT_QPA_PLATFORM=xcb to see it as on a desktop).
#include "dashboardtestdata.h"
#include "scriptedhttpserver.h"

#include "client/replica.h"
#include "client/serverapi.h"
#include "client/slareportdata.h"
#include "client/slareportquery.h"
#include "widgets/barchart.h"
#include "widgets/dashboard.h"
#include "widgets/dashboardfilterbar.h"
#include "widgets/dashboardformat.h"
#include "widgets/dashboardtile.h"
#include "widgets/dashboardtiles.h"
#include "widgets/daychart.h"
#include "widgets/reportpanel.h"
#include "widgets/slariskfilter.h"
#include "widgets/slarisklist.h"
#include "widgets/tickettablemodel.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SlaReportData;
using sd::client::SlaReportFilter;
using sd::testing::ScriptedHttpServer;
using sd::testing::DashboardTestData::capturedReport;
using sd::testing::DashboardTestData::fixedReport;
using sd::testing::DashboardTestData::ticket;
using sd::widgets::Dashboard;
using sd::widgets::DashboardTiles;
using Panel = Dashboard::Panel;
using Tile = DashboardTiles::Tile;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodEndFollowsTheServersToday_data();
    void periodEndFollowsTheServersToday();
    void chosenPeriodEndStays();
    void init();
    void cleanup();
    void tilesShowTheFigures_data();
    void tilesShowTheFigures();
    void chartsAndTablesFollowTheReport();
    void distributionPanelShowsTheBands();
    void secondReportUpdatesInPlace();
    void csvOfATable_data();
    void csvOfATable();
    void pdfIsOnePage();
    void filterChangeAsksForTheReport();
    void replicaChangesRefreshOnceAfterADelay();
    void learnsTheServersTimeZone();
    void riskListShowsAtRiskAndBreached();
    void dayMonthPattern_data();
    void dayMonthPattern();
    void screenshot();

private:
    QList<QByteArray> reportRequests() const;
    QByteArray csvOf(Panel panel);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<sd::client::ServerApi> m_api;
    std::unique_ptr<sd::client::Replica> m_replica;
    std::unique_ptr<Dashboard> m_dashboard;
};

void TestDashboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDashboard::init()
{
    m_server = std::make_unique<ScriptedHttpServer>(
        QList{ScriptedHttpServer::answer(200, capturedReport())});
    QVERIFY(m_server->listen());
    m_api = std::make_unique<sd::client::ServerApi>(&m_network, m_server->url());
    static int replicas = 0;
    auto replica = sd::client::Replica::open(m_dir.filePath(u"replica-%1.db"_s.arg(++replicas)));
    QVERIFY(replica);
    m_replica = std::move(replica.value());
    m_dashboard = std::make_unique<Dashboard>(m_api.get(), *m_replica);
    // The captured report's zone: the dashboard asks again when the server's differs.
    m_dashboard->query()->setTimeZone(QTimeZone("Europe/Moscow"));
}

void TestDashboard::cleanup()
{
    m_dashboard.reset();
    m_replica.reset();
    m_api.reset();
    m_server.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QList<QByteArray> TestDashboard::reportRequests() const
{
    QList<QByteArray> out;
    for (const QByteArray &line : m_server->requests())
        if (line.startsWith("GET /api/v1/reports/sla"))
            out.append(line);
    return out;
}

QByteArray TestDashboard::csvOf(Panel panel)
{
    const QString path = m_dir.filePath(u"table.csv"_s);
    QString error;
    if (!m_dashboard->panel(panel)->exportCsv(path, &error))
        return error.toUtf8();
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDashboard::tilesShowTheFigures_data()
{
    QTest::addColumn<Tile>("tile");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("tone");

    using Tone = sd::widgets::DashboardTile::Tone;
    QTest::addRow("open") << Tile::Open << u"16"_s << u"at the end of the period; 9 at its start"_s
                          << int(Tone::Normal);
    QTest::addRow("created") << Tile::Created << u"1,234"_s
                             << u"in the period; 600 resolved or closed"_s << int(Tone::Normal);
    QTest::addRow("breached") << Tile::BreachedNow << u"5"_s
                              << u"first response 2 · next response 1 · resolution 3"_s
                              << int(Tone::Bad);
    QTest::addRow("at risk") << Tile::AtRiskNow << u"0"_s << QString() << int(Tone::Normal);
    QTest::addRow("first response")
        << Tile::FirstResponse << u"45 min"_s
        << u"median in business time; 90%: 3 h 10 min; 40 ticket(s)"_s << int(Tone::Normal);
    QTest::addRow("resolution") << Tile::Resolution << u"27 h 05 min"_s
                                << u"median in business time; 90%: —; 3 ticket(s)"_s
                                << int(Tone::Normal);
    QTest::addRow("reopened") << Tile::ReopenRate << u"12.5 %"_s << u"5 of 40 resolved tickets"_s
                              << int(Tone::Normal);
    QTest::addRow("csat") << Tile::Csat << u"4.0 / 5"_s << u"11 rating(s)"_s << int(Tone::Normal);
}

void TestDashboard::tilesShowTheFigures()
{
    QFETCH(Tile, tile);
    QFETCH(QString, value);
    QFETCH(QString, detail);
    QFETCH(int, tone);
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    m_dashboard->showReport(fixedReport());
    QCOMPARE(shown.count(), 1);
    const auto *shownTile = m_dashboard->tiles()->tile(tile);
    QCOMPARE(shownTile->value(), value);
    QCOMPARE(shownTile->detail(), detail);
    QCOMPARE(int(shownTile->tone()), tone);
}

void TestDashboard::chartsAndTablesFollowTheReport()
{
    m_dashboard->showReport(fixedReport());
    auto *backlog =
        qobject_cast<sd::widgets::DayChart *>(m_dashboard->panel(Panel::Backlog)->chart());
    QVERIFY(backlog);
    QCOMPARE(backlog->lineCount(), 3);
    QCOMPARE(backlog->line(0)->count(), 7);
    QCOMPARE(backlog->line(0)->at(6).y(), 16.0); // open at the end of the last day
    QCOMPARE(backlog->line(1)->at(0).y(), 3.0);  // created
    auto *breaches =
        qobject_cast<sd::widgets::DayChart *>(m_dashboard->panel(Panel::Breaches)->chart());
    QCOMPARE(breaches->line(0)->count(), 7);
    QCOMPARE(breaches->line(0)->at(5).y(), 3.0);
    auto *agents =
        qobject_cast<sd::widgets::BarChart *>(m_dashboard->panel(Panel::Agents)->chart());
    QCOMPARE(agents->categories().size(), 3);
    QCOMPARE(agents->set(0)->count(), 3);
    QCOMPARE(agents->set(0)->at(0), 12.0);
    QCOMPARE(agents->set(1)->at(1), 9.0);
    auto *csat = qobject_cast<sd::widgets::BarChart *>(m_dashboard->panel(Panel::Csat)->chart());
    QCOMPARE(csat->set(0)->count(), 5);
    QCOMPARE(csat->set(0)->at(4), 5.0);
    auto *times =
        qobject_cast<sd::widgets::BarChart *>(m_dashboard->panel(Panel::ResponseTimes)->chart());
    QCOMPARE(times->categories(), (QStringList{u"Median"_s, u"90%"_s}));
    QCOMPARE(times->set(0)->label(), u"First response"_s);
    QCOMPARE(times->set(0)->at(0), 45.0 / 60); // business hours
    QCOMPARE(times->set(0)->at(1), 190.0 / 60);
    QCOMPARE(times->set(1)->at(0), 1625.0 / 60);
    QCOMPARE(times->set(1)->at(1), 0.0); // not measured
    auto *resolutions =
        qobject_cast<sd::widgets::BarChart *>(m_dashboard->panel(Panel::Resolutions)->chart());
    QCOMPARE(resolutions->categories().size(), 8);
    QCOMPARE(resolutions->set(0)->at(3), 3.0);

    const QList<std::pair<Panel, int>> rows{
        {Panel::Backlog, 7},       {Panel::Breaches, 7},
        {Panel::ResponseTimes, 2}, {Panel::FirstResponseBands, 8},
        {Panel::Agents, 3},        {Panel::Csat, 5},
        {Panel::Resolutions, 8}};
    for (const auto &[panel, count] : rows) {
        QAbstractItemModel *model = m_dashboard->panel(panel)->shownModel();
        QAbstractItemModelTester tester(model);
        QCOMPARE(model->rowCount(), count);
    }
    QAbstractItemModel *backlogTable = m_dashboard->panel(Panel::Backlog)->shownModel();
    QCOMPARE(backlogTable->index(6, 0).data().toString(),
             QLocale().toString(QDate(2026, 11, 7), QLocale::ShortFormat));
    QCOMPARE(backlogTable->index(6, 3).data().toString(), u"16"_s);
    QAbstractItemModel *timesTable = m_dashboard->panel(Panel::ResponseTimes)->shownModel();
    QCOMPARE(timesTable->index(1, 3).data().toString(), u"—"_s);
    QCOMPARE(timesTable->index(1, 4).data().toString(), u"33 h 20 min"_s);
    QCOMPARE(m_dashboard->panel(Panel::Resolutions)->shownModel()->index(2, 0).data().toString(),
             u"Cannot reproduce"_s);
}

void TestDashboard::distributionPanelShowsTheBands()
{
    m_dashboard->showReport(fixedReport());
    sd::widgets::ReportPanel *panel = m_dashboard->panel(Panel::FirstResponseBands);
    QCOMPARE(panel->title(), u"First-response distribution"_s);
    auto *chart = qobject_cast<sd::widgets::BarChart *>(panel->chart());
    QVERIFY(chart);
    // Horizontal bars: the first category is drawn at the bottom, so the list runs from the
    // longest band up; "<" is escaped for the axis' rich text.
    QCOMPARE(chart->categories(),
             (QStringList{u"≥ 2 days"_s, u"1-2 days"_s, u"4-8 h"_s, u"2-4 h"_s, u"1-2 h"_s,
                          u"30-60 min"_s, u"15-30 min"_s, u"&lt; 15 min"_s}));
    QCOMPARE(chart->set(0)->count(), 8);
    const QList<qreal> bars{chart->set(0)->at(7), chart->set(0)->at(4), chart->set(0)->at(0)};
    QCOMPARE(bars, (QList<qreal>{8, 10, 0})); // < 15 min, 1-2 h, >= 2 days (business time)
    QAbstractItemModel *table = panel->shownModel();
    QAbstractItemModelTester tester(table);
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->index(0, 0).data().toString(), u"< 15 min"_s);
    QCOMPARE(table->index(5, 3).data().toString(), u"97.5 %"_s); // 39 of 40 within 8 h
}

void TestDashboard::secondReportUpdatesInPlace()
{
    m_dashboard->show();
    m_dashboard->showReport(fixedReport());
    sd::widgets::ReportPanel *panel = m_dashboard->panel(Panel::Backlog);
    panel->setTableShown(true);
    QVERIFY(panel->isTableShown());
    QTableView *view = panel->tableView();
    QAbstractItemModelTester tester(view->model());
    view->selectionModel()->select(view->model()->index(3, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *chart = qobject_cast<sd::widgets::DayChart *>(panel->chart());
    QLineSeries *open = chart->line(0);
    QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(view->model(), &QAbstractItemModel::rowsRemoved);

    SlaReportData next = fixedReport();
    next.days[3].open = 40;
    m_dashboard->showReport(next);
    QCOMPARE(chart->line(0), open);
    QCOMPARE(open->count(), 7);
    QCOMPARE(open->at(3).y(), 40.0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(panel->isTableShown());
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected[0].row(), 3);
    QCOMPARE(view->model()->index(3, 3).data().toString(), u"40"_s);

    // A longer period adds rows at the end; the selected day stays selected.
    next.days.append({QDate(2026, 11, 8), 1, 1, 41, 0});
    m_dashboard->showReport(next);
    QCOMPARE(open->count(), 8);
    QCOMPARE(view->model()->rowCount(), 8);
    QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 3);
}

void TestDashboard::csvOfATable_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Panel>("panel");
    QTest::addColumn<QString>("expected");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    QTest::addRow("agents, English")
        << english << Panel::Agents
        << u"Agent,\"Open, assigned now\",Resolved in the period\r\n"
           u"Мария Петрова,12,7\r\n\"Smith, \"\"Jr\"\"\",3,9\r\n'=HYPERLINK(),0,1\r\n"_s;
    QTest::addRow("agents, Russian")
        << russian << Panel::Agents
        << u"Agent;Open, assigned now;Resolved in the period\r\n"
           u"Мария Петрова;12;7\r\n\"Smith, \"\"Jr\"\"\";3;9\r\n'=HYPERLINK();0;1\r\n"_s;
    QTest::addRow("CSAT, Russian decimals")
        << russian << Panel::Csat
        << u"Score;Ratings;Share (%)\r\n1;1;9,1\r\n2;0;0\r\n3;2;18,2\r\n4;3;27,3\r\n"
           u"5;5;45,5\r\n"_s;
    QTest::addRow("times in minutes")
        << english << Panel::ResponseTimes
        << u"Measure,Tickets,\"Median, business (min)\",\"90th percentile, business "
           u"(min)\",\"Median, calendar (min)\",\"90th percentile, calendar (min)\"\r\n"
           u"First response,40,45,190,60,400\r\nResolution,3,1625,,2000,3000\r\n"_s;
    QTest::addRow("first-response distribution")
        << russian << Panel::FirstResponseBands
        << u"First response, business time;Tickets;Share (%);Answered by the band's end (%)\r\n"
           u"< 15 min;8;20;20\r\n15-30 min;7;17,5;37,5\r\n30-60 min;6;15;52,5\r\n"
           u"1-2 h;10;25;77,5\r\n2-4 h;6;15;92,5\r\n4-8 h;2;5;97,5\r\n"
           u"1-2 days;1;2,5;100\r\n≥ 2 days;0;0;100\r\n"_s;
    QTest::addRow("days as ISO dates")
        << russian << Panel::Breaches
        << u"Day;Breaches\r\n2026-11-01;0\r\n2026-11-02;1\r\n2026-11-03;2\r\n"
           u"2026-11-04;0\r\n2026-11-05;0\r\n2026-11-06;3\r\n2026-11-07;1\r\n"_s;
}

void TestDashboard::csvOfATable()
{
    QFETCH(QLocale, locale);
    QFETCH(Panel, panel);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    m_dashboard->showReport(fixedReport());
    const QByteArray csv = csvOf(panel);
    // Excel reads UTF-8 only after a byte-order mark.
    QVERIFY2(csv.startsWith("\xEF\xBB\xBF"), csv.constData());
    QCOMPARE(QString::fromUtf8(csv.mid(3)), expected);
}

void TestDashboard::pdfIsOnePage()
{
    m_dashboard->resize(1400, 900);
    m_dashboard->show();
    m_dashboard->showReport(fixedReport());
    const QString path = m_dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(m_dashboard->exportPdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (!pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(10000));
        const QString said = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(said.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(said));
        QVERIFY2(said.contains(u"A4"_s), qPrintable(said));
    }
    // Its words, where poppler's pdftotext is installed: the report's period and figures.
    if (const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        !pdftotext.isEmpty()) {
        QProcess text;
        text.start(pdftotext, {u"-layout"_s, path, u"-"_s});
        QVERIFY(text.waitForFinished(10000));
        const QString said = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(said.contains(u"Period: Sunday, November 1, 2026 – Saturday, November 7, 2026"_s),
                 qPrintable(said));
        QVERIFY2(said.contains(u"27 h 05 min"_s) && said.contains(u"1,234"_s), qPrintable(said));
    }
    if (const QByteArray keep = qgetenv("SD_DASHBOARD_PDF"); !keep.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(keep));
        QVERIFY(QFile::copy(path, QString::fromLocal8Bit(keep)));
    }
}

void TestDashboard::filterChangeAsksForTheReport()
{
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    m_dashboard->start();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
    QCOMPARE(reportRequests().size(), 1);

    SlaReportFilter filter;
    filter.from = QDate(2026, 10, 1);
    filter.to = QDate(2026, 10, 31);
    filter.queueId = 2;
    filter.agentId = 5;
    filter.organisationId = 7;
    filter.supportLevel = u"premium"_s;
    m_dashboard->setFilter(filter);
    QCOMPARE(m_dashboard->filter(), filter);
    QTRY_COMPARE(reportRequests().size(), 2);
    const auto queryOf = [](const QByteArray &line) {
        return QUrlQuery(
            QUrl(QString::fromLatin1(line.split(' ').value(1))).query(QUrl::FullyDecoded));
    };
    const QUrlQuery sent = queryOf(reportRequests().at(1));
    const QTimeZone zone("Europe/Moscow");
    QCOMPARE(sent.queryItemValue(u"from"_s),
             QDateTime(QDate(2026, 10, 1), QTime(0, 0), zone).toUTC().toString(Qt::ISODate));
    QCOMPARE(sent.queryItemValue(u"to"_s),
             QDateTime(QDate(2026, 11, 1), QTime(0, 0), zone).toUTC().toString(Qt::ISODate));
    QCOMPARE(sent.queryItemValue(u"queue"_s), u"2"_s);
    QCOMPARE(sent.queryItemValue(u"agent"_s), u"5"_s);
    QCOMPARE(sent.queryItemValue(u"organisation"_s), u"7"_s);
    QCOMPARE(sent.queryItemValue(u"support_level"_s), u"premium"_s);

    // Through the filter bar as a supervisor would: one request for the settled date.
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
    QDateEdit *from = m_dashboard->filterBar()->fromEdit();
    from->setDate(QDate(2026, 10, 14));
    from->setDate(QDate(2026, 10, 15));
    QTRY_COMPARE(reportRequests().size(), 3);
    QTest::qWait(Dashboard::FilterDelayMs * 2);
    QCOMPARE(reportRequests().size(), 3);
    QCOMPARE(queryOf(reportRequests().at(2)).queryItemValue(u"from"_s),
             QDateTime(QDate(2026, 10, 15), QTime(0, 0), zone).toUTC().toString(Qt::ISODate));
    QCOMPARE(queryOf(reportRequests().at(2)).queryItemValue(u"queue"_s), u"2"_s);
}

void TestDashboard::replicaChangesRefreshOnceAfterADelay()
{
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    m_dashboard->start();
    QVERIFY2(shown.wait(10000), qPrintable(m_dashboard->statusText()));
    QCOMPARE(reportRequests().size(), 1);
    QElapsedTimer clock;
    clock.start();
    for (qint64 id = 1; id <= 5; ++id) {
        m_dashboard->ticketsChanged({id});
        QTest::qWait(100);
    }
    QCOMPARE(reportRequests().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(reportRequests().size(), 2, 5000);
    QVERIFY(clock.elapsed() >= Dashboard::RefreshDelayMs - 100);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
    QTest::qWait(Dashboard::RefreshDelayMs + 300);
    QCOMPARE(reportRequests().size(), 2);
}

void TestDashboard::learnsTheServersTimeZone()
{
    m_dashboard->query()->setTimeZone(QTimeZone("Asia/Vladivostok"));
    SlaReportFilter november;
    november.from = QDate(2026, 11, 1);
    november.to = QDate(2026, 11, 30);
    m_dashboard->filterBar()->setFilter(november);
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    m_dashboard->start();
    // The first answer says the server counts days in Moscow: asked again at its midnights.
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
    QCOMPARE(reportRequests().size(), 2);
    QVERIFY(reportRequests().at(0).contains("from=2026-10-31T14:00:00Z"));
    QVERIFY(reportRequests().at(1).contains("from=2026-10-31T21:00:00Z"));
    QVERIFY(reportRequests().at(1).contains("to=2026-11-30T21:00:00Z"));
    QCOMPARE(m_dashboard->query()->timeZone(), QTimeZone("Europe/Moscow"));
}

void TestDashboard::riskListShowsAtRiskAndBreached()
{
    constexpr qint64 Hour = 3600;
    QVERIFY(m_replica->applyTickets(QJsonArray{
        ticket(1, u"open"_s, 10 * Hour, -Hour),             // breached an hour ago
        ticket(2, u"new"_s, 10 * Hour, Hour / 2, 2),        // at risk: 5 % of its time left
        ticket(3, u"open"_s, Hour, 10 * Hour),              // fine
        ticket(4, u"pending_customer"_s, 10 * Hour, -Hour), // paused
        ticket(5, u"resolved"_s, 10 * Hour, -Hour),         // done
        ticket(6, u"open"_s, 20 * Hour, -5 * Hour),         // breached five hours ago
    }));
    sd::widgets::SlaRiskList *risk = m_dashboard->riskList();
    QAbstractItemModelTester tester(risk->model());
    QSignalSpy loaded(risk->tickets(), &sd::widgets::TicketTableModel::loaded);
    m_dashboard->start();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(risk->model()->rowCount(), 3);
    QCOMPARE(risk->ticketAt(0), 6);
    QCOMPARE(risk->ticketAt(1), 1);
    QCOMPARE(risk->ticketAt(2), 2);
    QCOMPARE(risk->model()->breachedCount(), 2);
    QCOMPARE(m_dashboard->panel(Panel::Risk)->summary(), u"3 ticket(s), 2 breached"_s);

    // Ticket 3 falls behind (a sync brought an earlier due time): it joins the list at once.
    QVERIFY(m_replica->applyTickets(QJsonArray{ticket(3, u"open"_s, Hour, -2 * Hour)}));
    m_dashboard->ticketsChanged({3});
    QCOMPARE(risk->model()->rowCount(), 4);
    QCOMPARE(risk->ticketAt(1), 3);

    const QByteArray csv = csvOf(Panel::Risk);
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.value(0),
             QByteArray("SLA,Number,Subject,Organisation,Priority,Queue,Assignee\r"));
    QCOMPARE(lines.size(), 1 + 4 + 1); // header, four tickets, the empty end
    QVERIFY(lines.value(1).contains(",SD-2026-000006,Сбой выгрузки 6,Ромашка,"));

    SlaReportFilter filter = m_dashboard->filter();
    filter.queueId = 2;
    m_dashboard->setFilter(filter);
    QCOMPARE(risk->model()->rowCount(), 1);
    QCOMPARE(risk->ticketAt(0), 2);

    QSignalSpy activated(m_dashboard.get(), &Dashboard::ticketActivated);
    QTableView *view = m_dashboard->panel(Panel::Risk)->tableView();
    emit view->doubleClicked(view->model()->index(0, 1));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 2);
}

void TestDashboard::dayMonthPattern_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"M/d"_s;
    QTest::addRow("ru_RU") << QLocale(QLocale::Russian, QLocale::Russia) << u"dd.MM"_s;
    QTest::addRow("sv_SE") << QLocale(QLocale::Swedish, QLocale::Sweden) << u"MM-dd"_s;
    QTest::addRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"dd.MM"_s;
}

void TestDashboard::dayMonthPattern()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, pattern);
    QCOMPARE(sd::widgets::DashboardFormat::dayMonthPattern(locale), pattern);
}

void TestDashboard::screenshot()
{
    constexpr qint64 Hour = 3600;
    QJsonArray tickets;
    for (qint64 id = 1; id <= 14; ++id)
        tickets.append(
            ticket(id, u"open"_s, 10 * Hour, (id % 3 == 0 ? 1 : -1) * id * 600, 1 + id % 2));
    QVERIFY(m_replica->applyTickets(tickets));
    // The scripted server answers with the report captured from a demo database.
    m_dashboard->resize(1400, 900);
    m_dashboard->show();
    QSignalSpy shown(m_dashboard.get(), &Dashboard::reportShown);
    QVERIFY(shown.wait(10000));
    QTRY_COMPARE(m_dashboard->riskList()->model()->rowCount(), 14);
    const QImage picture = m_dashboard->grab().toImage();
    QCOMPARE(picture.size(), QSize(1400, 900));
    // Something was drawn: the backlog line's blue is there.
    const QImage chart = m_dashboard->panel(Panel::Backlog)->chartView()->grab().toImage();
    bool blue = false;
    for (int y = 0; y < chart.height() && !blue; y += 2)
        for (int x = 0; x < chart.width() && !blue; x += 2)
            blue = chart.pixelColor(x, y).blue() > 150 && chart.pixelColor(x, y).red() < 80;
    QVERIFY(blue);
    if (const QByteArray path = qgetenv("SD_DASHBOARD_SHOT"); !path.isEmpty())
        QVERIFY(picture.save(QString::fromLocal8Bit(path)));
}

void TestDashboard::periodEndFollowsTheServersToday_data()
{
    // At any instant at least one of the two extremes has another date than this machine
    // (UTC+14 from 10:00 UTC on, UTC-12 before 12:00 UTC), so each run moves the period once.
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("UTC+14") << QByteArray("Pacific/Kiritimati");
    QTest::newRow("UTC-12") << QByteArray("Etc/GMT+12");
}

void TestDashboard::periodEndFollowsTheServersToday()
{
    QFETCH(QByteArray, zone);
    sd::widgets::DashboardFilterBar bar;
    const qint64 span = bar.fromEdit()->date().daysTo(bar.toEdit()->date());
    QSignalSpy changed(&bar, &sd::widgets::DashboardFilterBar::filterChanged);
    const QTimeZone server(zone);
    QVERIFY(server.isValid());
    bar.followToday(server);
    const QDate serverToday = QDateTime::currentDateTime().toTimeZone(server).date();
    QCOMPARE(bar.toEdit()->date(), serverToday);
    QCOMPARE(bar.fromEdit()->date(), serverToday.addDays(-span));
    QCOMPARE(changed.count(), 0);
}

void TestDashboard::chosenPeriodEndStays()
{
    sd::widgets::DashboardFilterBar bar;
    const QDate chosen = bar.toEdit()->date().addDays(-10);
    bar.toEdit()->setDate(chosen);
    for (const QByteArray &zone : {QByteArray("Pacific/Kiritimati"), QByteArray("Etc/GMT+12")})
        bar.followToday(QTimeZone(zone));
    QCOMPARE(bar.toEdit()->date(), chosen);
}

QTEST_MAIN(TestDashboard)
#include "testdashboard.moc"
