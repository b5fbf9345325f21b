#include "core/businesscalendar.h"
#include "core/slaclock.h"
#include "sourcetree.h"

#include <QFile>
#include <QtTest>
#include <map>
#include <thread>

using sd::core::BusinessCalendar;
using sd::core::SlaClock;
using namespace Qt::Literals::StringLiterals;

// Every expected value below was worked out by hand from the calendar files; the comments
// show the arithmetic. Calendars: M = 08:00-17:00 Moscow with Russian holidays (2026-11-03
// shortened to 16:00, 2026-11-04 holiday, 2026-12-31 shortened, 2027-01-01..08 holidays,
// 2027-11-06 working Saturday); V = 09:00-20:00 weekdays + duty 09:00-18:00 on weekends and
// holidays; W = 00:00-24:00 weekdays; L = 09:00-13:00 + 14:00-18:00 weekdays; BF / BN / BW =
// Berlin 00:00-24:00 daily / 01:00-04:00 daily / 09:00-17:00 weekdays. 2026-11-25 is a
// Wednesday; Berlin jumps 02:00->03:00 on 2026-03-29 and 03:00->02:00 on 2026-10-25.
namespace {

const QString M = QStringLiteral("resources/calendars/moscow-08-17.json");
const QString V = QStringLiteral("resources/calendars/vetmanager-09-20-duty.json");
const QString W = QStringLiteral("resources/calendars/within-one-day.json");
const QString L = QStringLiteral("tests/data/calendars/lunch-break.json");
const QString BF = QStringLiteral("tests/data/calendars/berlin-full-day.json");
const QString BN = QStringLiteral("tests/data/calendars/berlin-night.json");
const QString BW = QStringLiteral("tests/data/calendars/berlin-09-17.json");
const QString NONE = QStringLiteral("tests/data/calendars/no-business-time.json");
const QString Y2031 = QStringLiteral("tests/data/calendars/one-hour-in-2031.json");

QDateTime at(const QString &iso)
{
    const QDateTime result = QDateTime::fromString(iso, Qt::ISODate);
    if (!result.isValid())
        qFatal("bad timestamp in test data: %s", qPrintable(iso));
    return result;
}

// "FROM/TO;FROM/TO" in ISO-8601
QList<SlaClock::Pause> pausesFrom(const QString &text)
{
    QList<SlaClock::Pause> pauses;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList ends = item.split(u'/');
        pauses.append({at(ends.at(0)), at(ends.at(1))});
    }
    return pauses;
}

void dueRow(const char *name, const QString &file, const char *start, qint64 minutes,
            const char *expected, bool critical = false, const char *pauses = "")
{
    QTest::addRow("%s", name) << file << QString::fromLatin1(start) << minutes << critical
                              << QString::fromLatin1(pauses) << QString::fromLatin1(expected);
}

void elapsedRow(const char *name, const QString &file, const char *from, const char *to,
                qint64 expected, bool critical = false, const char *pauses = "")
{
    QTest::addRow("%s", name) << file << QString::fromLatin1(from) << QString::fromLatin1(to)
                              << critical << QString::fromLatin1(pauses) << expected;
}

void addHolidayDueRows()
{
    // Seed 000: Fri 16-17 = 60, Mon 08:00 + 420 = 15:00.
    dueRow("seed 000: 8 working hours from Friday 16:00", M, "2026-11-27T16:00:00+03:00", 480,
           "2026-11-30T15:00:00+03:00");
    // Mon 10-17 = 420, Tue 540, Wed 540 -> 1500, Thu 08:00 + 120.
    dueRow("seed 000: 3 working days for a feature request", M, "2026-11-23T10:00:00+03:00", 1620,
           "2026-11-26T10:00:00+03:00");
    // Fri 14-17 = 180, Mon 540, Tue 540 -> 1260, Wed 08:00 + 360.
    dueRow("3 working days from Friday afternoon", M, "2026-11-27T14:00:00+03:00", 1620,
           "2026-12-02T14:00:00+03:00");
    // Dec 31 14-16 = 120; Jan 1-8 holidays, 9-10 weekend; Mon Jan 11 08:00 + 360.
    dueRow("New Year holidays after a shortened day", M, "2026-12-31T14:00:00+03:00", 480,
           "2027-01-11T14:00:00+03:00");
    // Wed 2025-12-31 16-17 = 60; Jan 1-8 holidays; Fri Jan 9 08:00 + 60.
    dueRow("New Year holidays 2026", M, "2025-12-31T16:00:00+03:00", 120,
           "2026-01-09T09:00:00+03:00");
    // Tue Nov 3 (to 16:00) 15-16 = 60; Nov 4 holiday; Thu 08:00 + 60.
    dueRow("shortened day before a holiday", M, "2026-11-03T15:00:00+03:00", 120,
           "2026-11-05T09:00:00+03:00");
    dueRow("shortened day closes at 16:00", M, "2026-11-03T15:52:00+03:00", 8,
           "2026-11-03T16:00:00+03:00");
    // Fri 16-17 = 60; working Saturday 08:00 + 60.
    dueRow("transferred working Saturday", M, "2027-11-05T16:00:00+03:00", 120,
           "2027-11-06T09:00:00+03:00");
    // Fri May 8 (to 16:00) 12-16 = 240; May 9 Sat holiday, Sun, May 11 day off; Tue + 240.
    dueRow("May holidays with a transferred day off", M, "2026-05-08T12:00:00+03:00", 480,
           "2026-05-12T12:00:00+03:00");
    // Thu Apr 30 (to 16:00) 15-16 = 60; May 1-3 off; Mon 08:00 + 480.
    dueRow("May 1 after a shortened April 30", M, "2026-04-30T15:00:00+03:00", 540,
           "2026-05-04T16:00:00+03:00");
    // Dec 30 540, Dec 31 480, Jan 11-13 3 x 540 -> 2640, Jan 14 08:00 + 60.
    dueRow("five working days across the year end", M, "2026-12-30T08:00:00+03:00", 2700,
           "2027-01-14T09:00:00+03:00");
}

void addBoundaryDueRows()
{
    dueRow("8 minutes before closing plus 8 is the closing time", M, "2026-11-25T16:52:00+03:00", 8,
           "2026-11-25T17:00:00+03:00");
    dueRow("8 minutes before closing plus 9 is the next morning", M, "2026-11-25T16:52:00+03:00", 9,
           "2026-11-26T08:01:00+03:00");
    dueRow("a whole day from opening ends at closing", M, "2026-11-25T08:00:00+03:00", 540,
           "2026-11-25T17:00:00+03:00");
    dueRow("start before opening", M, "2026-11-25T06:30:00+03:00", 60, "2026-11-25T09:00:00+03:00");
    dueRow("start after closing", M, "2026-11-25T18:00:00+03:00", 60, "2026-11-26T09:00:00+03:00");
    dueRow("start exactly at closing", M, "2026-11-25T17:00:00+03:00", 60,
           "2026-11-26T09:00:00+03:00");
    dueRow("start on a holiday", M, "2026-11-04T10:00:00+03:00", 60, "2026-11-05T09:00:00+03:00");
    dueRow("start on Saturday", M, "2026-11-28T12:00:00+03:00", 30, "2026-11-30T08:30:00+03:00");
    dueRow("zero minutes inside business time", M, "2026-11-25T10:15:00+03:00", 0,
           "2026-11-25T10:15:00+03:00");
    dueRow("zero minutes on a weekend is the next opening", M, "2026-11-28T12:00:00+03:00", 0,
           "2026-11-30T08:00:00+03:00");
    dueRow("zero minutes at closing is the next opening", M, "2026-11-25T17:00:00+03:00", 0,
           "2026-11-26T08:00:00+03:00");
    dueRow("seconds in the start", M, "2026-11-25T10:00:30+03:00", 1, "2026-11-25T10:01:30+03:00");
    // 30 s before closing, 30 s after the next opening.
    dueRow("seconds across the closing", M, "2026-11-25T16:59:30+03:00", 1,
           "2026-11-26T08:00:30+03:00");
    dueRow("start given in UTC", M, "2026-11-27T13:00:00Z", 480, "2026-11-30T15:00:00+03:00");
    // 08:00+01:00 is 10:00 in Moscow.
    dueRow("start given in another offset", M, "2026-11-25T08:00:00+01:00", 60,
           "2026-11-25T11:00:00+03:00");
    dueRow("Moscow has no DST in late March", M, "2026-03-27T16:00:00+03:00", 120,
           "2026-03-30T09:00:00+03:00");
    dueRow("Moscow has no DST in late October", M, "2026-10-23T16:00:00+03:00", 480,
           "2026-10-26T15:00:00+03:00");
}

void addLunchDueRows()
{
    dueRow("lunch: work continues after lunch", L, "2026-11-25T12:30:00+03:00", 60,
           "2026-11-25T14:30:00+03:00");
    dueRow("lunch: due at the start of lunch", L, "2026-11-25T12:30:00+03:00", 30,
           "2026-11-25T13:00:00+03:00");
    dueRow("lunch: start during lunch", L, "2026-11-25T13:20:00+03:00", 10,
           "2026-11-25T14:10:00+03:00");
    dueRow("lunch: a whole day", L, "2026-11-25T09:00:00+03:00", 480, "2026-11-25T18:00:00+03:00");
}

void addPauseDueRows()
{
    // Pause takes 90 business minutes: Wed 17:00 becomes Thu 08:00 + 90.
    dueRow("pause in business hours moves the due", M, "2026-11-25T09:00:00+03:00", 480,
           "2026-11-26T09:30:00+03:00", false,
           "2026-11-25T10:00:00+03:00/2026-11-25T11:30:00+03:00");
    dueRow("pause outside business hours moves nothing", M, "2026-11-25T09:00:00+03:00", 480,
           "2026-11-25T17:00:00+03:00", false,
           "2026-11-25T18:00:00+03:00/2026-11-26T07:00:00+03:00");
    // 09-16 = 420 before the pause, then 60 from Thu 10:00.
    dueRow("pause across the closing", M, "2026-11-25T09:00:00+03:00", 480,
           "2026-11-26T11:00:00+03:00", false,
           "2026-11-25T16:00:00+03:00/2026-11-26T10:00:00+03:00");
    // Union 10:00-12:00 = 120: Thu 08:00 + 120.
    dueRow("overlapping unsorted pauses count once", M, "2026-11-25T09:00:00+03:00", 480,
           "2026-11-26T10:00:00+03:00", false,
           "2026-11-25T11:00:00+03:00/2026-11-25T12:00:00+03:00;"
           "2026-11-25T10:00:00+03:00/2026-11-25T11:30:00+03:00");
    dueRow("start inside a pause", M, "2026-11-25T10:00:00+03:00", 60, "2026-11-25T13:00:00+03:00",
           false, "2026-11-25T09:00:00+03:00/2026-11-25T12:00:00+03:00");
    dueRow("zero minutes inside a pause", M, "2026-11-25T10:00:00+03:00", 0,
           "2026-11-25T12:00:00+03:00", false,
           "2026-11-25T09:00:00+03:00/2026-11-25T12:00:00+03:00");
    dueRow("due exactly when a pause begins", M, "2026-11-25T09:00:00+03:00", 60,
           "2026-11-25T10:00:00+03:00", false,
           "2026-11-25T10:00:00+03:00/2026-11-25T11:00:00+03:00");
    dueRow("pause over a weekend moves nothing", M, "2026-11-27T16:00:00+03:00", 480,
           "2026-11-30T15:00:00+03:00", false,
           "2026-11-27T17:00:00+03:00/2026-11-30T08:00:00+03:00");
    dueRow("empty and reversed pauses are ignored", M, "2026-11-25T09:00:00+03:00", 60,
           "2026-11-25T10:00:00+03:00", false,
           "2026-11-25T09:30:00+03:00/2026-11-25T09:30:00+03:00;"
           "2026-11-25T09:50:00+03:00/2026-11-25T09:20:00+03:00");
    // Wed 09-12 + 13-17 = 420, Thu 08-15 = 420 -> 840, Fri from 09:00 + 240.
    dueRow("two pauses over three days", M, "2026-11-25T09:00:00+03:00", 1080,
           "2026-11-27T13:00:00+03:00", false,
           "2026-11-25T12:00:00+03:00/2026-11-25T13:00:00+03:00;"
           "2026-11-26T15:00:00+03:00/2026-11-27T09:00:00+03:00");
}

void addDutyDueRows()
{
    dueRow("seed 001: critical on Sunday counts duty hours", V, "2026-11-29T10:00:00+03:00", 120,
           "2026-11-29T12:00:00+03:00", true);
    dueRow("seed 001: the same ticket not critical waits for Monday", V,
           "2026-11-29T10:00:00+03:00", 120, "2026-11-30T11:00:00+03:00");
    // Sat duty 17-18 = 60, Sun 09:00 + 60.
    dueRow("critical from Saturday evening into Sunday duty", V, "2026-11-28T17:00:00+03:00", 120,
           "2026-11-29T10:00:00+03:00", true);
    dueRow("critical on a weekday holiday", V, "2026-11-04T08:00:00+03:00", 60,
           "2026-11-04T10:00:00+03:00", true);
    dueRow("not critical on a weekday holiday", V, "2026-11-04T08:00:00+03:00", 60,
           "2026-11-05T10:00:00+03:00");
    // Fri 19-20 = 60, Sat duty 09:00 + 60.
    dueRow("critical from Friday evening into Saturday duty", V, "2026-11-27T19:00:00+03:00", 120,
           "2026-11-28T10:00:00+03:00", true);
    dueRow("not critical from Friday evening", V, "2026-11-27T19:00:00+03:00", 120,
           "2026-11-30T10:00:00+03:00");
    dueRow("critical on a weekday night waits for the morning", V, "2026-11-30T19:30:00+03:00", 60,
           "2026-12-01T09:30:00+03:00", true);
    dueRow("critical duty closes at 18:00", V, "2026-11-29T17:52:00+03:00", 8,
           "2026-11-29T18:00:00+03:00", true);
    // Dec 31 (to 19:00) 18-19 = 60; Jan 1 duty 09:00 + 120.
    dueRow("critical through the New Year duty", V, "2026-12-31T18:00:00+03:00", 180,
           "2027-01-01T11:00:00+03:00", true);
    dueRow("not critical through the New Year", V, "2026-12-31T18:00:00+03:00", 180,
           "2027-01-11T11:00:00+03:00");
}

void addWithinOneDayDueRows()
{
    // Fri 15-24 = 540, Mon 00:00 + 900.
    dueRow("seed 001: within a day from Friday skips the weekend", W, "2026-11-27T15:00:00+03:00",
           1440, "2026-11-30T15:00:00+03:00");
    dueRow("within a day on a weekday", W, "2026-11-24T10:00:00+03:00", 1440,
           "2026-11-25T10:00:00+03:00");
    // Tue 12-24 = 720, Wed holiday, Thu 00:00 + 720.
    dueRow("within a day across a holiday", W, "2026-11-03T12:00:00+03:00", 1440,
           "2026-11-05T12:00:00+03:00");
    dueRow("within a day from Saturday ends at Tuesday midnight", W, "2026-11-28T12:00:00+03:00",
           1440, "2026-12-01T00:00:00+03:00");
    // Dec 31 18-24 = 360; Jan 1-10 off; Mon Jan 11 00:00 + 1080.
    dueRow("within a day across the New Year", W, "2026-12-31T18:00:00+03:00", 1440,
           "2027-01-11T18:00:00+03:00");
    dueRow("within a day from Friday midnight ends at Saturday midnight", W,
           "2026-11-27T00:00:00+03:00", 1440, "2026-11-28T00:00:00+03:00");
}

void addDstDueRows()
{
    // 2026-03-28T23:00Z + 23 h = 2026-03-29T22:00Z.
    dueRow("Berlin spring-forward day has 23 hours", BF, "2026-03-29T00:00:00+01:00", 1380,
           "2026-03-30T00:00:00+02:00");
    dueRow("Berlin spring-forward: an hour across the jump", BF, "2026-03-29T01:30:00+01:00", 60,
           "2026-03-29T03:30:00+02:00");
    // 2026-10-24T22:00Z + 25 h = 2026-10-25T23:00Z.
    dueRow("Berlin fall-back day has 25 hours", BF, "2026-10-25T00:00:00+02:00", 1500,
           "2026-10-26T00:00:00+01:00");
    dueRow("Berlin fall-back: an hour into the repeated hour", BF, "2026-10-25T02:30:00+02:00", 60,
           "2026-10-25T02:30:00+01:00");
    // 01:00+01:00 (00:00Z) to 04:00+02:00 (02:00Z): 2 real hours.
    dueRow("Berlin 01:00-04:00 on spring-forward day is 2 hours", BN, "2026-03-29T00:00:00+01:00",
           120, "2026-03-29T04:00:00+02:00");
    dueRow("Berlin 01:00-04:00 on spring-forward day, one minute more", BN,
           "2026-03-29T00:00:00+01:00", 121, "2026-03-30T01:01:00+02:00");
    // 01:00+02:00 (2026-10-24T23:00Z) to 04:00+01:00 (03:00Z): 4 real hours.
    dueRow("Berlin 01:00-04:00 on fall-back day is 4 hours", BN, "2026-10-25T00:00:00+02:00", 240,
           "2026-10-25T04:00:00+01:00");
    dueRow("Berlin 01:00-04:00 on fall-back day, 3 hours", BN, "2026-10-25T00:00:00+02:00", 180,
           "2026-10-25T03:00:00+01:00");
    // 23:00Z + 2 h = 01:00Z, the moment the clock goes back to 02:00.
    dueRow("Berlin 01:00-04:00 on fall-back day, 2 hours", BN, "2026-10-25T00:00:00+02:00", 120,
           "2026-10-25T02:00:00+01:00");
    // Mar 28 03-04 = 60; Mar 29 01:00+01:00 (00:00Z) + 60 = 01:00Z, shown as 03:00+02:00.
    dueRow("due on the spring-forward jump", BN, "2026-03-28T03:00:00+01:00", 120,
           "2026-03-29T03:00:00+02:00");
    dueRow("Berlin working week across spring-forward", BW, "2026-03-27T16:00:00+01:00", 120,
           "2026-03-30T10:00:00+02:00");
    dueRow("Berlin working week across fall-back", BW, "2026-10-23T16:00:00+02:00", 120,
           "2026-10-26T10:00:00+01:00");
}

void addHorizonDueRows()
{
    dueRow("no business time at all", NONE, "2026-01-01T00:00:00+03:00", 60, "");
    dueRow("no business time at all, zero minutes", NONE, "2026-01-01T00:00:00+03:00", 0, "");
    // Start in UTC year 2026: the search runs to the end of 2031.
    dueRow("business time at the horizon", Y2031, "2026-06-01T00:00:00+03:00", 60,
           "2031-06-02T11:00:00+03:00");
    dueRow("business time beyond the horizon", Y2031, "2025-06-01T00:00:00+03:00", 60, "");
    dueRow("negative minutes", M, "2026-11-25T10:00:00+03:00", -1, "");
}

void addElapsedRows()
{
    elapsedRow("a working day", M, "2026-11-25T09:00:00+03:00", "2026-11-25T17:00:00+03:00", 480);
    elapsedRow("seed 000: Friday 16:00 to Monday 15:00", M, "2026-11-27T16:00:00+03:00",
               "2026-11-30T15:00:00+03:00", 480);
    elapsedRow("to before from", M, "2026-11-30T15:00:00+03:00", "2026-11-27T16:00:00+03:00", 0);
    elapsedRow("to equals from", M, "2026-11-25T10:00:00+03:00", "2026-11-25T10:00:00+03:00", 0);
    // Dec 31 14-16 = 120, Jan 11 08-14 = 360.
    elapsedRow("across the New Year holidays", M, "2026-12-31T14:00:00+03:00",
               "2027-01-11T14:00:00+03:00", 480);
    elapsedRow("59 seconds round down to nothing", M, "2026-11-25T09:00:00+03:00",
               "2026-11-25T09:00:59+03:00", 0);
    elapsedRow("119 seconds round down to 1", M, "2026-11-25T09:00:00+03:00",
               "2026-11-25T09:01:59+03:00", 1);
    elapsedRow("a weekend only", M, "2026-11-28T10:00:00+03:00", "2026-11-29T18:00:00+03:00", 0);
    elapsedRow("a whole week", M, "2026-11-23T00:00:00+03:00", "2026-11-30T00:00:00+03:00", 2700);
    // Mon 540 + Tue (shortened) 480 + Wed holiday 0 + Thu 540 + Fri 540.
    elapsedRow("a week with a holiday and a shortened day", M, "2026-11-02T00:00:00+03:00",
               "2026-11-09T00:00:00+03:00", 2100);
    elapsedRow("shortened New Year's Eve", M, "2026-12-31T00:00:00+03:00",
               "2027-01-01T00:00:00+03:00", 480);
    elapsedRow("transferred working Saturday", M, "2027-11-06T00:00:00+03:00",
               "2027-11-07T00:00:00+03:00", 540);
    elapsedRow("instants in other zones", M, "2026-11-25T06:00:00Z", "2026-11-25T17:00:00+03:00",
               480);
    // Dec 30 540 + Dec 31 480 + Jan 11-13 1620 + Jan 14 08-09 60.
    elapsedRow("across the year end", M, "2026-12-30T08:00:00+03:00", "2027-01-14T09:00:00+03:00",
               2700);
}

void addPauseElapsedRows()
{
    elapsedRow("pause in business hours", M, "2026-11-25T09:00:00+03:00",
               "2026-11-25T17:00:00+03:00", 390, false,
               "2026-11-25T10:00:00+03:00/2026-11-25T11:30:00+03:00");
    // Wed 09-17 = 480 and Thu 08-09 = 60, untouched by the night pause.
    elapsedRow("pause outside business hours", M, "2026-11-25T09:00:00+03:00",
               "2026-11-26T09:00:00+03:00", 540, false,
               "2026-11-25T18:00:00+03:00/2026-11-26T07:00:00+03:00");
    elapsedRow("overlapping pauses count once", M, "2026-11-25T09:00:00+03:00",
               "2026-11-25T17:00:00+03:00", 360, false,
               "2026-11-25T11:00:00+03:00/2026-11-25T12:00:00+03:00;"
               "2026-11-25T10:00:00+03:00/2026-11-25T11:30:00+03:00");
    elapsedRow("pause reaching past the range", M, "2026-11-25T09:00:00+03:00",
               "2026-11-25T12:00:00+03:00", 120, false,
               "2026-11-25T11:00:00+03:00/2026-11-26T12:00:00+03:00");
    elapsedRow("pause covering the whole range", M, "2026-11-25T09:00:00+03:00",
               "2026-11-25T17:00:00+03:00", 0, false,
               "2026-11-25T08:00:00+03:00/2026-11-25T18:00:00+03:00");
}

void addDutyAndDstElapsedRows()
{
    elapsedRow("duty weekend, critical", V, "2026-11-28T00:00:00+03:00",
               "2026-11-30T00:00:00+03:00", 1080, true);
    elapsedRow("duty weekend, not critical", V, "2026-11-28T00:00:00+03:00",
               "2026-11-30T00:00:00+03:00", 0);
    elapsedRow("Friday evening into Saturday duty, critical", V, "2026-11-27T19:00:00+03:00",
               "2026-11-28T10:00:00+03:00", 120, true);
    elapsedRow("Friday evening into Saturday, not critical", V, "2026-11-27T19:00:00+03:00",
               "2026-11-28T10:00:00+03:00", 60);
    elapsedRow("holiday duty, critical", V, "2026-11-04T00:00:00+03:00",
               "2026-11-05T00:00:00+03:00", 540, true);
    elapsedRow("holiday, not critical", V, "2026-11-04T00:00:00+03:00", "2026-11-05T00:00:00+03:00",
               0);
    elapsedRow("within a day: Friday to Monday", W, "2026-11-27T15:00:00+03:00",
               "2026-11-30T15:00:00+03:00", 1440);
    elapsedRow("Berlin spring-forward day", BF, "2026-03-29T00:00:00+01:00",
               "2026-03-30T00:00:00+02:00", 1380);
    elapsedRow("Berlin fall-back day", BF, "2026-10-25T00:00:00+02:00", "2026-10-26T00:00:00+01:00",
               1500);
    // 00:00Z to 02:00Z: the repeated 02:00-03:00 passes twice.
    elapsedRow("Berlin repeated hour counts twice", BF, "2026-10-25T02:00:00+02:00",
               "2026-10-25T03:00:00+01:00", 120);
    elapsedRow("Berlin 01:00-04:00 on spring-forward day", BN, "2026-03-29T00:00:00+01:00",
               "2026-03-30T00:00:00+02:00", 120);
    elapsedRow("Berlin 01:00-04:00 on fall-back day", BN, "2026-10-25T00:00:00+02:00",
               "2026-10-26T00:00:00+01:00", 240);
    elapsedRow("Berlin 01:00-04:00 on an ordinary day", BN, "2026-03-28T00:00:00+01:00",
               "2026-03-29T00:00:00+01:00", 180);
    elapsedRow("lunch break", L, "2026-11-25T12:00:00+03:00", "2026-11-25T15:00:00+03:00", 120);
    elapsedRow("no business time", NONE, "2026-01-01T00:00:00+03:00", "2030-01-01T00:00:00+03:00",
               0);
}

} // namespace

class TestSlaClock final : public QObject
{
    Q_OBJECT

private slots:
    void due_data();
    void due();
    void elapsed_data();
    void elapsed();
    void isBusinessTime_data();
    void isBusinessTime();
    void elapsedUntilDueIsTheTarget_data();
    void elapsedUntilDueIsTheTarget();
    void millisecondApiAgreesWithDateTimeApi();
    void invalidInputs();
    void noBusinessTimeMessageNamesTheHorizon();
    void copiesAndThreadsAgree();

private:
    const SlaClock &clock(const QString &file);
    std::map<QString, SlaClock> m_clocks;
};

const SlaClock &TestSlaClock::clock(const QString &file)
{
    auto it = m_clocks.find(file);
    if (it == m_clocks.end()) {
        QFile source(sd::testing::sourcePath(file));
        if (!source.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        QString error;
        const auto calendar = BusinessCalendar::fromJson(source.readAll(), &error);
        if (!calendar)
            qFatal("%s: %s", qPrintable(file), qPrintable(error));
        it = m_clocks.emplace(file, SlaClock(*calendar)).first;
    }
    return it->second;
}

void TestSlaClock::due_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("minutes");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<QString>("expected"); // empty: no due

    addHolidayDueRows();
    addBoundaryDueRows();
    addLunchDueRows();
    addPauseDueRows();
    addDutyDueRows();
    addWithinOneDayDueRows();
    addDstDueRows();
    addHorizonDueRows();
}

void TestSlaClock::due()
{
    QFETCH(QString, file);
    QFETCH(QString, start);
    QFETCH(qint64, minutes);
    QFETCH(bool, critical);
    QFETCH(QString, pauses);
    QFETCH(QString, expected);

    const SlaClock &sla = clock(file);
    const QDateTime result = sla.due(at(start), minutes, critical, pausesFrom(pauses));
    if (expected.isEmpty()) {
        QVERIFY2(!result.isValid(), qPrintable(result.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(result.isValid());
    QCOMPARE(result.toString(Qt::ISODate), expected);
    QCOMPARE(result, at(expected));
    QCOMPARE(result.timeZone(), sla.calendar().timeZone());
}

void TestSlaClock::elapsed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<QString>("pauses");
    QTest::addColumn<qint64>("expected");

    addElapsedRows();
    addPauseElapsedRows();
    addDutyAndDstElapsedRows();
}

void TestSlaClock::elapsed()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, critical);
    QFETCH(QString, pauses);
    QFETCH(qint64, expected);

    QCOMPARE(clock(file).elapsed(at(from), at(to), critical, pausesFrom(pauses)), expected);
}

void TestSlaClock::isBusinessTime_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("critical");
    QTest::addColumn<bool>("expected");

    QTest::addRow("at opening") << M << u"2026-11-25T08:00:00+03:00"_s << false << true;
    QTest::addRow("last second") << M << u"2026-11-25T16:59:59+03:00"_s << false << true;
    QTest::addRow("at closing") << M << u"2026-11-25T17:00:00+03:00"_s << false << false;
    QTest::addRow("holiday") << M << u"2026-11-04T12:00:00+03:00"_s << false << false;
    QTest::addRow("duty, critical") << V << u"2026-11-29T12:00:00+03:00"_s << true << true;
    QTest::addRow("duty, not critical") << V << u"2026-11-29T12:00:00+03:00"_s << false << false;
}

void TestSlaClock::isBusinessTime()
{
    QFETCH(QString, file);
    QFETCH(QString, instant);
    QFETCH(bool, critical);
    QFETCH(bool, expected);

    QCOMPARE(clock(file).isBusinessTime(at(instant), critical), expected);
}

void TestSlaClock::elapsedUntilDueIsTheTarget_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("critical");
    for (const QString &file : {M, V, W, L, BF, BN, BW})
        for (const bool critical : {false, true})
            QTest::addRow("%s%s", qPrintable(file.section(u'/', -1)), critical ? " critical" : "")
                << file << critical;
}

// A property over many starts (every 7 h 13 min through 2026, crossing both DST changes,
// holidays and closings): counting the business minutes up to a due gives back the target.
void TestSlaClock::elapsedUntilDueIsTheTarget()
{
    QFETCH(QString, file);
    QFETCH(bool, critical);

    const SlaClock &sla = clock(file);
    const QList<SlaClock::Pause> pauses{
        {at(u"2026-06-10T10:00:00Z"_s), at(u"2026-06-12T00:00:00Z"_s)}};
    for (QDateTime start = at(u"2026-01-01T00:00:00Z"_s); start.date().year() == 2026;
         start = start.addSecs(7 * 3600 + 13 * 60)) {
        for (const qint64 minutes : {1, 8, 480, 1440, 1620}) {
            const QDateTime due = sla.due(start, minutes, critical, pauses);
            QVERIFY2(due.isValid(), qPrintable(start.toString(Qt::ISODate)));
            QCOMPARE(sla.elapsed(start, due, critical, pauses), minutes);
            QVERIFY(sla.elapsed(start, due.addSecs(-1), critical, pauses) < minutes);
        }
    }
}

void TestSlaClock::millisecondApiAgreesWithDateTimeApi()
{
    const SlaClock &sla = clock(M);
    const QDateTime start = at(u"2026-11-27T16:00:00+03:00"_s);
    const std::optional<qint64> due = sla.dueMSecs(start.toMSecsSinceEpoch(), 480);
    QVERIFY(due);
    QCOMPARE(*due, at(u"2026-11-30T15:00:00+03:00"_s).toMSecsSinceEpoch());
    const SlaClock::MSecsPause pause{at(u"2026-11-30T09:00:00+03:00"_s).toMSecsSinceEpoch(),
                                     at(u"2026-11-30T09:00:30+03:00"_s).toMSecsSinceEpoch()};
    QCOMPARE(sla.businessMSecs(start.toMSecsSinceEpoch(), *due, false, {&pause, 1}),
             480 * 60000 - 30000);
    QCOMPARE(sla.dueMSecs(start.toMSecsSinceEpoch(), 480, false, {&pause, 1}).value_or(0),
             *due + 30000);
}

void TestSlaClock::invalidInputs()
{
    const SlaClock &sla = clock(M);
    const QDateTime valid = at(u"2026-11-25T10:00:00+03:00"_s);
    QVERIFY(!sla.due(QDateTime(), 60).isValid());
    QCOMPARE(sla.elapsed(QDateTime(), valid), 0);
    QCOMPARE(sla.elapsed(valid, QDateTime()), 0);
    QVERIFY(!sla.isBusinessTime(QDateTime()));
    // A pause that has not ended is ignored rather than stopping the clock for ever.
    const QList<SlaClock::Pause> open{{valid, QDateTime()}};
    QCOMPARE(sla.due(valid, 60, false, open), at(u"2026-11-25T11:00:00+03:00"_s));
    // Outside the supported years there is no business time.
    QVERIFY(!sla.due(at(u"2250-01-05T10:00:00+03:00"_s), 60).isValid());
}

void TestSlaClock::noBusinessTimeMessageNamesTheHorizon()
{
    QVERIFY(SlaClock::noBusinessTimeMessage().contains(QString::number(SlaClock::HorizonYears)));
}

// Years are built lazily on first use; several threads asking for the same new years at once
// must all see the same complete data as a single-threaded clock.
void TestSlaClock::copiesAndThreadsAgree()
{
    const SlaClock reference = clock(V);
    QList<QDateTime> starts;
    for (int i = 0; i < 400; ++i)
        starts.append(at(u"2030-01-01T00:00:00Z"_s).addSecs(i * 86413));
    QList<QDateTime> expected;
    for (const QDateTime &start : std::as_const(starts))
        expected.append(reference.due(start, 1440, true));

    QFile source(sd::testing::sourcePath(V));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const SlaClock fresh(*BusinessCalendar::fromJson(source.readAll()));
    std::vector<QList<QDateTime>> results(4);
    std::vector<std::thread> threads;
    for (auto &result : results)
        threads.emplace_back([copy = fresh, &starts, &result] {
            for (const QDateTime &start : starts)
                result.append(copy.due(start, 1440, true));
        });
    for (auto &thread : threads)
        thread.join();
    for (const auto &result : results)
        QCOMPARE(result, expected);
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "testslaclock.moc"
