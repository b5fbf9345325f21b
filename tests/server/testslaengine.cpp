// The server's SLA engine against a real database (the backend named by SD_TEST_BACKEND) with
// the default calendar and policies of migration 5, at fixed instants. Every expectation was
// worked out by hand; times are Moscow wall clock. Default calendar: 08:00-17:00 Mon-Fri with
// the Russian holidays (2026-11-04 holiday, 2026-12-31 shortened to 16:00, 2027-01-01..08
// holidays). Default policies (first/next/resolution): question normal 480/480/1620, high
// 240/240/1080, critical 60/60/540; incident normal 240/240/2700. 2026-11-25 is a Wednesday.
//
// Targets read "kind state used/budget [due T] [met T] [cycle N] [breached] [reason R]",
// joined by " | ".
#include "core/ticketworkflow.h"
#include "sampledata.h"
#include "server/slaengine.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/slapauserepository.h"
#include "storage/slatargetrepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using core::Category;
using core::Priority;
using core::TicketStatus;

namespace {

const QTimeZone Moscow("Europe/Moscow");

QDateTime at(const QString &local)
{
    QDateTime result = QDateTime::fromString(local, QStringLiteral("yyyy-MM-ddTHH:mm"));
    result.setTimeZone(Moscow);
    if (!result.isValid())
        qFatal("bad time in test data: %s", qPrintable(local));
    return result.toUTC();
}

QDateTime at(const char *local)
{
    return at(QString::fromLatin1(local));
}

QString shown(const QDateTime &time)
{
    return time.toTimeZone(Moscow).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString describe(const QList<core::SlaTarget> &targets)
{
    QStringList all;
    for (const core::SlaTarget &t : targets) {
        QStringList parts{core::toString(t.kind), core::toString(t.state),
                          QStringLiteral("%1/%2").arg(t.usedMinutes).arg(t.budgetMinutes)};
        if (t.dueAt.isValid())
            parts << QStringLiteral("due") << shown(t.dueAt);
        if (t.metAt.isValid())
            parts << QStringLiteral("met") << shown(t.metAt);
        if (t.cycle > 0)
            parts << QStringLiteral("cycle") << QString::number(t.cycle);
        if (t.breached)
            parts << QStringLiteral("breached");
        if (!t.pausedReason.isEmpty())
            parts << QStringLiteral("reason") << t.pausedReason;
        all << parts.join(u' ');
    }
    return all.join(QStringLiteral(" | "));
}

} // namespace

class TestSlaEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsOnTheDefaultCalendar_data();
    void startsOnTheDefaultCalendar();
    void pausesAndRecomputes();
    void answersResolvesAndReopens();
    void mergedDuplicateStopsItsClocks();

private:
    core::Ticket create(Category category, Priority priority, const QDateTime &createdAt);
    core::Ticket setStatus(core::Ticket ticket, TicketStatus status, const QDateTime &now);
    void post(core::Ticket &ticket, core::MessageKind kind, const QDateTime &when);
    QString stored(qint64 ticketId);
    void checkDues(qint64 ticketId);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
    core::Ticket m_life; // followed from pausesAndRecomputes into answersResolvesAndReopens
};

void TestSlaEngine::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestSlaEngine::cleanupTestCase()
{
    m_db.reset();
}

// As the API creates a ticket: the ticket, its first (customer) message, the engine's start.
core::Ticket TestSlaEngine::create(Category category, Priority priority, const QDateTime &createdAt)
{
    core::Ticket ticket = testing::sampleTicket(testing::uniqueName(QStringLiteral("SLA ")));
    ticket.category = category;
    ticket.priority = priority;
    ticket.createdAt = createdAt;
    storage::Transaction tx(*m_db);
    auto created = storage::TicketRepository(*m_db).create(ticket, 0);
    if (!created)
        qFatal("create: %s", qPrintable(created.error().message));
    const core::Message first =
        testing::sampleMessage(created->id, core::MessageKind::Customer, ticket.description);
    if (!storage::MessageRepository(*m_db).appendFirst(first, created.value()))
        qFatal("create: no first message");
    auto started = server::SlaEngine(*m_db).start(created.value(), {{createdAt, false}}, createdAt);
    if (!started || !tx.commit())
        qFatal("start: not started");
    return started->ticket;
}

// As PATCH does: the update, then the engine.
core::Ticket TestSlaEngine::setStatus(core::Ticket ticket, TicketStatus status,
                                      const QDateTime &now)
{
    storage::Transaction tx(*m_db);
    const int version = ticket.version;
    ticket.status = status;
    ticket.resolution =
        core::TicketWorkflow::isDone(status) ? core::Resolution::Answered : core::Resolution::None;
    ticket.resolvedAt = core::TicketWorkflow::isDone(status) ? now : QDateTime();
    auto updated = storage::TicketRepository(*m_db).update(ticket, version, 0);
    if (!updated)
        qFatal("update: %s", qPrintable(updated.error().message));
    auto sla = server::SlaEngine(*m_db).recompute(updated->ticket, now);
    if (!sla || !tx.commit())
        qFatal("status: not recomputed");
    return sla->ticket;
}

// As a message does: a staff reply records the first response, a customer's message
// resumes a waiting ticket or reopens a resolved one.
void TestSlaEngine::post(core::Ticket &ticket, core::MessageKind kind, const QDateTime &when)
{
    storage::Transaction tx(*m_db);
    core::Message message = testing::sampleMessage(ticket.id, kind, QStringLiteral("text"));
    message.createdAt = when;
    if (auto appended = storage::MessageRepository(*m_db).append(message); !appended)
        qFatal("message: %s", qPrintable(appended.error().message));
    storage::TicketRepository tickets(*m_db);
    if (kind != core::MessageKind::Customer && !ticket.firstResponseAt.isValid())
        ticket = tickets.recordFirstResponse(ticket.id, when, 0).value();
    if (kind == core::MessageKind::Customer && ticket.status != TicketStatus::Open) {
        ticket = setStatus(ticket, TicketStatus::Open, when);
    } else {
        auto sla =
            server::SlaEngine(*m_db).recompute(ticket, when, server::SlaEngine::Feed::Announce);
        if (!sla)
            qFatal("recompute: %s", qPrintable(sla.error().message));
        ticket = sla->ticket;
    }
    if (!tx.commit())
        qFatal("message: not committed");
}

QString TestSlaEngine::stored(qint64 ticketId)
{
    const auto targets = storage::SlaTargetRepository(*m_db).forTicket(ticketId);
    if (!targets)
        qFatal("targets: %s", qPrintable(targets.error().message));
    return describe(targets.value());
}

// The tickets table repeats the first-response and resolution dues (NULL while paused).
void TestSlaEngine::checkDues(qint64 ticketId)
{
    const auto targets = storage::SlaTargetRepository(*m_db).forTicket(ticketId);
    const auto ticket = storage::TicketRepository(*m_db).get(ticketId);
    QVERIFY(targets && ticket);
    for (const core::SlaTarget &target : targets.value()) {
        if (target.kind == core::SlaTargetKind::FirstResponse)
            QCOMPARE(ticket->firstResponseDue, target.dueAt);
        if (target.kind == core::SlaTargetKind::Resolution)
            QCOMPARE(ticket->resolutionDue, target.dueAt);
    }
}

void TestSlaEngine::startsOnTheDefaultCalendar_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<Priority>("priority");
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("expected");
    // Wed 10-17 = 420, Thu 08:00 + 60; resolution 420 + 540 + 540, Mon 08:00 + 120.
    QTest::addRow("question on a Wednesday morning")
        << Category::Question << Priority::Normal << u"2026-11-25T10:00"_qs
        << u"first_response running 0/480 due 2026-11-26T09:00 | "
           u"resolution running 0/1620 due 2026-11-30T10:00"_qs;
    // 10:00 + 240; resolution 420 + 4 x 540 = 2580, Wed Dec 2 08:00 + 120.
    QTest::addRow("incident") << Category::Incident << Priority::Normal << u"2026-11-25T10:00"_qs
                              << u"first_response running 0/240 due 2026-11-25T14:00 | "
                                 u"resolution running 0/2700 due 2026-12-02T10:00"_qs;
    // Counting starts Thursday 08:00: 480 -> 16:00; resolution Thu, Fri, Mon whole days end at
    // Monday's closing.
    QTest::addRow("question at night")
        << Category::Question << Priority::Normal << u"2026-11-25T22:00"_qs
        << u"first_response running 0/480 due 2026-11-26T16:00 | "
           u"resolution running 0/1620 due 2026-11-30T17:00"_qs;
    // The default calendar has no duty hours: Fri 16:30-17:00 = 30, Mon 08:00 + 30; resolution
    // 30 + Mon 08:00 + 510.
    QTest::addRow("critical on Friday afternoon")
        << Category::Question << Priority::Critical << u"2026-11-27T16:30"_qs
        << u"first_response running 0/60 due 2026-11-30T08:30 | "
           u"resolution running 0/540 due 2026-11-30T16:30"_qs;
    // Nov 4 is a holiday: Thu 08:00 + 240; resolution Thu 540 + Fri 540.
    QTest::addRow("created on a holiday")
        << Category::Question << Priority::High << u"2026-11-04T10:00"_qs
        << u"first_response running 0/240 due 2026-11-05T12:00 | "
           u"resolution running 0/1080 due 2026-11-06T17:00"_qs;
    // Dec 31 closes at 16:00: 60; Jan 1-8 holidays, 9-10 weekend; Mon Jan 11 08:00 + 420.
    // Resolution 60 + 540 + 540, Wed Jan 13 08:00 + 480.
    QTest::addRow("before the New Year holidays")
        << Category::Consultation << Priority::Normal << u"2026-12-31T15:00"_qs
        << u"first_response running 0/480 due 2027-01-11T15:00 | "
           u"resolution running 0/1620 due 2027-01-13T16:00"_qs;
}

void TestSlaEngine::startsOnTheDefaultCalendar()
{
    QFETCH(Category, category);
    QFETCH(Priority, priority);
    QFETCH(QString, created);
    QFETCH(QString, expected);
    const core::Ticket ticket = create(category, priority, at(created));
    QCOMPARE(stored(ticket.id), expected);
    checkDues(ticket.id);
    const auto reread = storage::TicketRepository(*m_db).get(ticket.id);
    QVERIFY(reread);
    QCOMPARE(reread->firstResponseDue, ticket.firstResponseDue);
    QCOMPARE(reread->resolutionDue, ticket.resolutionDue);
}

void TestSlaEngine::pausesAndRecomputes()
{
    core::Ticket ticket = create(Category::Question, Priority::Normal, at("2026-11-25T10:00"));
    ticket = setStatus(ticket, TicketStatus::PendingCustomer, at("2026-11-25T12:00"));
    QCOMPARE(stored(ticket.id), u"first_response paused 120/480 reason pending_customer | "
                                u"resolution paused 120/1620 reason pending_customer"_qs);
    checkDues(ticket.id);
    QVERIFY(!ticket.firstResponseDue.isValid() && !ticket.resolutionDue.isValid());

    // The customer answers Thursday 10:00: 120 used before the pause, 360 left -> 16:00;
    // resolution 1500 left: Thu 420, Fri 540, Mon 540 -> Mon 17:00.
    post(ticket, core::MessageKind::Customer, at("2026-11-26T10:00"));
    SD_COMPARE_ENUM(ticket.status, TicketStatus::Open);
    QCOMPARE(stored(ticket.id), u"first_response running 120/480 due 2026-11-26T16:00 | "
                                u"resolution running 120/1620 due 2026-11-30T17:00"_qs);
    checkDues(ticket.id);

    // High priority from creation on: 240 -> Thu 10:00 + 120; resolution 1080 = 120 + Thu 420
    // + Fri 540.
    storage::Transaction tx(*m_db);
    ticket.priority = Priority::High;
    auto raised = storage::TicketRepository(*m_db).update(ticket, ticket.version, 0);
    QVERIFY(raised);
    auto recomputed = server::SlaEngine(*m_db).recompute(raised->ticket, at("2026-11-26T11:00"));
    QVERIFY(recomputed);
    QVERIFY(tx.commit());
    m_life = recomputed->ticket;
    QCOMPARE(stored(m_life.id), u"first_response running 180/240 due 2026-11-26T12:00 | "
                                u"resolution running 180/1080 due 2026-11-27T17:00"_qs);
    checkDues(m_life.id);
}

void TestSlaEngine::answersResolvesAndReopens()
{
    QVERIFY(m_life.id > 0);
    core::Ticket &ticket = m_life;
    const QString firstMet = u"first_response met 210/240 due 2026-11-26T12:00 met "
                             u"2026-11-26T11:30"_qs;
    post(ticket, core::MessageKind::Reply, at("2026-11-26T11:30"));
    QCOMPARE(stored(ticket.id),
             firstMet + u" | resolution running 210/1080 due 2026-11-27T17:00"_qs);

    // The customer writes again at 13:00: next response cycle 1, 240 -> 17:00.
    post(ticket, core::MessageKind::Customer, at("2026-11-26T13:00"));
    QCOMPARE(stored(ticket.id), firstMet +
                                    u" | next_response running 0/240 due 2026-11-26T17:00 cycle 1"
                                    u" | resolution running 300/1080 due 2026-11-27T17:00"_qs);

    // Answered Friday 09:00, after its due: met, and breached for good.
    post(ticket, core::MessageKind::PhoneCall, at("2026-11-27T09:00"));
    const QString nextMet = u" | next_response met 300/240 due 2026-11-26T17:00 met "
                            u"2026-11-27T09:00 cycle 1 breached"_qs;
    QCOMPARE(stored(ticket.id),
             firstMet + nextMet + u" | resolution running 600/1080 due 2026-11-27T17:00"_qs);

    ticket = setStatus(ticket, TicketStatus::Resolved, at("2026-11-27T10:00"));
    QCOMPARE(stored(ticket.id), firstMet + nextMet +
                                    u" | resolution met 660/1080 due 2026-11-27T17:00 met "
                                    u"2026-11-27T10:00"_qs);

    // Reopened by the customer Monday 09:00: the 660 minutes stay used, 420 left -> 16:00;
    // the message opens next response cycle 2.
    post(ticket, core::MessageKind::Customer, at("2026-11-30T09:00"));
    SD_COMPARE_ENUM(ticket.status, TicketStatus::Open);
    QCOMPARE(stored(ticket.id), firstMet +
                                    u" | next_response running 0/240 due 2026-11-30T13:00 cycle 2"
                                    u" | resolution running 660/1080 due 2026-11-30T16:00"_qs);
    checkDues(ticket.id);
    const auto pauses = storage::SlaPauseRepository(*m_db).forTicket(ticket.id);
    QVERIFY(pauses);
    QVERIFY(pauses.value() ==
            (QList<core::SlaStop>{
                {at("2026-11-25T12:00"), at("2026-11-26T10:00"), u"pending_customer"_qs},
                {at("2026-11-27T10:00"), at("2026-11-30T09:00"), u"resolved"_qs}}));
}

void TestSlaEngine::mergedDuplicateStopsItsClocks()
{
    core::Ticket original = create(Category::Question, Priority::Normal, at("2026-11-25T10:00"));
    post(original, core::MessageKind::Reply, at("2026-11-25T10:30"));
    const core::Ticket duplicate =
        create(Category::Question, Priority::Normal, at("2026-11-25T11:00"));
    storage::Transaction tx(*m_db);
    auto merged = storage::TicketRepository(*m_db).merge(duplicate.id, original.id, 0);
    QVERIFY(merged);
    server::SlaEngine sla(*m_db);
    const QDateTime now = at("2026-11-25T12:00");
    QVERIFY(sla.recompute(merged->merged, now));
    QVERIFY(sla.recompute(merged->target, now));
    QVERIFY(tx.commit());
    // The duplicate's request, now in the original after its reply, waits for an answer:
    // 11:00 + 360 on Wednesday + Thursday 120.
    QCOMPARE(stored(original.id),
             u"first_response met 30/480 due 2026-11-26T09:00 met 2026-11-25T10:30 | "
             u"next_response running 60/480 due 2026-11-26T10:00 cycle 1 | "
             u"resolution running 120/1620 due 2026-11-30T10:00"_qs);
    const auto stopped = storage::SlaTargetRepository(*m_db).forTicket(duplicate.id);
    QVERIFY(stopped && stopped->size() == 2);
    for (const core::SlaTarget &target : stopped.value())
        SD_COMPARE_ENUM(target.state, core::SlaTargetState::Met);
    const auto pauses = storage::SlaPauseRepository(*m_db).forTicket(duplicate.id);
    QVERIFY(pauses && pauses->size() == 1);
    QCOMPARE(pauses->first().reason, u"closed"_qs);
    QVERIFY(!pauses->first().to.isValid());
}

QTEST_GUILESS_MAIN(TestSlaEngine)
#include "testslaengine.moc"
