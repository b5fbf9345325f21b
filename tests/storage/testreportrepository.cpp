// The SLA report's figures over a fixed data set (reportdataset.cpp), on the backend named by
// SD_TEST_BACKEND: the same expectations hold on SQLite and PostgreSQL.
#include "reportdataset.h"
#include "sampledata.h"
#include "storage/reportrepository.h"
#include "testdatabase.h"

#include <QtTest>

#include <numeric>

using namespace sd;
using storage::SlaReport;
using storage::SlaReportRow;
using storage::SlaReportScope;
using testing::ReportDataSet;

namespace {

// tickets, done, first response breached, resolution breached
using Counts = std::array<int, 4>;

Counts counts(const SlaReportRow &row)
{
    return {row.tickets, row.done, row.firstResponseBreached, row.resolutionBreached};
}

// "key=tickets/done/fr/res" per row, in the report's order.
QStringList rows(const QList<SlaReportRow> &rows)
{
    QStringList out;
    for (const SlaReportRow &row : rows)
        out << QStringLiteral("%1=%2/%3/%4/%5")
                   .arg(row.key)
                   .arg(row.tickets)
                   .arg(row.done)
                   .arg(row.firstResponseBreached)
                   .arg(row.resolutionBreached);
    return out;
}

// Tickets per band, in order.
QList<int> tickets(const QList<storage::SlaBand> &bands)
{
    QList<int> out;
    for (const storage::SlaBand &band : bands)
        out << band.tickets;
    return out;
}

// Days of June 2025, away from the data set, for the band edges.
const QDateTime EdgesDay(QDate(2025, 6, 2), QTime(0, 0), QTimeZone::utc());

} // namespace

class TestReportRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void countsByDimension();
    void namesOfQueuesAndAgents();
    void targetsBreachedAndAtRiskNow();
    void responseAndResolutionTimes();
    void bandsOfTheDistribution();
    void firstResponseBands_data();
    void firstResponseBands();
    void reopensRatingsAndResolutions();
    void backlogAndBreachesPerDay();
    void agentLoad();
    void filters_data();
    void filters();
    void percentilesAreNearestRank_data();
    void percentilesAreNearestRank();
    void daysFollowTheZoneAcrossDst();
    void knownSupportLevels();

private:
    SlaReportScope scope() const;
    SlaReport report(const SlaReportScope &scope);
    bool writeBandEdges(QString *error);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    ReportDataSet m_data;
    SlaReport m_report; // the whole data set, unfiltered
};

void TestReportRepository::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
    QString error;
    QVERIFY2(m_data.write(*m_db, &error), qPrintable(error));
    m_report = report(scope());
    QVERIFY2(writeBandEdges(&error), qPrintable(error));
}

// First responses on band edges, in calendar and in business minutes (see firstResponseBands).
bool TestReportRepository::writeBandEdges(QString *error)
{
    struct Edge
    {
        const char *queue;
        const char *agent;
        int calendar;
        int business;
    };
    static constexpr Edge Edges[] = {
        {"Support", "anna", 14, 0},         {"Support", "anna", 15, 14},
        {"Support", "boris", 29, 15},       {"Development", "boris", 30, 479},
        {"Support", "anna", 479, 480},      {"Support", "anna", 480, 959},
        {"Development", "boris", 960, 960}, {"Support", "anna", 3000, 240},
    };
    int i = 0;
    for (const Edge &edge : Edges) {
        const QString name = u"E%1"_qs.arg(++i);
        const QDateTime created = EdgesDay.addSecs(3600LL * i);
        const QDateTime answered = created.addSecs(60LL * edge.calendar + 30);
        ReportDataSet::Ticket t;
        t.status = u"closed"_qs;
        t.resolution = u"answered"_qs;
        t.category = u"question"_qs;
        t.queue = QString::fromLatin1(edge.queue);
        t.agent = QString::fromLatin1(edge.agent);
        t.created = created.toString(Qt::ISODateWithMs);
        t.firstResponseAt = answered.toString(Qt::ISODateWithMs);
        t.resolvedAt = answered.addSecs(3600).toString(Qt::ISODateWithMs);
        ReportDataSet::Target met;
        met.ticket = name;
        met.target = u"first_response"_qs;
        met.state = u"met"_qs;
        met.metAt = t.firstResponseAt;
        met.usedMinutes = edge.business;
        if (!m_data.insertTicket(name, t, error) || !m_data.insertTarget(met, error))
            return false;
    }
    // Closed unanswered: its first-response target, breached and never met, is no sample.
    ReportDataSet::Ticket waiting;
    waiting.status = u"closed"_qs;
    waiting.resolution = u"out_of_scope"_qs;
    waiting.category = u"question"_qs;
    waiting.queue = u"Support"_qs;
    waiting.agent = u"boris"_qs;
    waiting.created = EdgesDay.addSecs(3600 * 10).toString(Qt::ISODateWithMs);
    waiting.resolvedAt = EdgesDay.addSecs(3600 * 20).toString(Qt::ISODateWithMs);
    ReportDataSet::Target running;
    running.ticket = u"E9"_qs;
    running.target = u"first_response"_qs;
    running.state = u"breached"_qs;
    running.dueAt = EdgesDay.addSecs(3600 * 11).toString(Qt::ISODateWithMs);
    running.usedMinutes = 2000;
    running.breached = true;
    return m_data.insertTicket(u"E9"_qs, waiting, error) && m_data.insertTarget(running, error);
}

void TestReportRepository::cleanupTestCase()
{
    m_db.reset();
}

// Moscow days 2026-03-02 .. 2026-03-05, seen on the morning of the 6th.
SlaReportScope TestReportRepository::scope() const
{
    SlaReportScope scope;
    scope.from = ReportDataSet::at(u"2026-03-02T00:00:00+03:00"_qs);
    scope.to = ReportDataSet::at(u"2026-03-06T00:00:00+03:00"_qs);
    scope.now = ReportDataSet::at(u"2026-03-06T09:00:00Z"_qs);
    scope.zone = QTimeZone("Europe/Moscow");
    return scope;
}

SlaReport TestReportRepository::report(const SlaReportScope &scope)
{
    auto computed = storage::ReportRepository(*m_db).sla(scope);
    if (!computed) {
        qWarning("report failed: %s", qPrintable(computed.error().message));
        return {};
    }
    return computed.value();
}

void TestReportRepository::countsByDimension()
{
    // Created in the period and not merged: T2, T3, T4, T5, T6, T10 (T7 is merged into T6).
    QCOMPARE(counts(m_report.totals), (Counts{6, 3, 2, 3}));
    QCOMPARE(
        rows(m_report.byStatus),
        (QStringList{u"new=1/0/1/0"_qs, u"open=1/0/0/1"_qs, u"pending_customer=1/0/0/0"_qs,
                     u"in_development=0/0/0/0"_qs, u"resolved=2/2/0/2"_qs, u"closed=1/1/1/0"_qs}));
    QCOMPARE(rows(m_report.byCategory),
             (QStringList{u"question=4/2/2/2"_qs, u"incident=1/1/0/1"_qs,
                          u"feature_request=1/0/0/0"_qs, u"consultation=0/0/0/0"_qs}));
    const QString support = QString::number(m_data.queue(u"Support"_qs));
    const QString development = QString::number(m_data.queue(u"Development"_qs));
    QCOMPARE(rows(m_report.byQueue),
             (QStringList{support + u"=4/3/1/3"_qs, development + u"=1/0/0/0"_qs, u"=1/0/1/0"_qs}));
    const QString anna = QString::number(m_data.user(u"anna"_qs));
    const QString boris = QString::number(m_data.user(u"boris"_qs));
    QCOMPARE(rows(m_report.byAgent),
             (QStringList{anna + u"=3/2/0/3"_qs, boris + u"=2/1/1/0"_qs, u"=1/0/1/0"_qs}));
    QCOMPARE(rows(m_report.items(SlaReportScope::Group::Agent)), rows(m_report.byAgent));
    QCOMPARE(rows(m_report.items(SlaReportScope::Group::Category)), rows(m_report.byCategory));
}

void TestReportRepository::namesOfQueuesAndAgents()
{
    QCOMPARE(m_report.byQueue.at(0).name, u"Support"_qs);
    QCOMPARE(m_report.byQueue.at(1).name, u"Development"_qs);
    QCOMPARE(m_report.byQueue.at(2).name, QString());
    QCOMPARE(m_report.byAgent.at(0).name, u"Anna Petrova"_qs);
    QCOMPARE(m_report.byAgent.at(1).name, u"Boris Orlov"_qs);
}

void TestReportRepository::targetsBreachedAndAtRiskNow()
{
    // Active tickets only (T3's breached next response is on a closed ticket). Breached: T1's
    // resolution (marked), T5's first response and T10's resolution (running past due).
    const auto &breached = m_report.breachedNow;
    QCOMPARE((std::array{breached.tickets, breached.firstResponse, breached.nextResponse,
                         breached.resolution}),
             (std::array{3, 1, 0, 2}));
    // At risk: past warn_at, not yet due: T8's first response, T10's next response.
    const auto &atRisk = m_report.atRiskNow;
    QCOMPARE(
        (std::array{atRisk.tickets, atRisk.firstResponse, atRisk.nextResponse, atRisk.resolution}),
        (std::array{2, 1, 1, 0}));
}

void TestReportRepository::responseAndResolutionTimes()
{
    // First responses given in the period: T2 30, T3 120, T4 60, T6 10 (10:59.9 is 10 whole
    // minutes), T10 20 -> sorted 10 20 30 60 120; ranks ceil(2.5) = 3 and ceil(4.5) = 5.
    const auto &first = m_report.firstResponse;
    QCOMPARE(first.calendarMinutes.count, 5);
    QCOMPARE(first.calendarMinutes.p50, 30.0);
    QCOMPARE(first.calendarMinutes.p90, 120.0);
    // Met first-response targets: 11 20 30 45 60.
    QCOMPARE(first.businessMinutes.count, 5);
    QCOMPARE(first.businessMinutes.p50, 30.0);
    QCOMPARE(first.businessMinutes.p90, 60.0);
    // Resolutions in the period (T7, merged, included): T7 60, T3 810, T6 1920, T2 2130,
    // T9 14400 (ten days).
    const auto &resolution = m_report.resolution;
    QCOMPARE(resolution.calendarMinutes.count, 5);
    QCOMPARE(resolution.calendarMinutes.p50, 1920.0);
    QCOMPARE(resolution.calendarMinutes.p90, 14400.0);
    // Met resolution targets: 60 240 600 900 4000.
    QCOMPARE(resolution.businessMinutes.count, 5);
    QCOMPARE(resolution.businessMinutes.p50, 600.0);
    QCOMPARE(resolution.businessMinutes.p90, 4000.0);
}

void TestReportRepository::bandsOfTheDistribution()
{
    // Bands: < 15, 15-30, 30-60, 1-2 h, 2-4 h, 4-8 h, 8-16 h (1-2 working days), >= 16 h.
    const QList<std::pair<int, std::optional<int>>> expected{
        {0, 15},    {15, 30},   {30, 60},   {60, 120},
        {120, 240}, {240, 480}, {480, 960}, {960, std::nullopt}};
    for (const QList<storage::SlaBand> &bands : {m_report.firstResponseBands.calendarMinutes,
                                                 m_report.firstResponseBands.businessMinutes}) {
        QList<std::pair<int, std::optional<int>>> edges;
        for (const storage::SlaBand &band : bands)
            edges.append({band.fromMinutes, band.toMinutes});
        QCOMPARE(edges, expected);
    }
    // The samples of responseAndResolutionTimes: calendar 10 20 30 60 120, business 11 20 30
    // 45 60.
    QCOMPARE(tickets(m_report.firstResponseBands.calendarMinutes),
             (QList<int>{1, 1, 1, 1, 1, 0, 0, 0}));
    QCOMPARE(tickets(m_report.firstResponseBands.businessMinutes),
             (QList<int>{1, 1, 2, 1, 0, 0, 0, 0}));
}

void TestReportRepository::firstResponseBands_data()
{
    QTest::addColumn<QString>("queue");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QList<int>>("calendar");
    QTest::addColumn<QList<int>>("business");
    // Calendar minutes 14 15 29 30 479 480 960 3000: 14 | 15 29 | 30 | - | - | 479 | 480 |
    // 960 3000. Business 0 14 15 479 480 959 960 240: 0 14 | 15 | - | - | - | 479 240 |
    // 480 959 | 960. E9's running target is no sample.
    QTest::addRow("all") << QString() << QString() << QList<int>{1, 2, 1, 0, 0, 1, 1, 2}
                         << QList<int>{2, 1, 0, 0, 0, 2, 2, 1};
    // E1 E2 E3 E5 E6 E8: calendar 14 15 29 479 480 3000, business 0 14 15 480 959 240.
    QTest::addRow("queue") << u"Support"_qs << QString() << QList<int>{1, 2, 0, 0, 0, 1, 1, 1}
                           << QList<int>{2, 1, 0, 0, 0, 1, 2, 0};
    // E3 E4 E7: calendar 29 30 960, business 15 479 960.
    QTest::addRow("agent") << QString() << u"boris"_qs << QList<int>{0, 1, 1, 0, 0, 0, 0, 1}
                           << QList<int>{0, 1, 0, 0, 0, 1, 0, 1};
}

void TestReportRepository::firstResponseBands()
{
    QFETCH(QString, queue);
    QFETCH(QString, agent);
    QFETCH(QList<int>, calendar);
    QFETCH(QList<int>, business);
    SlaReportScope edges = scope();
    edges.from = EdgesDay;
    edges.to = EdgesDay.addDays(5);
    if (!queue.isEmpty())
        edges.queueId = m_data.queue(queue);
    if (!agent.isEmpty())
        edges.agentId = m_data.user(agent);
    const SlaReport r = report(edges);
    QCOMPARE(tickets(r.firstResponseBands.calendarMinutes), calendar);
    QCOMPARE(tickets(r.firstResponseBands.businessMinutes), business);
    // The bands count the percentiles' samples.
    const QList<int> counted{r.firstResponse.calendarMinutes.count,
                             r.firstResponse.businessMinutes.count};
    QCOMPARE(counted, (QList<int>{int(std::reduce(calendar.cbegin(), calendar.cend())),
                                  int(std::reduce(business.cbegin(), business.cend()))}));
}

void TestReportRepository::reopensRatingsAndResolutions()
{
    // Resolved in the period: T2 T3 T6 T7 T9 by resolved_at, T10 by its audited resolution
    // (since reopened). Reopened: T10; T1's reopen counts not, its resolution was before.
    QCOMPARE(m_report.resolvedTickets, 6);
    QCOMPARE(m_report.reopenedTickets, 1);
    QCOMPARE(m_report.reopenRate(), std::optional<double>(1.0 / 6));
    // Ratings in the period: 5 (T2), 4 (T3), 2 (T6), 5 (T9); T8's came after it.
    QCOMPARE(m_report.csatScores, (std::array{0, 1, 0, 1, 2}));
    QCOMPARE(m_report.csatCount(), 4);
    QCOMPARE(m_report.csatAverage(), std::optional<double>(4.0));
    QStringList reasons;
    for (const storage::SlaReportCount &count : m_report.resolutions)
        reasons << u"%1=%2"_qs.arg(count.key).arg(count.tickets);
    QCOMPARE(reasons,
             (QStringList{u"answered=1"_qs, u"fixed=1"_qs, u"cannot_reproduce=1"_qs,
                          u"insufficient_information=0"_qs, u"out_of_scope=1"_qs, u"duplicate=1"_qs,
                          u"declined_abusive=0"_qs, u"feature_accepted=0"_qs}));
}

void TestReportRepository::backlogAndBreachesPerDay()
{
    // Open when 2026-03-02 began in Moscow: T1 and T9 (resolved on the 2nd).
    QCOMPARE(m_report.openAtStart, 2);
    QStringList days;
    for (const storage::SlaReportDay &day : m_report.days)
        days << u"%1 +%2 -%3 =%4 !%5"_qs.arg(day.date.toString(Qt::ISODate))
                    .arg(day.created)
                    .arg(day.resolved)
                    .arg(day.open)
                    .arg(day.breaches);
    // T2 (01:30 on the 2nd) and T3 (01:30 on the 3rd) count on their Moscow days; T6's
    // resolution at 23:00 on the 5th; T3's next response breached at 01:00 on the 3rd.
    QCOMPARE(days, (QStringList{u"2026-03-02 +2 -1 =3 !0"_qs, u"2026-03-03 +2 -2 =3 !3"_qs,
                                u"2026-03-04 +2 -0 =5 !2"_qs, u"2026-03-05 +0 -1 =4 !2"_qs}));
}

void TestReportRepository::agentLoad()
{
    QCOMPARE(m_report.agents.size(), 2);
    const storage::SlaAgentLoad &anna = m_report.agents.at(0);
    QCOMPARE(anna.agentId, m_data.user(u"anna"_qs));
    QCOMPARE(anna.name, u"Anna Petrova"_qs);
    QCOMPARE(anna.openAssigned, 2); // T1, T10
    QCOMPARE(anna.resolved, 3);     // T2, T6, T7
    const storage::SlaAgentLoad &boris = m_report.agents.at(1);
    QCOMPARE(boris.agentId, m_data.user(u"boris"_qs));
    QCOMPARE(boris.openAssigned, 2); // T4, T8
    QCOMPARE(boris.resolved, 2);     // T3, T9
}

void TestReportRepository::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("value");
    // tickets, breached now, resolved, reopened, ratings, open at the end, agents listed
    QTest::addColumn<QList<int>>("expected");
    QTest::addRow("none") << QString() << QString() << QList<int>{6, 3, 6, 1, 4, 4, 2};
    QTest::addRow("queue") << u"queue"_qs << u"Support"_qs << QList<int>{4, 2, 6, 1, 4, 2, 2};
    QTest::addRow("agent") << u"agent"_qs << u"boris"_qs << QList<int>{2, 0, 2, 0, 2, 1, 1};
    QTest::addRow("organisation") << u"organisation"_qs << u"Acme"_qs
                                  << QList<int>{3, 3, 3, 1, 2, 3, 2};
    QTest::addRow("premium") << u"support_level"_qs << u"premium"_qs
                             << QList<int>{3, 3, 3, 1, 2, 3, 2};
    QTest::addRow("standard") << u"support_level"_qs << u"standard"_qs
                              << QList<int>{2, 0, 3, 0, 2, 0, 2};
    // Tickets without a contract have the default level: T4.
    QTest::addRow("default") << u"support_level"_qs << u"default"_qs
                             << QList<int>{1, 0, 0, 0, 0, 1, 1};
}

void TestReportRepository::filters()
{
    QFETCH(QString, filter);
    QFETCH(QString, value);
    QFETCH(QList<int>, expected);
    SlaReportScope filtered = scope();
    if (filter == u"queue")
        filtered.queueId = m_data.queue(value);
    else if (filter == u"agent")
        filtered.agentId = m_data.user(value);
    else if (filter == u"organisation")
        filtered.organisationId = m_data.organisation(value);
    else if (filter == u"support_level")
        filtered.supportLevel = value;
    const SlaReport r = report(filtered);
    QVERIFY(!r.days.isEmpty());
    const QList<int> actual{r.totals.tickets,    r.breachedNow.tickets, r.resolvedTickets,
                            r.reopenedTickets,   r.csatCount(),         r.days.constLast().open,
                            int(r.agents.size())};
    QCOMPARE(actual, expected);
}

void TestReportRepository::percentilesAreNearestRank_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p90");
    // First responses of 1, 2, ... n minutes: p50 = ceil(n / 2), p90 = ceil(0.9 n).
    QTest::addRow("1") << 1 << 1.0 << 1.0;
    QTest::addRow("2") << 2 << 1.0 << 2.0;
    QTest::addRow("3") << 3 << 2.0 << 3.0;
    QTest::addRow("10") << 10 << 5.0 << 9.0;
    QTest::addRow("11") << 11 << 6.0 << 10.0;
}

void TestReportRepository::percentilesAreNearestRank()
{
    QFETCH(int, samples);
    QFETCH(double, p50);
    QFETCH(double, p90);
    // A month of 2025 per row, away from the data set; closed, so nothing else moves.
    const QDateTime month(QDate(2025, samples, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = samples; i >= 1; --i) {
        const QDateTime created = month.addSecs(3600LL * i);
        ReportDataSet::Ticket t;
        t.status = u"closed"_qs;
        t.resolution = u"answered"_qs;
        t.category = u"question"_qs;
        t.created = created.toString(Qt::ISODate);
        t.firstResponseAt = created.addSecs(60LL * i + 30).toString(Qt::ISODate);
        t.resolvedAt = created.addSecs(60LL * 24 * 60 * 40).toString(Qt::ISODate);
        QString error;
        QVERIFY2(m_data.insertTicket(u"P%1-%2"_qs.arg(samples).arg(i), t, &error),
                 qPrintable(error));
    }
    SlaReportScope monthly = scope();
    monthly.from = month;
    monthly.to = month.addDays(1);
    const SlaReport r = report(monthly);
    QCOMPARE(r.firstResponse.calendarMinutes.count, samples);
    QCOMPARE(r.firstResponse.calendarMinutes.p50, std::optional<double>(p50));
    QCOMPARE(r.firstResponse.calendarMinutes.p90, std::optional<double>(p90));
    QCOMPARE(r.resolution.calendarMinutes.count, 0);
    QCOMPARE(r.resolution.calendarMinutes.p50, std::optional<double>());
}

void TestReportRepository::daysFollowTheZoneAcrossDst()
{
    // Berlin leaves UTC+1 for UTC+2 at 01:00 UTC on 2026-03-29.
    const std::pair<QString, QString> created[] = {
        {u"D1"_qs, u"2026-03-28T22:30:00Z"_qs}, // 23:30 on the 28th
        {u"D2"_qs, u"2026-03-28T23:30:00Z"_qs}, // 00:30 on the 29th
        {u"D3"_qs, u"2026-03-29T21:30:00Z"_qs}, // 23:30 on the 29th (UTC+2)
        {u"D4"_qs, u"2026-03-29T22:30:00Z"_qs}, // 00:30 on the 30th
    };
    for (const auto &[name, at] : created) {
        ReportDataSet::Ticket t;
        t.status = u"closed"_qs;
        t.resolution = u"answered"_qs;
        t.category = u"question"_qs;
        t.created = at;
        t.resolvedAt = ReportDataSet::at(at).addSecs(20 * 60).toString(Qt::ISODate);
        QString error;
        QVERIFY2(m_data.insertTicket(name, t, &error), qPrintable(error));
    }
    SlaReportScope berlin = scope();
    berlin.zone = QTimeZone("Europe/Berlin");
    berlin.from = QDate(2026, 3, 28).startOfDay(berlin.zone);
    berlin.to = QDate(2026, 3, 31).startOfDay(berlin.zone);
    const SlaReport r = report(berlin);
    QStringList days;
    for (const storage::SlaReportDay &day : r.days)
        days << u"%1 +%2 -%3"_qs.arg(day.date.toString(Qt::ISODate))
                    .arg(day.created)
                    .arg(day.resolved);
    // D3 is resolved at 23:50 on the 29th; D1 at 23:50 on the 28th.
    QCOMPARE(days,
             (QStringList{u"2026-03-28 +1 -1"_qs, u"2026-03-29 +2 -2"_qs, u"2026-03-30 +1 -1"_qs}));
}

void TestReportRepository::knownSupportLevels()
{
    storage::ReportRepository reports(*m_db);
    QCOMPARE(reports.isKnownSupportLevel(u"premium"_qs).value(), true);
    QCOMPARE(reports.isKnownSupportLevel(u"default"_qs).value(), true);
    QCOMPARE(reports.isKnownSupportLevel(u"platinum"_qs).value(), false);
}

QTEST_MAIN(TestReportRepository)
#include "testreportrepository.moc"
