// SlaReportQuery against a scripted HTTP server: the filter becomes the right query (days'
// midnights in the supervisor's zone as UTC instants, the last day included, filters only when
// set); a good answer is parsed; an error answer, a truncated body or a report missing a field
// fails with a message; a new filter abandons the request still running.
#include "clienttestsupport.h"
#include "scriptedhttpserver.h"

#include "client/serverapi.h"
#include "client/slareportquery.h"
#include "sourcetree.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SlaReportData;
using sd::client::SlaReportFilter;
using sd::client::SlaReportQuery;
using sd::testing::ClientTestSupport;
using sd::testing::ScriptedHttpServer;

namespace {

QByteArray capturedReport()
{
    QFile file(sd::testing::sourcePath(u"tests/data/sla-report.json"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The query of a request line ("GET /path?query HTTP/1.1"), decoded.
QUrlQuery queryOf(const QByteArray &requestLine)
{
    const QUrl target(QString::fromLatin1(requestLine.split(' ').value(1)));
    return QUrlQuery(target.query(QUrl::FullyDecoded));
}

SlaReportFilter november()
{
    SlaReportFilter filter;
    filter.from = QDate(2026, 11, 1);
    filter.to = QDate(2026, 11, 30);
    return filter;
}

} // namespace

class TestSlaReportQuery : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheQuery_data();
    void buildsTheQuery();
    void fetchesAndParses();
    void reportsFailures_data();
    void reportsFailures();
    void newFilterAbandonsTheRunningRequest();

private:
    QNetworkAccessManager m_network;
};

void TestSlaReportQuery::buildsTheQuery_data()
{
    QTest::addColumn<SlaReportFilter>("filter");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");

    QTest::addRow("period, Moscow") << november() << QByteArray("Europe/Moscow")
                                    << u"from=2026-10-31T21:00:00Z&to=2026-11-30T21:00:00Z"_s;
    QTest::addRow("period, UTC") << november() << QByteArray("UTC")
                                 << u"from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z"_s;
    // 2026-03-29 is the day Berlin moves to summer time: the end is the next day's midnight.
    SlaReportFilter dst;
    dst.from = QDate(2026, 3, 29);
    dst.to = QDate(2026, 3, 29);
    QTest::addRow("one day across DST") << dst << QByteArray("Europe/Berlin")
                                        << u"from=2026-03-28T23:00:00Z&to=2026-03-29T22:00:00Z"_s;
    SlaReportFilter all = november();
    all.queueId = 2;
    all.agentId = 5;
    all.organisationId = 7;
    all.supportLevel = u"премиум"_s;
    QTest::addRow("every filter")
        << all << QByteArray("UTC")
        << u"from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z&queue=2&agent=5&organisation=7"
           u"&support_level=премиум"_s;
    QTest::addRow("no period") << SlaReportFilter{} << QByteArray("UTC") << QString();
}

void TestSlaReportQuery::buildsTheQuery()
{
    QFETCH(SlaReportFilter, filter);
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    const sd::client::ApiCall call = SlaReportQuery::call(filter, QTimeZone(zone));
    QCOMPARE(call.method, QByteArray("GET"));
    QCOMPARE(call.path, u"/api/v1/reports/sla"_s);
    QCOMPARE(call.query.toString(QUrl::FullyDecoded), expected);
}

void TestSlaReportQuery::fetchesAndParses()
{
    ScriptedHttpServer server({ScriptedHttpServer::answer(200, capturedReport())});
    QVERIFY(server.listen());
    const auto api = ClientTestSupport::api(&m_network, server.url(), 1);
    SlaReportQuery query(api.get());
    query.setTimeZone(QTimeZone("UTC"));
    QSignalSpy loaded(&query, &SlaReportQuery::loaded);
    QSignalSpy failed(&query, &SlaReportQuery::failed);
    SlaReportFilter filter = november();
    filter.queueId = 1;
    query.fetch(filter);
    QVERIFY(query.isFetching());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!query.isFetching());
    const auto report = loaded.at(0).at(0).value<SlaReportData>();
    QCOMPARE(report.days.size(), 31);
    QCOMPARE(report.breachedNow.tickets, 176);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(server.requests().at(0).startsWith("GET /api/v1/reports/sla?"));
    const QUrlQuery sent = queryOf(server.requests().at(0));
    QCOMPARE(sent.queryItemValue(u"from"_s), u"2026-11-01T00:00:00Z"_s);
    QCOMPARE(sent.queryItemValue(u"to"_s), u"2026-12-01T00:00:00Z"_s);
    QCOMPARE(sent.queryItemValue(u"queue"_s), u"1"_s);
    QVERIFY(!sent.hasQueryItem(u"agent"_s));
}

void TestSlaReportQuery::reportsFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    const QByteArray report = capturedReport();
    QTest::addRow("server error")
        << 400
        << QByteArray(R"({"error":{"code":"invalid_query","message":"to must be later than )"
                      R"(from.","field":"to"}})")
        << u"to must be later than from."_s;
    QTest::addRow("truncated") << 200 << report.left(report.size() / 3)
                               << u"it is not a complete JSON object"_s;
    QByteArray partial = report;
    partial.replace("\"agents\"", "\"agentz\"");
    QTest::addRow("missing field") << 200 << partial << u"agents is missing"_s;
}

void TestSlaReportQuery::reportsFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    ScriptedHttpServer server({ScriptedHttpServer::answer(status, body)});
    QVERIFY(server.listen());
    const auto api = ClientTestSupport::api(&m_network, server.url(), 1);
    SlaReportQuery query(api.get());
    QSignalSpy loaded(&query, &SlaReportQuery::loaded);
    QSignalSpy failed(&query, &SlaReportQuery::failed);
    query.fetch(november());
    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    const QString said = failed.at(0).at(0).toString();
    QVERIFY2(said.contains(message), qPrintable(said));
}

void TestSlaReportQuery::newFilterAbandonsTheRunningRequest()
{
    // The first request is never answered; the second is.
    ScriptedHttpServer server(
        {ScriptedHttpServer::silent(), ScriptedHttpServer::answer(200, capturedReport())});
    QVERIFY(server.listen());
    const auto api = ClientTestSupport::api(&m_network, server.url(), 1);
    SlaReportQuery query(api.get());
    QSignalSpy loaded(&query, &SlaReportQuery::loaded);
    QSignalSpy failed(&query, &SlaReportQuery::failed);
    query.fetch(november());
    QTRY_COMPARE(server.requestCount(), 1);
    SlaReportFilter second = november();
    second.agentId = 4;
    query.fetch(second);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(100);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(query.filter(), second);
    QCOMPARE(queryOf(server.requests().at(1)).queryItemValue(u"agent"_s), u"4"_s);
}

QTEST_GUILESS_MAIN(TestSlaReportQuery)
#include "testslareportquery.moc"
