#include "core/businesscalendar.h"
#include "sourcetree.h"

#include <QFile>
#include <QtTest>

using sd::core::BusinessCalendar;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readSource(const QString &relative)
{
    QFile file(sd::testing::sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return file.readAll();
}

BusinessCalendar parsed(const QByteArray &json)
{
    QString error;
    const auto calendar = BusinessCalendar::fromJson(json, &error);
    if (!calendar)
        qFatal("calendar refused: %s", qPrintable(error));
    return *calendar;
}

// "08:00-13:00,14:00-18:00"
QString hoursText(const BusinessCalendar::DayHours &hours)
{
    QStringList parts;
    for (const auto &interval : hours)
        parts.append(BusinessCalendar::timeText(interval.startMinute) + u'-' +
                     BusinessCalendar::timeText(interval.endMinute));
    return parts.join(u',');
}

const QStringList allCalendarFiles{
    u"resources/calendars/moscow-08-17.json"_s,
    u"resources/calendars/vetmanager-09-20-duty.json"_s,
    u"resources/calendars/within-one-day.json"_s,
    u"tests/data/calendars/berlin-09-17.json"_s,
    u"tests/data/calendars/berlin-full-day.json"_s,
    u"tests/data/calendars/berlin-night.json"_s,
    u"tests/data/calendars/lunch-break.json"_s,
    u"tests/data/calendars/no-business-time.json"_s,
    u"tests/data/calendars/one-hour-in-2031.json"_s,
};

void invalidRow(const char *name, const QByteArray &json, const char *fragment)
{
    QTest::addRow("%s", name) << json << QString::fromUtf8(fragment);
}

// Most interval rows share the document and break only Monday's hours.
void invalidMondayRow(const char *name, const char *monday, const char *fragment)
{
    invalidRow(name,
               R"({"name": "x", "time_zone": "Europe/Moscow", "week": {"mon": )"_ba + monday + "}}",
               fragment);
}

void addInvalidDocumentRows()
{
    invalidRow("not JSON", R"({"name": )", "not valid JSON");
    invalidRow("top level array", "[]", "the calendar must be a JSON object");
    invalidRow("missing time_zone", R"({"name": "x", "week": {}})", R"(missing "time_zone")");
    invalidRow("missing name", R"({"time_zone": "Europe/Moscow", "week": {}})",
               R"(missing "name")");
    invalidRow("empty name", R"({"name": " ", "time_zone": "Europe/Moscow", "week": {}})",
               "name: must not be empty");
    invalidRow("missing week", R"({"name": "x", "time_zone": "Europe/Moscow"})",
               R"(missing "week")");
    invalidRow("unknown zone", R"({"name": "x", "time_zone": "Mars/Olympus", "week": {}})",
               R"(time_zone: unknown time zone "Mars/Olympus")");
    invalidRow("time_zone not a string", R"({"name": "x", "time_zone": 3, "week": {}})",
               "time_zone: must be a text string");
    invalidRow("note not a string", R"({"name": "x", "note": [], "time_zone": "UTC", "week": {}})",
               "note: must be a text string");
    invalidRow("unknown top-level key",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "holidays": {}})",
               R"(unknown key "holidays")");
    invalidRow("unknown duty key",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "duty": {"weekend": {}}})",
               R"(unknown key "duty.weekend")");
    invalidRow("duty not an object", R"({"name": "x", "time_zone": "UTC", "week": {}, "duty": []})",
               "duty: must be an object");
    invalidRow("week not an object", R"({"name": "x", "time_zone": "UTC", "week": []})",
               "week: must be an object");
    invalidRow("unknown weekday", R"({"name": "x", "time_zone": "UTC", "week": {"thur": []}})",
               R"(week: unknown weekday "thur")");
    invalidRow(
        "unknown duty weekday",
        R"({"name": "x", "time_zone": "UTC", "week": {}, "duty": {"week": {"saturday": []}}})",
        R"(duty.week: unknown weekday "saturday")");
}

void addInvalidIntervalRows()
{
    invalidMondayRow("day not a list", R"("08:00-17:00")", "week.mon: must be a list");
    invalidMondayRow("interval not a pair", R"([["08:00"]])", "week.mon[0]: must be a pair");
    invalidMondayRow("interval of three times", R"([["08:00", "12:00", "17:00"]])",
                     "week.mon[0]: must be a pair");
    invalidMondayRow("times not text", "[[8, 17]]", "week.mon[0]: times must be text");
    invalidMondayRow("hour 25", R"([["08:00", "25:00"]])", R"(week.mon[0]: bad time "25:00")");
    invalidMondayRow("24:30", R"([["08:00", "24:30"]])", R"(week.mon[0]: bad time "24:30")");
    invalidMondayRow("one-digit hour", R"([["8:00", "17:00"]])", R"(week.mon[0]: bad time "8:00")");
    invalidMondayRow("minute 60", R"([["08:60", "17:00"]])", R"(week.mon[0]: bad time "08:60")");
    invalidMondayRow("letters", R"([["ab:cd", "17:00"]])", R"(week.mon[0]: bad time "ab:cd")");
    invalidMondayRow("start at 24:00", R"([["24:00", "24:00"]])",
                     "week.mon[0]: an interval cannot start at 24:00");
    invalidMondayRow("end before start", R"([["17:00", "08:00"]])",
                     "week.mon[0]: interval 17:00-08:00 ends before it starts");
    invalidMondayRow("empty interval", R"([["10:00", "10:00"]])",
                     "week.mon[0]: interval 10:00-10:00 is empty");
    invalidMondayRow("overlapping intervals", R"([["08:00", "12:00"], ["11:00", "17:00"]])",
                     "week.mon: intervals 08:00-12:00 and 11:00-17:00 overlap");
    invalidMondayRow("overlapping unsorted intervals",
                     R"([["11:00", "17:00"], ["08:00", "12:00"]])",
                     "week.mon: intervals 08:00-12:00 and 11:00-17:00 overlap");
    invalidMondayRow("second interval reversed", R"([["08:00", "12:00"], ["13:00", "12:30"]])",
                     "week.mon[1]: interval 13:00-12:30 ends before it starts");
}

void addInvalidDateRows()
{
    invalidRow("impossible date",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "dates": {"2026-02-30": []}})",
               R"(dates: bad date "2026-02-30")");
    invalidRow("date without zero padding",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "dates": {"2026-1-5": []}})",
               R"(dates: bad date "2026-1-5")");
    invalidRow("date in words",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "dates": {"tomorrow": []}})",
               R"(dates: bad date "tomorrow")");
    invalidRow("dates not an object",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "dates": []})",
               "dates: must be an object");
    invalidRow("date hours not a list",
               R"({"name": "x", "time_zone": "UTC", "week": {}, "dates": {"2026-12-31": null}})",
               "dates.2026-12-31: must be a list");
    invalidRow(
        "bad time on a date",
        R"({"name": "x", "time_zone": "UTC", "week": {}, "dates": {"2026-12-31": [["08:00", "16:61"]]}})",
        R"(dates.2026-12-31[0]: bad time "16:61")");
    invalidRow("reversed duty date interval",
               R"({"name": "x", "time_zone": "UTC", "week": {},
            "duty": {"dates": {"2027-01-01": [["18:00", "09:00"]]}}})",
               "duty.dates.2027-01-01[0]: interval 18:00-09:00 ends before it starts");
}

} // namespace

class TestBusinessCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void resourceCalendars_data();
    void resourceCalendars();
    void hoursOn_data();
    void hoursOn();
    void dutyAddsToWorkingHoursAndDatesOverride();
    void touchingAndUnsortedIntervalsAreAccepted();
    void invalid_data();
    void invalid();
    void invalidWithoutErrorOutput();
    void roundTrip_data();
    void roundTrip();
    void toJsonUsesTheDocumentedLayout();
    void namesWithSpecialCharactersRoundTrip();
};

void TestBusinessCalendar::resourceCalendars_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("hasDuty");

    QTest::addRow("moscow") << u"resources/calendars/moscow-08-17.json"_s << u"08:00-17:00 Moscow"_s
                            << "Europe/Moscow"_ba << false;
    QTest::addRow("vetmanager")
        << u"resources/calendars/vetmanager-09-20-duty.json"_s
        << u"09:00-20:00 Moscow, duty 09:00-18:00 on weekends and holidays"_s << "Europe/Moscow"_ba
        << true;
    QTest::addRow("within one day")
        << u"resources/calendars/within-one-day.json"_s << u"Within one day, weekdays, Moscow"_s
        << "Europe/Moscow"_ba << false;
}

void TestBusinessCalendar::resourceCalendars()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QByteArray, zone);
    QFETCH(bool, hasDuty);

    QString error;
    const auto calendar = BusinessCalendar::fromJson(readSource(file), &error);
    QVERIFY2(calendar, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(calendar->name(), name);
    QCOMPARE(calendar->timeZone().id(), zone);
    QCOMPARE(calendar->duty().has_value(), hasDuty);
    QVERIFY(!calendar->note().isEmpty());
}

void TestBusinessCalendar::hoursOn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<QString>("expected");

    const QString m = u"resources/calendars/moscow-08-17.json"_s;
    const QString v = u"resources/calendars/vetmanager-09-20-duty.json"_s;
    const QString w = u"resources/calendars/within-one-day.json"_s;
    const QString l = u"tests/data/calendars/lunch-break.json"_s;
    QTest::addRow("ordinary Wednesday") << m << QDate(2026, 11, 25) << false << u"08:00-17:00"_s;
    QTest::addRow("Saturday") << m << QDate(2026, 11, 28) << false << QString();
    QTest::addRow("New Year holiday") << m << QDate(2027, 1, 1) << false << QString();
    QTest::addRow("Unity Day") << m << QDate(2026, 11, 4) << false << QString();
    QTest::addRow("shortened New Year's Eve")
        << m << QDate(2026, 12, 31) << false << u"08:00-16:00"_s;
    QTest::addRow("working Saturday") << m << QDate(2027, 11, 6) << false << u"08:00-17:00"_s;
    QTest::addRow("critical without duty schedule")
        << m << QDate(2026, 11, 29) << true << QString();
    QTest::addRow("duty Sunday, critical") << v << QDate(2026, 11, 29) << true << u"09:00-18:00"_s;
    QTest::addRow("duty Sunday, not critical") << v << QDate(2026, 11, 29) << false << QString();
    QTest::addRow("duty holiday, critical") << v << QDate(2026, 11, 4) << true << u"09:00-18:00"_s;
    QTest::addRow("weekday, critical") << v << QDate(2026, 11, 25) << true << u"09:00-20:00"_s;
    QTest::addRow("working Saturday with duty")
        << v << QDate(2027, 11, 6) << true << u"09:00-20:00"_s;
    QTest::addRow("whole day") << w << QDate(2026, 11, 25) << false << u"00:00-24:00"_s;
    QTest::addRow("lunch break") << l << QDate(2026, 11, 25) << false
                                 << u"09:00-13:00,14:00-18:00"_s;
}

void TestBusinessCalendar::hoursOn()
{
    QFETCH(QString, file);
    QFETCH(QDate, date);
    QFETCH(bool, critical);
    QFETCH(QString, expected);

    QCOMPARE(hoursText(parsed(readSource(file)).hoursOn(date, critical)), expected);
}

void TestBusinessCalendar::dutyAddsToWorkingHoursAndDatesOverride()
{
    const BusinessCalendar calendar = parsed(R"({
        "name": "union", "time_zone": "UTC",
        "week": {"mon": [["08:00", "12:00"]]},
        "dates": {"2026-11-24": [["10:00", "11:00"]]},
        "duty": {"week": {"mon": [["11:00", "15:00"], ["16:00", "17:00"]], "tue": [["20:00", "21:00"]]},
                 "dates": {"2026-11-30": []}}
    })");
    QCOMPARE(hoursText(calendar.hoursOn(QDate(2026, 11, 23), false)), u"08:00-12:00"_s);
    QCOMPARE(hoursText(calendar.hoursOn(QDate(2026, 11, 23), true)), u"08:00-15:00,16:00-17:00"_s);
    // A Tuesday: the working date override and the duty weekday both apply.
    QCOMPARE(hoursText(calendar.hoursOn(QDate(2026, 11, 24), true)), u"10:00-11:00,20:00-21:00"_s);
    // The duty date override removes the Monday duty but not the working hours.
    QCOMPARE(hoursText(calendar.hoursOn(QDate(2026, 11, 30), true)), u"08:00-12:00"_s);
}

void TestBusinessCalendar::touchingAndUnsortedIntervalsAreAccepted()
{
    const BusinessCalendar calendar = parsed(R"({
        "name": "split", "time_zone": "Europe/Moscow",
        "week": {"mon": [["13:00", "24:00"], ["00:00", "13:00"]]}
    })");
    const BusinessCalendar::DayHours expected{{0, 13 * 60}, {13 * 60, 24 * 60}};
    QCOMPARE(calendar.working().week[0], expected);
    QCOMPARE(hoursText(calendar.hoursOn(QDate(2026, 11, 23), true)), u"00:00-24:00"_s);
    QVERIFY(calendar.working().week[6].isEmpty());
    QVERIFY(!calendar.duty());
}

void TestBusinessCalendar::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    addInvalidDocumentRows();
    addInvalidIntervalRows();
    addInvalidDateRows();
}

void TestBusinessCalendar::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);

    QString error;
    const auto calendar = BusinessCalendar::fromJson(json, &error);
    QVERIFY(!calendar);
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestBusinessCalendar::invalidWithoutErrorOutput()
{
    QVERIFY(!BusinessCalendar::fromJson("[]"));
    QVERIFY(BusinessCalendar::fromJson(R"({"name": "x", "time_zone": "UTC", "week": {}})"));
}

void TestBusinessCalendar::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : allCalendarFiles)
        QTest::addRow("%s", qPrintable(file.section(u'/', -1))) << file;
}

void TestBusinessCalendar::roundTrip()
{
    QFETCH(QString, file);

    const BusinessCalendar original = parsed(readSource(file));
    const QByteArray written = original.toJson();
    const BusinessCalendar reread = parsed(written);
    QVERIFY(reread == original);
    QCOMPARE(reread.toJson(), written);
    QCOMPARE(reread.note(), original.note());
    QCOMPARE(reread.working().dates.size(), original.working().dates.size());
}

void TestBusinessCalendar::toJsonUsesTheDocumentedLayout()
{
    const QByteArray json =
        parsed(readSource(u"resources/calendars/vetmanager-09-20-duty.json"_s)).toJson();
    const QList<QByteArray> keysInOrder{"\"name\"", "\"note\"", "\"time_zone\"", "\"week\"",
                                        "\"mon\"",  "\"sun\"",  "\"dates\"",     "\"duty\""};
    qsizetype previous = -1;
    for (const QByteArray &key : keysInOrder) {
        const qsizetype index = json.indexOf(key);
        QVERIFY2(index > previous, key.constData());
        previous = index;
    }
    QVERIFY(json.contains(R"("mon": [["09:00", "20:00"]],)"));
    QVERIFY(json.contains(R"("2026-12-31": [["09:00", "19:00"]],)"));
    QVERIFY(json.contains(R"("2027-01-01": [],)"));
}

void TestBusinessCalendar::namesWithSpecialCharactersRoundTrip()
{
    const BusinessCalendar calendar = parsed(
        R"({"name": "Поддержка \"24/7\"\n\\", "note": "tab\there", "time_zone": "UTC",
              "week": {"sun": [["00:00", "24:00"]]}})");
    QCOMPARE(calendar.name(), u"Поддержка \"24/7\"\n\\"_s);
    const BusinessCalendar reread = parsed(calendar.toJson());
    QCOMPARE(reread.name(), calendar.name());
    QCOMPARE(reread.note(), u"tab\there"_s);
    QVERIFY(reread == calendar);
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "testbusinesscalendar.moc"
