// SlaReportParser on a report captured from the server with demo data (tests/data/
// sla-report.json): every figure lands in its field; a missing field, a wrong type, a broken
// value or a truncated body is refused with a message naming the field, never a crash.
#include "client/slareportparser.h"
#include "sourcetree.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using sd::client::SlaReportData;
using sd::client::SlaReportParser;

namespace {

QJsonObject captured()
{
    QFile file(sd::testing::sourcePath(u"tests/data/sla-report.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets (or with an undefined value removes) the value at `path`, e.g. {"days", "2", "open"}.
QJsonValue changed(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    const QString step = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = step.toInt();
        array[i] = path.isEmpty() ? value : changed(array[i], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = path.isEmpty() ? value : changed(object[step], path, value);
    return object;
}

} // namespace

class TestSlaReportParser : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCapturedReport();
    void keepsUnmeasuredFiguresEmpty();
    void refusesBrokenReports_data();
    void refusesBrokenReports();
    void refusesTruncatedBodies_data();
    void refusesTruncatedBodies();
};

void TestSlaReportParser::readsTheCapturedReport()
{
    const QJsonObject json = captured();
    QVERIFY(!json.isEmpty());
    QString error;
    const std::optional<SlaReportData> report = SlaReportParser::parse(json, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->group, u"queue"_s);
    QCOMPARE(report->timeZone, u"Europe/Moscow"_s);
    QCOMPARE(report->from, QDateTime(QDate(2026, 11, 7), QTime(19, 48, 36, 560), Qt::UTC));
    QCOMPARE(report->totals.tickets, 197);
    QCOMPARE(report->totals.done, 65);
    QCOMPARE(report->totals.resolutionBreached, 61);
    QCOMPARE(report->items.size(), 2);
    QCOMPARE(report->items[0].id, 1);
    QCOMPARE(report->items[0].name, u"Support"_s);
    QCOMPARE(report->byStatus[0].key, u"new"_s);
    QCOMPARE(report->byCategory[1].key, u"incident"_s);
    QCOMPARE(report->byCategory[1].firstResponseBreached, 29);
    QCOMPARE(report->breachedNow.tickets, 176);
    QCOMPARE(report->breachedNow.firstResponse, 66);
    QCOMPARE(report->atRiskNow.resolution, 4);
    QCOMPARE(report->firstResponse.business.count, 164);
    QCOMPARE(report->firstResponse.business.p90, 289.0);
    QCOMPARE(report->firstResponse.calendar.p50, 335.0);
    QCOMPARE(report->resolution.calendar.p90, 625.0);
    const QList<SlaReportData::Band> &business = report->firstResponse.business.distribution;
    QCOMPARE(business.size(), 8);
    QCOMPARE(business[0].fromMinutes, 0);
    QCOMPARE(business[0].toMinutes, 15);
    QCOMPARE(business[0].tickets, 96);
    QCOMPARE(business[5].fromMinutes, 240);
    QCOMPARE(business[5].toMinutes, 480);
    QCOMPARE(business[5].tickets, 12);
    QCOMPARE(business[7].fromMinutes, 960);
    QVERIFY(!business[7].toMinutes.has_value());
    QCOMPARE(business[7].tickets, 4);
    QCOMPARE(report->firstResponse.calendar.distribution.size(), 8);
    QCOMPARE(report->firstResponse.calendar.distribution[5].tickets, 100);
    QVERIFY(report->resolution.business.distribution.isEmpty());
    QCOMPARE(report->resolvedTickets, 67);
    QCOMPARE(report->reopenRate, 0.0);
    QCOMPARE(report->openAtStart, 133);
    QCOMPARE(report->days.size(), 31);
    QCOMPARE(report->days.constLast().date, QDate(2026, 12, 7));
    QCOMPARE(report->days.constLast().open, 268);
    QCOMPARE(report->days.constLast().breaches, 7);
    QCOMPARE(report->openAtEnd(), 268);
    QCOMPARE(report->agents.size(), 4);
    QCOMPARE(report->agents[0].name, u"Павел Орлов"_s);
    QCOMPARE(report->agents[0].openAssigned, 67);
    QCOMPARE(report->resolutions.constLast().key, u"feature_accepted"_s);
    QCOMPARE(report->resolutions.constLast().tickets, 8);
}

void TestSlaReportParser::keepsUnmeasuredFiguresEmpty()
{
    QJsonObject json = captured();
    json = changed(json, {u"csat"_s, u"distribution"_s, u"3"_s, u"count"_s}, 2).toObject();
    json = changed(json, {u"csat"_s, u"count"_s}, 2).toObject();
    json = changed(json, {u"csat"_s, u"average"_s}, 4.0).toObject();
    json = changed(json, {u"resolution_minutes"_s, u"business"_s, u"p50"_s}, QJsonValue::Null)
               .toObject();
    QString error;
    const auto report = SlaReportParser::parse(json, &error);
    QVERIFY2(report, qPrintable(error));
    // The captured report has no rating: average null.
    QVERIFY(!SlaReportParser::parse(captured(), &error)->csatAverage.has_value());
    QCOMPARE(report->csatAverage, 4.0);
    QCOMPARE(report->csatCount, 2);
    QCOMPARE(report->csatScores, (std::array<int, 5>{0, 0, 0, 2, 0}));
    QVERIFY(!report->resolution.business.p50.has_value());
    QCOMPARE(report->resolution.business.p90, 385.0);
}

void TestSlaReportParser::refusesBrokenReports_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("named");

    const QJsonValue gone(QJsonValue::Undefined);
    QTest::addRow("no days") << QStringList{u"days"_s} << gone << u"days is missing"_s;
    QTest::addRow("no totals") << QStringList{u"totals"_s} << gone << u"totals is missing"_s;
    QTest::addRow("day without open")
        << QStringList{u"days"_s, u"2"_s, u"open"_s} << gone << u"days[2].open is missing"_s;
    QTest::addRow("count as text")
        << QStringList{u"days"_s, u"4"_s, u"created"_s} << QJsonValue(u"7"_s)
        << u"days[4].created is not a whole number"_s;
    QTest::addRow("negative count") << QStringList{u"breached_now"_s, u"tickets"_s}
                                    << QJsonValue(-1) << u"breached_now.tickets"_s;
    QTest::addRow("fractional count")
        << QStringList{u"open_at_start"_s} << QJsonValue(1.5) << u"open_at_start"_s;
    QTest::addRow("percentile as text")
        << QStringList{u"first_response_minutes"_s, u"business"_s, u"p90"_s} << QJsonValue(u"x"_s)
        << u"first_response_minutes.business.p90 is not a number"_s;
    QTest::addRow("days not a list")
        << QStringList{u"days"_s} << QJsonValue(QJsonObject()) << u"days is not a list"_s;
    QTest::addRow("day not an object")
        << QStringList{u"days"_s, u"0"_s} << QJsonValue(3) << u"days[0] is not an object"_s;
    QTest::addRow("bad date") << QStringList{u"days"_s, u"1"_s, u"date"_s}
                              << QJsonValue(u"2026-13-45"_s) << u"days[1].date is not a date"_s;
    QTest::addRow("bad instant") << QStringList{u"now"_s} << QJsonValue(u"yesterday"_s)
                                 << u"now is not a date and time"_s;
    QTest::addRow("queue as text")
        << QStringList{u"by_queue"_s, u"0"_s, u"queue"_s} << QJsonValue(u"Support"_s)
        << u"by_queue[0].queue is not an object"_s;
    QTest::addRow("agent without id") << QStringList{u"agents"_s, u"1"_s, u"agent"_s, u"id"_s}
                                      << gone << u"agents[1].agent.id is not an id"_s;
    QTest::addRow("score out of range")
        << QStringList{u"csat"_s, u"distribution"_s, u"0"_s, u"score"_s} << QJsonValue(7)
        << u"csat.distribution[0].score is not a score from 1 to 5"_s;
    const QStringList bands{u"first_response_minutes"_s, u"business"_s, u"distribution"_s};
    QTest::addRow("no distribution")
        << bands << gone << u"first_response_minutes.business.distribution is missing"_s;
    QTest::addRow("band without tickets")
        << (bands + QStringList{u"3"_s, u"tickets"_s}) << gone
        << u"first_response_minutes.business.distribution[3].tickets is missing"_s;
    QTest::addRow("band without end")
        << (bands + QStringList{u"2"_s, u"to_minutes"_s}) << gone
        << u"first_response_minutes.business.distribution[2].to_minutes is missing"_s;
    QTest::addRow("band ends before it starts")
        << (bands + QStringList{u"2"_s, u"to_minutes"_s}) << QJsonValue(30)
        << u"first_response_minutes.business.distribution[2].to_minutes is not after "_s;
    QTest::addRow("gap between bands")
        << (bands + QStringList{u"4"_s, u"from_minutes"_s}) << QJsonValue(150)
        << u"distribution[4].from_minutes does not start where the band before it ends"_s;
    QTest::addRow("open band before the last")
        << (bands + QStringList{u"6"_s, u"to_minutes"_s}) << QJsonValue(QJsonValue::Null)
        << u"distribution[7].from_minutes does not start where"_s;
    QTest::addRow("unknown group") << QStringList{u"group"_s} << QJsonValue(u"planet"_s)
                                   << u"group is not queue, agent or category"_s;
    QTest::addRow("status as number") << QStringList{u"by_status"_s, u"1"_s, u"status"_s}
                                      << QJsonValue(2) << u"by_status[1].status is not text"_s;
}

void TestSlaReportParser::refusesBrokenReports()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, named);
    const QJsonObject json = changed(captured(), path, value).toObject();
    QString error;
    QVERIFY(!SlaReportParser::parse(json, &error).has_value());
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.startsWith(u"The SLA report from the server cannot be read"_s),
             qPrintable(error));
}

void TestSlaReportParser::refusesTruncatedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray whole = QJsonDocument(captured()).toJson(QJsonDocument::Compact);
    QTest::addRow("half") << whole.left(whole.size() / 2);
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("array") << QByteArray("[1, 2]");
    QTest::addRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::addRow("empty object") << QByteArray("{}");
}

void TestSlaReportParser::refusesTruncatedBodies()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!SlaReportParser::parse(body, &error).has_value());
    QVERIFY2(error.startsWith(u"The SLA report from the server cannot be read"_s),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSlaReportParser)
#include "testslareportparser.moc"
