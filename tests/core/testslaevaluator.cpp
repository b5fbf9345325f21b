#include "core/businesscalendar.h"
#include "core/slaevaluator.h"
#include "sourcetree.h"

#include <QFile>
#include <QtTest>
#include <string>
#include <vector>

using sd::core::BusinessCalendar;
using sd::core::SlaClock;
using sd::core::SlaEvaluator;
using sd::core::SlaExchange;
using sd::core::SlaFacts;
using sd::core::SlaPolicy;
using sd::core::SlaStop;
using sd::core::SlaTarget;

// Every expectation was worked out by hand; the comments show the arithmetic. Times are wall
// clock in Moscow. M = 08:00-17:00 Moscow weekdays with the Russian holidays of
// resources/calendars/moscow-08-17.json (2026-11-03 shortened to 16:00, 2026-11-04 holiday,
// 2027-11-06 a working Saturday); V = 09:00-20:00 weekdays with a 09:00-18:00 duty on weekends
// (seed 001). 2026-11-25 is a Wednesday. The policy is "FR/NR/RES" minutes, pausing
// pending_customer; warnings at 80 % (rounded up to whole minutes).
//
// A target reads "kind state used/budget [due T] [warn T] [met T] [cycle N] [breached]
// [reason R]", targets joined by " | ".
namespace {

const QString M = QStringLiteral("resources/calendars/moscow-08-17.json");
const QString V = QStringLiteral("resources/calendars/vetmanager-09-20-duty.json");
const QTimeZone Moscow("Europe/Moscow");

QDateTime at(const QString &local)
{
    if (local.isEmpty())
        return {};
    QDateTime result = QDateTime::fromString(local, QStringLiteral("yyyy-MM-ddTHH:mm"));
    result.setTimeZone(Moscow);
    if (!result.isValid())
        qFatal("bad time in test data: %s", qPrintable(local));
    return result;
}

QString shown(const QDateTime &time)
{
    return time.toTimeZone(Moscow).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString describe(const SlaTarget &t)
{
    QStringList parts{sd::core::toString(t.kind), sd::core::toString(t.state),
                      QStringLiteral("%1/%2").arg(t.usedMinutes).arg(t.budgetMinutes)};
    const std::pair<const char *, QDateTime> times[] = {
        {"due", t.dueAt}, {"warn", t.warnAt}, {"met", t.metAt}};
    for (const auto &[name, time] : times)
        if (time.isValid())
            parts << QString::fromLatin1(name) << shown(time);
    if (t.cycle > 0)
        parts << QStringLiteral("cycle") << QString::number(t.cycle);
    if (t.breached)
        parts << QStringLiteral("breached");
    if (!t.pausedReason.isEmpty())
        parts << QStringLiteral("reason") << t.pausedReason;
    return parts.join(u' ');
}

SlaClock clockOf(const QString &file)
{
    QFile source(sd::testing::sourcePath(file));
    if (!source.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    QString error;
    const auto calendar = BusinessCalendar::fromJson(source.readAll(), &error);
    if (!calendar)
        qFatal("bad calendar %s: %s", qPrintable(file), qPrintable(error));
    return SlaClock(*calendar);
}

SlaPolicy policyOf(const QString &minutes)
{
    const QStringList parts = minutes.split(u'/');
    SlaPolicy policy;
    policy.id = 7;
    policy.firstResponseMinutes = parts.at(0).toInt();
    policy.nextResponseMinutes = parts.at(1).toInt();
    policy.resolutionMinutes = parts.at(2).toInt();
    return policy;
}

// "FROM/TO/REASON;..." with an empty TO for a stop that still stands.
QList<SlaStop> stopsOf(const QString &text)
{
    QList<SlaStop> stops;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'/');
        stops.append({at(parts.at(0)), at(parts.at(1)), parts.at(2)});
    }
    return stops;
}

// "c@TIME;s@TIME": customer or staff.
QList<SlaExchange> exchangesOf(const QString &text)
{
    QList<SlaExchange> exchanges;
    for (const QString &item : text.split(u';', Qt::SkipEmptyParts))
        exchanges.append({at(item.mid(2)), item.startsWith(u's')});
    return exchanges;
}

struct Row
{
    std::string name = {};
    std::string calendar = "M";
    std::string policy = "480/240/1620";
    std::string priority = "normal";
    std::string status = "open";
    std::string created = "2026-11-25T10:00";
    std::string firstResponse = {};
    std::string resolved = {};
    std::string stops = {};
    std::string exchanges = {};
    std::string now = {};
    std::vector<std::string> expected = {};
};

void add(const Row &row)
{
    std::string expected;
    for (const std::string &target : row.expected)
        expected += (expected.empty() ? "" : " | ") + target;
    const auto q = [](const std::string &text) { return QString::fromStdString(text); };
    QTest::addRow("%s", row.name.c_str())
        << (row.calendar == "V" ? V : M) << q(row.policy) << q(row.priority) << q(row.status)
        << q(row.created) << q(row.firstResponse) << q(row.resolved) << q(row.stops)
        << q(row.exchanges) << q(row.now) << q(expected);
}

// Wed 10:00 + 480 = Wed 420 + Thu 08:00 + 60 -> Thu 09:00; its warning after 384: Wed 16:24.
// Resolution 1620 = Wed 420 + Thu 540 + Fri 540 + Mon 08:00 + 120 -> Mon 10:00; its warning
// after 1296: Wed 420 + Thu 540 + Fri 08:00 + 336 -> Fri 13:36.
const std::string FirstDue = "due 2026-11-26T09:00";
const std::string Resolution = "due 2026-11-30T10:00 warn 2026-11-27T13:36";
const std::string FirstMet = "first_response met 60/480 " + FirstDue + " met 2026-11-25T11:00";

} // namespace

class TestSlaEvaluator : public QObject
{
    Q_OBJECT

    static void addConversationRows();
    static void addPauseRows();
    static void addCalendarRows();
    static void addResolutionRows();

private slots:
    void evaluates_data();
    void evaluates();
    void warnShareIsConfigurable_data();
    void warnShareIsConfigurable();
    void cycles_data();
    void cycles();
    void asOfTurnsOverdueRunningTargetsBreached();
};

void TestSlaEvaluator::evaluates_data()
{
    for (const char *column :
         {"calendar", "policy", "priority", "status", "created", "firstResponse", "resolved",
          "stops", "exchanges", "now", "expected"})
        QTest::addColumn<QString>(column);
    addConversationRows();
    addPauseRows();
    addCalendarRows();
    addResolutionRows();
}

void TestSlaEvaluator::addConversationRows()
{
    add({.name = "new ticket: both clocks run",
         .status = "new",
         .exchanges = "c@2026-11-25T10:00",
         .now = "2026-11-25T12:30",
         .expected = {"first_response running 150/480 " + FirstDue + " warn 2026-11-25T16:24",
                      "resolution running 150/1620 " + Resolution}});
    // Next response from Wed 16:00: Wed 60 + Thu 08:00 + 180 -> 11:00; warning after 192:
    // Thu 10:12. Used by Thu 09:00: 60 + 60; resolution 420 + 60.
    add({.name = "first reply meets first response, customer message starts cycle 1",
         .firstResponse = "2026-11-25T11:00",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T16:00",
         .now = "2026-11-26T09:00",
         .expected = {FirstMet,
                      "next_response running 120/240 due 2026-11-26T11:00 warn "
                      "2026-11-26T10:12 cycle 1",
                      "resolution running 480/1620 " + Resolution}});
    // Cycle 2 from Wed 14:00 (the 14:30 message waits in the same cycle): Wed 180 + Thu 60
    // -> 09:00, warning Wed 180 + 12 -> Thu 08:12.
    add({.name = "an answered cycle, then the next customer message starts cycle 2",
         .firstResponse = "2026-11-25T11:00",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T12:00;"
                      "s@2026-11-25T13:00;c@2026-11-25T14:00;c@2026-11-25T14:30",
         .now = "2026-11-25T15:00",
         .expected = {FirstMet,
                      "next_response running 60/240 due 2026-11-26T09:00 warn "
                      "2026-11-26T08:12 cycle 2",
                      "resolution running 300/1620 " + Resolution}});
    add({.name = "staff reply meets the next response",
         .firstResponse = "2026-11-25T11:00",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T12:00;"
                      "s@2026-11-25T13:30",
         .now = "2026-11-25T15:00",
         .expected = {FirstMet,
                      "next_response met 90/240 due 2026-11-25T16:00 met 2026-11-25T13:30 cycle 1",
                      "resolution running 300/1620 " + Resolution}});
    add({.name = "no next-response target when the policy sets none",
         .policy = "480/0/1620",
         .firstResponse = "2026-11-25T11:00",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T12:00",
         .now = "2026-11-25T15:00",
         .expected = {FirstMet, "resolution running 300/1620 " + Resolution}});
    add({.name = "breached, then met late: stays breached",
         .firstResponse = "2026-11-26T12:00",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-26T12:00",
         .now = "2026-11-26T13:00",
         .expected = {"first_response met 660/480 " + FirstDue + " met 2026-11-26T12:00 breached",
                      "resolution running 720/1620 " + Resolution}});
    add({.name = "running past its due is breached",
         .status = "new",
         .exchanges = "c@2026-11-25T10:00",
         .now = "2026-11-26T10:00",
         .expected = {"first_response breached 540/480 " + FirstDue +
                          " warn 2026-11-25T16:24 breached",
                      "resolution running 540/1620 " + Resolution}});
}

void TestSlaEvaluator::addPauseRows()
{
    add({.name = "pending_customer pauses what still runs",
         .status = "pending_customer",
         .firstResponse = "2026-11-25T11:00",
         .stops = "2026-11-25T11:00//pending_customer",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00",
         .now = "2026-11-26T15:00",
         .expected = {FirstMet, "resolution paused 60/1620 reason pending_customer"}});
    // Resolution: 60 before the pause, then Fri 10-17 420, Mon 540, Tue 540 -> 1560, Wed
    // 08:00 + 60; warning after 1296: 1020 by Mon, Tue 08:00 + 276 -> 12:36. Next response
    // from Fri 10:00 + 240 -> 14:00, warning 13:12.
    add({.name = "the customer's reply resumes the clocks",
         .firstResponse = "2026-11-25T11:00",
         .stops = "2026-11-25T11:00/2026-11-27T10:00/pending_customer",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-27T10:00",
         .now = "2026-11-27T11:00",
         .expected = {FirstMet,
                      "next_response running 60/240 due 2026-11-27T14:00 warn "
                      "2026-11-27T13:12 cycle 1",
                      "resolution running 120/1620 due 2026-12-02T09:00 warn "
                      "2026-12-01T12:36"}});
    add({.name = "pending before any reply pauses the first response",
         .status = "pending_customer",
         .stops = "2026-11-25T12:00//pending_customer",
         .exchanges = "c@2026-11-25T10:00",
         .now = "2026-11-30T10:00",
         .expected = {"first_response paused 120/480 reason pending_customer",
                      "resolution paused 120/1620 reason pending_customer"}});
    // First response due Thu 09:00, paused at Thu 10:00: Wed 420 + Thu 120 used.
    add({.name = "paused after its due stays breached",
         .status = "pending_customer",
         .stops = "2026-11-26T10:00//pending_customer",
         .exchanges = "c@2026-11-25T10:00",
         .now = "2026-11-27T10:00",
         .expected = {"first_response paused 540/480 breached reason pending_customer",
                      "resolution paused 540/1620 reason pending_customer"}});
    // Two pauses (Wed 11-12, Thu 08-10) move the first response from Thu 09:00 by 180
    // business minutes: Wed 10-11 60 + 12-17 300, Thu 10:00 + 120 -> 12:00; warning after
    // 384: 360 + 24 -> Thu 10:24.
    add({.name = "closed pauses move the due",
         .status = "new",
         .stops = "2026-11-25T11:00/2026-11-25T12:00/pending_customer;"
                  "2026-11-26T08:00/2026-11-26T10:00/pending_customer",
         .exchanges = "c@2026-11-25T10:00",
         .now = "2026-11-26T11:00",
         .expected = {"first_response running 420/480 due 2026-11-26T12:00 warn 2026-11-26T10:24",
                      "resolution running 420/1620 due 2026-11-30T13:00 warn "
                      "2026-11-27T16:36"}});
}

void TestSlaEvaluator::addCalendarRows()
{
    // V, Fri 19:00: normal counts Fri 19-20 = 60, Mon 09:00 + 60 -> 10:00 (warning 96: Mon
    // 09:36); resolution Fri 60 + Mon 660 + Tue 660 = 1380, Wed 09:00 + 240 -> 13:00
    // (warning 1296: Tue 09:00 + 576 -> 18:36). Critical adds the weekend duty 09-18: first
    // response Sat 09:00 + 60 -> 10:00 (warning Sat 09:36); resolution Fri 60 + Sat 540 +
    // Sun 540 = 1140, Mon 09:00 + 480 -> 17:00 (warning 1296: Mon 09:00 + 156 -> 11:36).
    add({.name = "normal priority waits for Monday",
         .calendar = "V",
         .policy = "120/0/1620",
         .created = "2026-11-27T19:00",
         .now = "2026-11-27T19:30",
         .expected = {"first_response running 30/120 due 2026-11-30T10:00 warn 2026-11-30T09:36",
                      "resolution running 30/1620 due 2026-12-02T13:00 warn 2026-12-01T18:36"}});
    add({.name = "raised to critical: the weekend duty counts",
         .calendar = "V",
         .policy = "120/0/1620",
         .priority = "critical",
         .created = "2026-11-27T19:00",
         .now = "2026-11-27T19:30",
         .expected = {"first_response running 30/120 due 2026-11-28T10:00 warn 2026-11-28T09:36",
                      "resolution running 30/1620 due 2026-11-30T17:00 warn 2026-11-30T11:36"}});
    // Tue 2026-11-03 closes at 16:00, Nov 4 is a holiday: 60 + Thu 08:00 + 60 -> 09:00
    // (warning 96: Thu 08:36); resolution 60 + Thu 540 + Fri 540 = 1140, Mon Nov 9 08:00 +
    // 480 -> 16:00 (warning 1296: Mon 08:00 + 156 -> 10:36).
    add({.name = "a shortened day and a holiday",
         .policy = "120/0/1620",
         .created = "2026-11-03T15:00",
         .now = "2026-11-03T15:30",
         .expected = {"first_response running 30/120 due 2026-11-05T09:00 warn 2026-11-05T08:36",
                      "resolution running 30/1620 due 2026-11-09T16:00 warn 2026-11-09T10:36"}});
    // Fri 2027-11-05 16-17 = 60; Saturday Nov 6 is a working day: 08:00 + 60 -> 09:00
    // (warning Sat 08:36); resolution 60 + Sat 540 + Mon 540 = 1140, Tue 08:00 + 480 -> 16:00
    // (warning Tue 10:36).
    add({.name = "a transferred working Saturday",
         .policy = "120/0/1620",
         .created = "2027-11-05T16:00",
         .now = "2027-11-05T16:30",
         .expected = {"first_response running 30/120 due 2027-11-06T09:00 warn 2027-11-06T08:36",
                      "resolution running 30/1620 due 2027-11-09T16:00 warn 2027-11-09T10:36"}});
}

void TestSlaEvaluator::addResolutionRows()
{
    add({.name = "resolved in time: resolution met",
         .status = "resolved",
         .firstResponse = "2026-11-25T11:00",
         .resolved = "2026-11-25T13:00",
         .stops = "2026-11-25T13:00//resolved",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00",
         .now = "2026-11-27T10:00",
         .expected = {FirstMet, "resolution met 180/1620 " + std::string("due 2026-11-30T10:00") +
                                    " met 2026-11-25T13:00"}});
    add({.name = "closed without a reply: the resolution answers the first response",
         .status = "closed",
         .resolved = "2026-11-25T12:00",
         .stops = "2026-11-25T12:00//closed",
         .exchanges = "c@2026-11-25T10:00",
         .now = "2026-11-26T10:00",
         .expected = {"first_response met 120/480 " + FirstDue + " met 2026-11-25T12:00",
                      "resolution met 120/1620 due 2026-11-30T10:00 met 2026-11-25T12:00"}});
    // Wed 420 + Thu 540 + Fri 540 + Mon 540 + Tue 08-12 240.
    add({.name = "resolved late is breached",
         .status = "resolved",
         .firstResponse = "2026-11-25T11:00",
         .resolved = "2026-12-01T12:00",
         .stops = "2026-12-01T12:00//resolved",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00",
         .now = "2026-12-01T13:00",
         .expected = {FirstMet, "resolution met 2280/1620 due 2026-11-30T10:00 met "
                                "2026-12-01T12:00 breached"}});
    // Resolved Wed 13:00 after 180 minutes, reopened by the customer Mon 10:00: 1440 left,
    // Mon 10-17 420, Tue 540, Wed 08:00 + 480 -> 16:00 (warning 1296: 180 + 420 + 540 = 1140,
    // Wed 08:00 + 156 -> 10:36); used 180 + Mon 10-11 60. The customer's message starts
    // next response cycle 1: Mon 10:00 + 240 -> 14:00.
    add({.name = "reopen continues with the minutes used before",
         .firstResponse = "2026-11-25T11:00",
         .stops = "2026-11-25T13:00/2026-11-30T10:00/resolved",
         .exchanges = "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-30T10:00",
         .now = "2026-11-30T11:00",
         .expected = {FirstMet,
                      "next_response running 60/240 due 2026-11-30T14:00 warn "
                      "2026-11-30T13:12 cycle 1",
                      "resolution running 240/1620 due 2026-12-02T16:00 warn "
                      "2026-12-02T10:36"}});
}

void TestSlaEvaluator::evaluates()
{
    QFETCH(QString, calendar);
    QFETCH(QString, policy);
    QFETCH(QString, priority);
    QFETCH(QString, status);
    QFETCH(QString, created);
    QFETCH(QString, firstResponse);
    QFETCH(QString, resolved);
    QFETCH(QString, stops);
    QFETCH(QString, exchanges);
    QFETCH(QString, now);
    QFETCH(QString, expected);
    SlaFacts facts;
    facts.createdAt = at(created);
    facts.priority = sd::core::fromString<sd::core::Priority>(priority).value();
    facts.status = sd::core::fromString<sd::core::TicketStatus>(status).value();
    facts.firstResponseAt = at(firstResponse);
    facts.resolvedAt = at(resolved);
    facts.stops = stopsOf(stops);
    facts.exchanges = exchangesOf(exchanges);
    const SlaEvaluator evaluator(clockOf(calendar), policyOf(policy));
    QStringList got;
    for (const SlaTarget &target : evaluator.evaluate(facts, at(now))) {
        QCOMPARE(target.policyId, 7);
        got << describe(target);
    }
    QCOMPARE(got.join(u" | "), expected);
}

void TestSlaEvaluator::warnShareIsConfigurable_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("warn");
    // First response 480 from Wed 10:00.
    QTest::addRow("half") << 0.5 << QStringLiteral("2026-11-25T14:00");
    QTest::addRow("default 80 percent")
        << SlaEvaluator::DefaultWarnShare << QStringLiteral("2026-11-25T16:24");
    QTest::addRow("whole budget") << 1.0 << QStringLiteral("2026-11-26T09:00");
    QTest::addRow("above 1 is the due") << 1.5 << QStringLiteral("2026-11-26T09:00");
    // 480 x 0.333 = 159.84, rounded up to 160: 12:40.
    QTest::addRow("a third, rounded up") << 0.333 << QStringLiteral("2026-11-25T12:40");
}

void TestSlaEvaluator::warnShareIsConfigurable()
{
    QFETCH(double, share);
    QFETCH(QString, warn);
    SlaFacts facts;
    facts.createdAt = at(QStringLiteral("2026-11-25T10:00"));
    const SlaEvaluator evaluator(clockOf(M), policyOf(QStringLiteral("480/0/1620")), share);
    const QList<SlaTarget> targets =
        evaluator.evaluate(facts, at(QStringLiteral("2026-11-25T10:30")));
    QCOMPARE(targets.size(), 2);
    QCOMPARE(shown(targets.first().warnAt), warn);
}

void TestSlaEvaluator::cycles_data()
{
    QTest::addColumn<QString>("exchanges");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("started");
    QTest::addColumn<QString>("answered");
    QTest::addRow("only the request")
        << QStringLiteral("c@2026-11-25T10:00") << 0 << QString() << QString();
    QTest::addRow("customer writes twice before any answer")
        << QStringLiteral("c@2026-11-25T10:00;c@2026-11-25T11:00") << 0 << QString() << QString();
    QTest::addRow("answered request")
        << QStringLiteral("c@2026-11-25T10:00;s@2026-11-25T11:00") << 0 << QString() << QString();
    QTest::addRow("waiting in cycle 1")
        << QStringLiteral("c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T12:00;"
                          "c@2026-11-25T12:30")
        << 1 << QStringLiteral("2026-11-25T12:00") << QString();
    QTest::addRow("two staff messages answer one cycle")
        << QStringLiteral("c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T12:00;"
                          "s@2026-11-25T13:00;s@2026-11-25T13:10")
        << 1 << QStringLiteral("2026-11-25T12:00") << QStringLiteral("2026-11-25T13:00");
    QTest::addRow("third cycle") << QStringLiteral(
                                        "c@2026-11-25T10:00;s@2026-11-25T11:00;c@2026-11-25T12:00;"
                                        "s@2026-11-25T13:00;c@2026-11-25T14:00;s@2026-11-25T15:00;"
                                        "c@2026-11-25T16:00")
                                 << 3 << QStringLiteral("2026-11-25T16:00") << QString();
    QTest::addRow("staff wrote first (phone call logged before the request)")
        << QStringLiteral("s@2026-11-25T09:00;c@2026-11-25T10:00") << 1
        << QStringLiteral("2026-11-25T10:00") << QString();
}

void TestSlaEvaluator::cycles()
{
    QFETCH(QString, exchanges);
    QFETCH(int, number);
    QFETCH(QString, started);
    QFETCH(QString, answered);
    const SlaEvaluator::Cycle cycle = SlaEvaluator::currentCycle(exchangesOf(exchanges));
    QCOMPARE(cycle.number, number);
    QCOMPARE(cycle.startedAt, at(started));
    QCOMPARE(cycle.answeredAt, at(answered));
}

void TestSlaEvaluator::asOfTurnsOverdueRunningTargetsBreached()
{
    SlaTarget running;
    running.state = sd::core::SlaTargetState::Running;
    running.dueAt = at(QStringLiteral("2026-11-26T09:00"));
    const SlaTarget before = SlaEvaluator::asOf(running, at(QStringLiteral("2026-11-26T09:00")));
    QCOMPARE(describe(before), describe(running));
    const SlaTarget after = SlaEvaluator::asOf(running, at(QStringLiteral("2026-11-26T09:01")));
    QVERIFY(after.state == sd::core::SlaTargetState::Breached);
    QVERIFY(after.breached);
    SlaTarget met = running;
    met.state = sd::core::SlaTargetState::Met;
    QVERIFY(SlaEvaluator::asOf(met, at(QStringLiteral("2026-11-27T09:00"))) == met);
}

QTEST_GUILESS_MAIN(TestSlaEvaluator)
#include "testslaevaluator.moc"
