#include "core/productioncalendar.h"
#include "sourcetree.h"

#include <QFile>
#include <QtTest>

using sd::core::BusinessCalendar;
using sd::core::ProductionCalendar;
using Format = ProductionCalendar::Format;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readSource(const QString &relative)
{
    QFile file(sd::testing::sourcePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return file.readAll();
}

BusinessCalendar calendarFrom(const QByteArray &json)
{
    QString error;
    const auto calendar = BusinessCalendar::fromJson(json, &error);
    if (!calendar)
        qFatal("calendar refused: %s", qPrintable(error));
    return *calendar;
}

// A calendar of `weekday` hours Monday to Friday, `saturday` on Saturdays, and duty hours on
// weekends when `duty` is given.
QByteArray weekJson(const QByteArray &weekday, const QByteArray &saturday = "[]",
                    const QByteArray &duty = {})
{
    QByteArray json = R"({"name": "test", "time_zone": "Europe/Moscow", "week": {"mon": )" +
                      weekday + R"(, "tue": )" + weekday + R"(, "wed": )" + weekday +
                      R"(, "thu": )" + weekday + R"(, "fri": )" + weekday + R"(, "sat": )" +
                      saturday + R"(, "sun": []})";
    if (!duty.isEmpty())
        json += R"(, "duty": {"week": {"sat": )" + duty + R"(, "sun": )" + duty + "}}";
    return json + '}';
}

const QByteArray NineToFive = R"([["09:00", "17:00"]])";
const QByteArray EightToFive = R"([["08:00", "17:00"]])";

// "08:00-13:00,14:00-18:00"
QString hoursText(const BusinessCalendar::DayHours &hours)
{
    QStringList parts;
    for (const auto &interval : hours)
        parts.append(BusinessCalendar::timeText(interval.startMinute) + u'-' +
                     BusinessCalendar::timeText(interval.endMinute));
    return parts.join(u',');
}

QStringList isoDates(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate date : dates)
        out.append(date.toString(Qt::ISODate));
    return out;
}

// "01-01 01-02" in `year` as ISO dates.
QStringList days(int year, const QString &monthDays)
{
    QStringList out;
    for (const QString &day : monthDays.split(u' ', Qt::SkipEmptyParts))
        out.append(QString::number(year) + u'-' + day);
    return out;
}

const QString CsvHeader =
    u"\"Год/Месяц\",\"Январь\",\"Февраль\",\"Март\",\"Апрель\",\"Май\",\"Июнь\",\"Июль\","
    u"\"Август\",\"Сентябрь\",\"Октябрь\",\"Ноябрь\",\"Декабрь\"\n"_s;

// A CSV row for `year` listing every weekend day off, changed by `marks`: "" lists the day
// plainly, "+" and "*" with that marker, "work" leaves it out.
QByteArray csvFor(int year, const QMap<QDate, QString> &marks)
{
    QStringList cells{QString::number(year)};
    for (int month = 1; month <= 12; ++month) {
        QStringList tokens;
        for (QDate date(year, month, 1); date.month() == month; date = date.addDays(1)) {
            const QString mark = marks.value(date, date.dayOfWeek() >= 6 ? u""_s : u"work"_s);
            if (mark != u"work")
                tokens.append(QString::number(date.day()) + mark);
        }
        cells.append(u'"' + tokens.join(u',') + u'"');
    }
    return (CsvHeader + cells.join(u',') + u'\n').toUtf8();
}

ProductionCalendar production(const QByteArray &data, Format format, int year = 0)
{
    QString error;
    const auto read = ProductionCalendar::read(data, format, year, &error);
    if (!read)
        qFatal("production calendar refused: %s", qPrintable(error));
    return *read;
}

// Business minutes of one year, as the SLA clock would count them.
int minutesIn(const BusinessCalendar &calendar, int year, bool critical)
{
    int minutes = 0;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1))
        for (const auto &interval : calendar.hoursOn(date, critical))
            minutes += interval.endMinute - interval.startMinute;
    return minutes;
}

} // namespace

class TestProductionCalendar : public QObject
{
    Q_OBJECT

private slots:
    void readsFiles_data();
    void readsFiles();
    void csvAndJsonAgree_data();
    void csvAndJsonAgree();
    void mergedHours_data();
    void mergedHours();
    void mergeReplacesOnlyItsYear();
    void picksCsvYear();
    void acceptsSpreadsheetCsv();
    void refusesCsv_data();
    void refusesCsv();
    void refusesJson_data();
    void refusesJson();
};

void TestProductionCalendar::readsFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("holidays");
    QTest::addColumn<QStringList>("shortened");
    QTest::addColumn<QStringList>("workingWeekends");
    QTest::addColumn<int>("hours40"); // official working hours of a 40-hour week

    // The CSV lists the five-day week's days off: weekend ones need no entry.
    const QStringList csv2026 = days(2026, u"01-01 01-02 01-05 01-06 01-07 01-08 01-09 02-23 "
                                           u"03-09 05-01 05-11 06-12 11-04 12-31"_s);
    const QStringList shortened2026 = days(2026, u"04-30 05-08 06-11 11-03"_s);
    QTest::addRow("2026 csv") << u"tests/data/calendars/production-2026.csv"_s << Format::Csv
                              << 2026 << csv2026 << shortened2026 << QStringList() << 1972;
    QTest::addRow("2026 json")
        << u"tests/data/calendars/production-2026.json"_s << Format::Json << 2026
        << days(2026, u"01-01 01-02 01-03 01-04 01-05 01-06 01-07 01-08 01-09 02-23 03-08 "
                      u"03-09 05-01 05-09 05-11 06-12 11-04 12-31"_s)
        << shortened2026 << QStringList() << 1972;
    const QStringList shortened2027 = days(2027, u"02-22 04-30 06-11 11-03 12-31"_s);
    QTest::addRow("2027 csv") << u"tests/data/calendars/production-2027.csv"_s << Format::Csv
                              << 2027
                              << days(2027, u"01-01 01-04 01-05 01-06 01-07 01-08 02-23 03-08 "
                                            u"05-03 05-10 06-14 11-04 11-05"_s)
                              << shortened2027 << days(2027, u"11-13"_s) << 1987;
    QTest::addRow("2027 json") << u"tests/data/calendars/production-2027.json"_s << Format::Json
                               << 2027
                               << days(2027, u"01-01 01-02 01-03 01-04 01-05 01-06 01-07 01-08 "
                                             u"02-23 03-08 05-01 05-03 05-09 05-10 06-12 06-14 "
                                             u"11-04 11-05"_s)
                               << shortened2027 << days(2027, u"11-13"_s) << 1987;
}

void TestProductionCalendar::readsFiles()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(int, year);
    QFETCH(QStringList, holidays);
    QFETCH(QStringList, shortened);
    QFETCH(QStringList, workingWeekends);
    QFETCH(int, hours40);
    const ProductionCalendar read = production(readSource(file), format);
    QCOMPARE(read.year(), year);
    QCOMPARE(isoDates(read.holidays()), holidays);
    QCOMPARE(isoDates(read.shortened()), shortened);
    QCOMPARE(isoDates(read.workingWeekends()), workingWeekends);
    // Eight hours a weekday: the year's business time is the official norm of a 40-hour week.
    const BusinessCalendar merged = read.mergedInto(calendarFrom(weekJson(NineToFive)));
    QCOMPARE(minutesIn(merged, year, false), hours40 * 60);
}

void TestProductionCalendar::csvAndJsonAgree_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<int>("year");
    for (const int year : {2026, 2027}) {
        for (const QString &calendar : {u"moscow-08-17.json"_s, u"vetmanager-09-20-duty.json"_s}) {
            QTest::addRow("%s %d", qPrintable(calendar), year)
                << u"resources/calendars/"_s + calendar << year;
        }
    }
}

// The two forms of one year give the same business hours on every day, duty included.
void TestProductionCalendar::csvAndJsonAgree()
{
    QFETCH(QString, calendar);
    QFETCH(int, year);
    const BusinessCalendar base = calendarFrom(readSource(calendar));
    const QString stem = u"tests/data/calendars/production-%1."_s.arg(year);
    const BusinessCalendar fromCsv =
        production(readSource(stem + u"csv"), Format::Csv).mergedInto(base);
    const BusinessCalendar fromJson =
        production(readSource(stem + u"json"), Format::Json).mergedInto(base);
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        for (const bool critical : {false, true}) {
            QVERIFY2(fromCsv.hoursOn(date, critical) == fromJson.hoursOn(date, critical),
                     qPrintable(date.toString(Qt::ISODate)));
        }
    }
}

void TestProductionCalendar::mergedHours_data()
{
    QTest::addColumn<QByteArray>("calendar");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<QString>("hours");

    const QByteArray json2030 =
        R"({"year": 2030, "holidays": ["2030-01-01", "2030-11-09"], "shortened": ["2030-12-31",
            "2030-11-02"], "working_weekends": ["2030-11-02", "2030-11-03"]})";
    const QByteArray plain = weekJson(EightToFive);
    const auto row = [](const char *name, const QByteArray &calendar, const QByteArray &data,
                        Format format, QDate date, bool critical, const QString &hours) {
        QTest::addRow("%s", name) << calendar << data << format << date << critical << hours;
    };
    row("weekday holiday", plain, json2030, Format::Json, {2030, 1, 1}, false, {});
    row("ordinary weekday", plain, json2030, Format::Json, {2030, 1, 2}, false, u"08:00-17:00"_s);
    row("shortened weekday", plain, json2030, Format::Json, {2030, 12, 31}, false,
        u"08:00-16:00"_s);
    row("working sunday", plain, json2030, Format::Json, {2030, 11, 3}, false, u"08:00-17:00"_s);
    row("shortened working saturday", plain, json2030, Format::Json, {2030, 11, 2}, false,
        u"08:00-16:00"_s);
    const QByteArray shortFriday =
        R"({"name": "x", "time_zone": "UTC", "week": {"mon": [["09:00", "18:00"]],
            "tue": [["09:00", "18:00"]], "wed": [["09:00", "18:00"]], "thu": [["09:00", "18:00"]],
            "fri": [["09:00", "16:45"]]}})";
    row("working weekend gets most weekdays' hours", shortFriday, json2030, Format::Json,
        {2030, 11, 3}, false, u"09:00-18:00"_s);
    row("shortened lunch-break day", readSource(u"tests/data/calendars/lunch-break.json"_s),
        json2030, Format::Json, {2030, 12, 31}, false, u"09:00-13:00,14:00-17:00"_s);
    row("an hour taken across intervals", weekJson(R"([["09:00", "12:00"], ["16:30", "17:00"]])"),
        json2030, Format::Json, {2030, 12, 31}, false, u"09:00-11:30"_s);
    row("shortened round-the-clock day", weekJson(R"([["00:00", "24:00"]])"), json2030,
        Format::Json, {2030, 12, 31}, false, u"00:00-23:00"_s);
    const QByteArray withDuty = weekJson(EightToFive, "[]", R"([["09:00", "18:00"]])");
    row("holiday has duty for critical tickets", withDuty, json2030, Format::Json, {2030, 1, 1},
        true, u"09:00-18:00"_s);
    row("holiday without duty for the rest", withDuty, json2030, Format::Json, {2030, 1, 1}, false,
        {});
    const QByteArray saturdays = weekJson(EightToFive, R"([["10:00", "14:00"]])");
    row("json saturday holiday closes a saturday team", saturdays, json2030, Format::Json,
        {2030, 11, 9}, false, {});
    const QByteArray csv2030 = csvFor(2030, {{QDate(2030, 1, 1), {}},
                                             {QDate(2030, 5, 6), u"+"_s},
                                             {QDate(2030, 11, 2), u"*"_s},
                                             {QDate(2030, 11, 3), u"work"_s},
                                             {QDate(2030, 12, 31), u"*"_s}});
    row("csv weekday holiday", plain, csv2030, Format::Csv, {2030, 1, 1}, false, {});
    row("csv transferred day off", plain, csv2030, Format::Csv, {2030, 5, 6}, false, {});
    row("csv shortened weekday", plain, csv2030, Format::Csv, {2030, 12, 31}, false,
        u"08:00-16:00"_s);
    row("csv shortened saturday works", plain, csv2030, Format::Csv, {2030, 11, 2}, false,
        u"08:00-16:00"_s);
    row("csv unlisted sunday works", plain, csv2030, Format::Csv, {2030, 11, 3}, false,
        u"08:00-17:00"_s);
    row("csv listed saturday keeps the team's hours", saturdays, csv2030, Format::Csv,
        {2030, 11, 9}, false, u"10:00-14:00"_s);
}

void TestProductionCalendar::mergedHours()
{
    QFETCH(QByteArray, calendar);
    QFETCH(QByteArray, data);
    QFETCH(Format, format);
    QFETCH(QDate, date);
    QFETCH(bool, critical);
    QFETCH(QString, hours);
    const BusinessCalendar merged = production(data, format).mergedInto(calendarFrom(calendar));
    QCOMPARE(hoursText(merged.hoursOn(date, critical)), hours);
    // What the import writes is a calendar file like any other.
    QString error;
    const auto reread = BusinessCalendar::fromJson(merged.toJson(), &error);
    QVERIFY2(reread, qPrintable(error));
    QVERIFY(*reread == merged);
}

void TestProductionCalendar::mergeReplacesOnlyItsYear()
{
    const BusinessCalendar base = calendarFrom(
        R"({"name": "keep me", "note": "my note", "time_zone": "Asia/Yekaterinburg",
            "week": {"mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]]},
            "dates": {"2025-12-31": [["08:00", "12:00"]], "2026-07-01": [], "2027-01-01": []},
            "duty": {"week": {"sun": [["10:00", "16:00"]]},
                     "dates": {"2026-07-01": [["10:00", "11:00"]], "2027-01-01": []}}})");
    const BusinessCalendar merged =
        production(readSource(u"tests/data/calendars/production-2026.json"_s), Format::Json)
            .mergedInto(base);
    QCOMPARE(merged.name(), u"keep me"_s);
    QCOMPARE(merged.note(), u"my note"_s);
    QCOMPARE(merged.timeZone().id(), QByteArray("Asia/Yekaterinburg"));
    QVERIFY(merged.working().week == base.working().week);
    QVERIFY(merged.duty()->week == base.duty()->week);
    const auto &dates = merged.working().dates;
    // Other years stay as they were; the old 2026 entry is gone (2026-07-01 is a Wednesday).
    QCOMPARE(hoursText(dates.value(QDate(2025, 12, 31))), u"08:00-12:00"_s);
    QVERIFY(dates.contains(QDate(2027, 1, 1)) && dates.value(QDate(2027, 1, 1)).isEmpty());
    QVERIFY(!dates.contains(QDate(2026, 7, 1)));
    QVERIFY(!merged.duty()->dates.contains(QDate(2026, 7, 1)));
    QVERIFY(merged.duty()->dates.contains(QDate(2027, 1, 1)));
    // 18 holidays and 4 shortened days; Tuesday's hours shortened, Thursday has none to shorten.
    qsizetype in2026 = 0;
    for (auto it = dates.begin(); it != dates.end(); ++it)
        in2026 += it.key().year() == 2026;
    QCOMPARE(in2026, 18 + 1);
    QCOMPARE(hoursText(dates.value(QDate(2026, 11, 3))), u"08:00-16:00"_s);
    QVERIFY(!dates.contains(QDate(2026, 4, 30)));
    QCOMPARE(hoursText(merged.duty()->dates.value(QDate(2026, 2, 23))), u"10:00-16:00"_s);
    // Importing the same year again changes nothing.
    QVERIFY(production(readSource(u"tests/data/calendars/production-2026.csv"_s), Format::Csv)
                .mergedInto(merged)
                .hoursOn(QDate(2026, 2, 23), true) == merged.hoursOn(QDate(2026, 2, 23), true));
}

void TestProductionCalendar::picksCsvYear()
{
    const QByteArray both =
        readSource(u"tests/data/calendars/production-2026.csv"_s) +
        readSource(u"tests/data/calendars/production-2027.csv"_s).split('\n').at(1);
    QString error;
    QVERIFY(!ProductionCalendar::read(both, Format::Csv, 0, &error));
    QCOMPARE(error, u"the file holds the years 2026, 2027; say which one to import"_s);
    QVERIFY(!ProductionCalendar::read(both, Format::Csv, 2030, &error));
    QCOMPARE(error, u"the file has no row for 2030 (it holds 2026, 2027)"_s);
    const ProductionCalendar read = production(both, Format::Csv, 2027);
    QCOMPARE(read.year(), 2027);
    QCOMPARE(isoDates(read.workingWeekends()), QStringList{u"2027-11-13"_s});
    QCOMPARE(production(both, Format::Csv, 2026).shortened().size(), 4);
}

// A byte-order mark, semicolons and CRLF, as a spreadsheet in a Russian locale saves it.
void TestProductionCalendar::acceptsSpreadsheetCsv()
{
    const QString original =
        QString::fromUtf8(readSource(u"tests/data/calendars/production-2027.csv"_s));
    QString converted;
    bool quoted = false;
    for (const QChar c : original) {
        if (c == u'"')
            quoted = !quoted;
        converted += !quoted && c == u',' ? u';' : c;
    }
    converted.replace(u"\n"_s, u"\r\n"_s).replace(u"1787.8"_s, u"1787,8"_s);
    const ProductionCalendar read = production("\xEF\xBB\xBF" + converted.toUtf8(), Format::Csv);
    const ProductionCalendar plain = production(original.toUtf8(), Format::Csv);
    QCOMPARE(read.holidays(), plain.holidays());
    QCOMPARE(read.shortened(), plain.shortened());
    QCOMPARE(read.workingWeekends(), plain.workingWeekends());
}

void TestProductionCalendar::refusesCsv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("message");
    const QString good =
        QString::fromUtf8(readSource(u"tests/data/calendars/production-2026.csv"_s));
    const QString february = u"\"1,7,8,14,15,21,22,23,28\""_s;
    const auto changed = [&good](const QString &from, const QString &to) {
        QString text = good;
        if (!text.contains(from))
            qFatal("no %s in the file", qPrintable(from));
        return text.replace(from, to).toUtf8();
    };
    const auto row = [](const char *name, const QByteArray &data, const QString &message,
                        int year = 0) { QTest::addRow("%s", name) << data << year << message; };
    row("empty", "\n\n", u"the file is empty"_s);
    row("not UTF-8", "\xC3\x28", u"the file is not UTF-8 text; save it as UTF-8"_s);
    row("header only", good.section(u'\n', 0, 0).toUtf8(), u"the file has a header but no year"_s);
    row("no year column", changed(u"Год/Месяц"_s, u"Год-месяц"_s),
        u"line 1: the header has no column \"Год/Месяц\""_s);
    row("no December", changed(u"\"Декабрь\""_s, u"\"Дек\""_s),
        u"line 1: the header has no column \"Декабрь\""_s);
    row("short row", changed(u",\"1181.6\""_s, {}), u"line 2: 17 fields, but the header has 18"_s);
    row("bad year", changed(u"\"2026\""_s, u"\"20x6\""_s),
        u"line 2, column \"Год/Месяц\": \"20x6\" is not a year"_s);
    row("year listed again", (good + good.section(u'\n', 1, 1) + u'\n').toUtf8(),
        u"line 3: the year 2026 is listed again"_s);
    row("word for a day", changed(february, u"\"1,7,8,x,15,21,22,23,28\""_s),
        u"line 2, column \"Февраль\": \"x\" is not a day; expected a day of the month, maybe "
        u"followed by * (shortened day) or + (transferred day off)"_s);
    row("unknown marker", changed(february, u"\"1,7,8,14#,15,21,22,23,28\""_s),
        u"line 2, column \"Февраль\": \"14#\" is not a day"_s);
    row("negative day", changed(february, u"\"-1,7,8,14,15,21,22,23,28\""_s),
        u"line 2, column \"Февраль\": \"-1\" is not a day"_s);
    row("no such day", changed(february, u"\"1,7,8,14,15,21,22,23,28,30\""_s),
        u"line 2, column \"Февраль\": there is no day 30 in that month of 2026"_s);
    row("day twice", changed(february, u"\"1,7,8,8*,14,15,21,22,23,28\""_s),
        u"line 2, column \"Февраль\": day 8 is listed twice"_s);
    row("quote not closed", changed(february, u"\"1,7,8"_s),
        u"line 2: a quoted field is not closed"_s);
    row("working days disagree", changed(u"\"247\""_s, u"\"250\""_s),
        u"line 2, column \"Всего рабочих дней\": the file says 250, but its month columns "
        u"give 247"_s);
    row("days off disagree", changed(february, u"\"1,7,8,14,15,21,22,23,24,28\""_s),
        u"line 2, column \"Всего рабочих дней\": the file says 247, but its month columns "
        u"give 246"_s);
    // A shortened day written without its "*" is a day off: the hours total catches it.
    row("hours disagree", changed(u"\"1972\""_s, u"\"1976\""_s),
        u"line 2, column \"Количество рабочих часов при 40-часовой рабочей неделе\": the file "
        u"says 1976, but its month columns give 1972"_s);
    row("year not in the file", good.toUtf8(), u"the file has no row for 2027 (it holds 2026)"_s,
        2027);
}

void TestProductionCalendar::refusesCsv()
{
    QFETCH(QByteArray, data);
    QFETCH(int, year);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ProductionCalendar::read(data, Format::Csv, year, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestProductionCalendar::refusesJson_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QByteArray &data, const QString &message,
                        int year = 0) { QTest::addRow("%s", name) << data << year << message; };
    row("not JSON", R"({"year": )", u"not valid JSON at offset"_s);
    row("array", "[]", u"the production calendar must be a JSON object"_s);
    row("unknown key", R"({"year": 2026, "holiday": []})",
        u"unknown key \"holiday\"; expected year, note, holidays, shortened, working_weekends"_s);
    row("no year", R"({"holidays": []})", u"missing \"year\""_s);
    row("year as text", R"({"year": "2026"})", u"year: must be a whole number from 1900 to 2200"_s);
    row("fractional year", R"({"year": 2026.5})", u"year: must be a whole number"_s);
    row("year far off", R"({"year": 20260})", u"year: must be a whole number"_s);
    row("another year asked for", R"({"year": 2026})", u"year: the file is for 2026, not 2027"_s,
        2027);
    row("note not text", R"({"year": 2026, "note": 1})", u"note: must be a text string"_s);
    row("holidays not a list", R"({"year": 2026, "holidays": "2026-01-01"})",
        u"holidays: must be a list of dates such as \"2026-01-01\""_s);
    row("bad date", R"({"year": 2026, "holidays": ["2026-01-01", "2026-02-30"]})",
        u"holidays[1]: bad date \"2026-02-30\", expected an existing date as YYYY-MM-DD"_s);
    row("short date", R"({"year": 2026, "shortened": ["2026-1-5"]})",
        u"shortened[0]: bad date \"2026-1-5\""_s);
    row("number for a date", R"({"year": 2026, "holidays": [20260101]})",
        u"holidays[0]: bad date"_s);
    row("date of another year", R"({"year": 2026, "holidays": ["2025-12-31"]})",
        u"holidays[0]: 2025-12-31 is not in 2026"_s);
    row("date twice", R"({"year": 2026, "holidays": ["2026-01-01", "2026-01-01"]})",
        u"holidays[1]: 2026-01-01 is listed twice"_s);
    row("working weekday", R"({"year": 2026, "working_weekends": ["2026-11-02"]})",
        u"working_weekends[0]: 2026-11-02 is a weekday; list only Saturdays and Sundays here"_s);
    row("shortened holiday", R"({"year": 2026, "holidays": ["2026-05-01"],
                                 "shortened": ["2026-04-30", "2026-05-01"]})",
        u"shortened[1]: 2026-05-01 is also in holidays"_s);
    row("working holiday", R"({"year": 2026, "holidays": ["2026-11-07"],
                               "working_weekends": ["2026-11-07"]})",
        u"working_weekends[0]: 2026-11-07 is also in holidays"_s);
    row("shortened weekend not working", R"({"year": 2026, "shortened": ["2026-11-07"]})",
        u"shortened[0]: 2026-11-07 is a weekend day; a shortened weekend day is a working one, "
        u"so list it in working_weekends too"_s);
}

void TestProductionCalendar::refusesJson()
{
    QFETCH(QByteArray, data);
    QFETCH(int, year);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ProductionCalendar::read(data, Format::Json, year, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestProductionCalendar)
#include "testproductioncalendar.moc"
