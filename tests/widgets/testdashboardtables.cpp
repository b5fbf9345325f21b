// DashboardTables' first-response distribution: rows from the report's bands (business time),
// shares of the first responses and how many were answered by each band's end; the bands'
// names in the user's language.
#include "client/slareportdata.h"
#include "widgets/dashboardtables.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SlaReportData;
using sd::widgets::DashboardTables;

namespace {

SlaReportData::Band band(int from, int to, int tickets)
{
    return {from, to < 0 ? std::nullopt : std::optional<int>(to), tickets};
}

} // namespace

class TestDashboardTables : public QObject
{
    Q_OBJECT

private slots:
    void distributionRows();
    void noFirstResponses();
    void bandNames_data();
    void bandNames();
};

void TestDashboardTables::distributionRows()
{
    SlaReportData report;
    report.firstResponse.business.distribution = {band(0, 15, 3), band(15, 30, 0), band(30, 60, 1),
                                                  band(960, -1, 4)};
    // The calendar bands are not the chart's.
    report.firstResponse.calendar.distribution = {band(0, 15, 100)};
    const DashboardTables::Rows rows = DashboardTables::distributionRows(report);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], (QVariantList{u"< 15 min"_s, 3, 3.0 / 8, 3.0 / 8}));
    QCOMPARE(rows[1], (QVariantList{u"15-30 min"_s, 0, 0.0, 3.0 / 8}));
    QCOMPARE(rows[2], (QVariantList{u"30-60 min"_s, 1, 1.0 / 8, 4.0 / 8}));
    QCOMPARE(rows[3], (QVariantList{u"≥ 2 days"_s, 4, 4.0 / 8, 1.0}));
    QCOMPARE(DashboardTables::distributionColumns().size(), rows[0].size());
}

void TestDashboardTables::noFirstResponses()
{
    SlaReportData report;
    report.firstResponse.business.distribution = {band(0, 15, 0), band(15, -1, 0)};
    const DashboardTables::Rows rows = DashboardTables::distributionRows(report);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].value(1), QVariant(0));
    QVERIFY(rows[0].value(2).isNull());
    QVERIFY(rows[1].value(3).isNull());
    QVERIFY(DashboardTables::distributionRows(SlaReportData()).isEmpty());
}

void TestDashboardTables::bandNames_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to"); // -1: none
    QTest::addColumn<QString>("name");
    QTest::addRow("first") << 0 << 15 << u"< 15 min"_s;
    QTest::addRow("minutes") << 30 << 60 << u"30-60 min"_s;
    QTest::addRow("hours") << 60 << 120 << u"1-2 h"_s;
    QTest::addRow("up to a working day") << 240 << 480 << u"4-8 h"_s;
    QTest::addRow("working days") << 480 << 960 << u"1-2 days"_s;
    QTest::addRow("last") << 960 << -1 << u"≥ 2 days"_s;
    QTest::addRow("first in hours") << 0 << 120 << u"< 2 h"_s;
    QTest::addRow("uneven hours") << 90 << 150 << u"90-150 min"_s;
    QTest::addRow("uneven days") << 480 << 720 << u"8-12 h"_s;
    QTest::addRow("open in hours") << 240 << -1 << u"≥ 4 h"_s;
    QTest::addRow("open in minutes") << 45 << -1 << u"≥ 45 min"_s;
}

void TestDashboardTables::bandNames()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, name);
    QCOMPARE(DashboardTables::bandName(band(from, to, 1)), name);
}

QTEST_MAIN(TestDashboardTables)
#include "testdashboardtables.moc"
