// The SLA scheduler's pass against a real database (SD_TEST_BACKEND) at fixed instants, on
// the default calendar and policies (08:00-17:00 Moscow Mon-Fri with the Russian holidays;
// question normal: first response 480 business minutes, high 240). 2026-11-25 is a
// Wednesday; 2026-11-03 is shortened to 16:00 and 2026-11-04 is a holiday. Warnings come at
// the default share 0.8: 384 of 480 minutes, 192 of 240.
#include "core/ticketworkflow.h"
#include "sampledata.h"
#include "server/slaengine.h"
#include "server/slaescalation.h"
#include "server/slascheduler.h"
#include "slaquestion.h"
#include "storage/database.h"
#include "storage/escalationrulerepository.h"
#include "storage/messagerepository.h"
#include "storage/queuerepository.h"
#include "storage/serversettings.h"
#include "storage/slaeventrepository.h"
#include "storage/slatargetrepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using core::Priority;
using core::TicketStatus;
using server::SlaScheduler;

namespace {

const QTimeZone Moscow("Europe/Moscow");

QDateTime at(const char *local)
{
    QDateTime result =
        QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-ddTHH:mm"));
    result.setTimeZone(Moscow);
    if (!result.isValid())
        qFatal("bad time in test data: %s", local);
    return result.toUTC();
}

} // namespace

class TestSlaScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void warningThenBreachOnceAcrossRestart();
    void pausedTargetFiresAfterResume();
    void priorityChangeMovesTheFiring();
    void holidayShiftsTheDue();
    void warningShareIsSharedSetting();
    void rulesEscalate_data();
    void rulesEscalate();

private:
    core::Ticket create(Priority priority, const QDateTime &createdAt);
    core::Ticket change(core::Ticket ticket, const QDateTime &now,
                        const std::function<void(core::Ticket &)> &edit);
    // "warnings/breaches" fired by one pass at `now`.
    QString pass(const char *now);
    QStringList notes(qint64 ticketId);
    core::SlaTarget target(qint64 ticketId, core::SlaTargetKind kind);

    std::unique_ptr<testing::TestDatabase> m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

// A database per test: a pass sees every ticket in it.
void TestSlaScheduler::init()
{
    m_testDb = std::make_unique<testing::TestDatabase>();
    QVERIFY2(m_testDb->create(), qPrintable(m_testDb->error()));
    m_db = m_testDb->openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb->error()));
}

void TestSlaScheduler::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

core::Ticket TestSlaScheduler::create(Priority priority, const QDateTime &createdAt)
{
    return testing::createSlaQuestion(*m_db, priority, createdAt);
}

// As PATCH does: the update, then the engine.
core::Ticket TestSlaScheduler::change(core::Ticket ticket, const QDateTime &now,
                                      const std::function<void(core::Ticket &)> &edit)
{
    storage::Transaction tx(*m_db);
    const int version = ticket.version;
    edit(ticket);
    auto updated = storage::TicketRepository(*m_db).update(ticket, version, 0);
    if (!updated)
        qFatal("update: %s", qPrintable(updated.error().message));
    auto sla = server::SlaEngine(*m_db).recompute(updated->ticket, now);
    if (!sla || !tx.commit())
        qFatal("change: not recomputed");
    return sla->ticket;
}

QString TestSlaScheduler::pass(const char *now)
{
    const auto done = SlaScheduler::runPass(*m_db, at(now));
    if (!done)
        qFatal("pass: %s", qPrintable(done.error().message));
    if (done->failed != 0)
        qFatal("pass: %d events failed", done->failed);
    return QStringLiteral("%1/%2").arg(done->warnings).arg(done->breaches);
}

QStringList TestSlaScheduler::notes(qint64 ticketId)
{
    QStringList out;
    const auto messages = storage::MessageRepository(*m_db).forTicket(ticketId, true);
    if (!messages)
        qFatal("messages: %s", qPrintable(messages.error().message));
    for (const core::Message &message : messages.value())
        if (message.kind == core::MessageKind::Note && message.authorId == 0)
            out << message.bodyText;
    return out;
}

core::SlaTarget TestSlaScheduler::target(qint64 ticketId, core::SlaTargetKind kind)
{
    const auto targets = storage::SlaTargetRepository(*m_db).forTicket(ticketId);
    if (!targets)
        qFatal("targets: %s", qPrintable(targets.error().message));
    for (const core::SlaTarget &t : targets.value())
        if (t.kind == kind)
            return t;
    return {};
}

void TestSlaScheduler::warningThenBreachOnceAcrossRestart()
{
    const core::Ticket ticket = create(Priority::Normal, at("2026-11-25T09:00"));
    QCOMPARE(pass("2026-11-25T15:23"), u"0/0"_s);
    QCOMPARE(pass("2026-11-25T15:30"), u"1/0"_s);
    QCOMPARE(pass("2026-11-25T15:31"), u"0/0"_s);
    // A restart: a new connection and a pass of its own.
    m_db = m_testDb->open();
    QVERIFY(m_db);
    QCOMPARE(pass("2026-11-25T16:00"), u"0/0"_s);
    QCOMPARE(pass("2026-11-25T17:01"), u"0/1"_s);
    QCOMPARE(pass("2026-11-25T17:02"), u"0/0"_s);
    QCOMPARE(core::toString(target(ticket.id, core::SlaTargetKind::FirstResponse).state),
             u"breached"_s);
    QVERIFY(target(ticket.id, core::SlaTargetKind::FirstResponse).breached);
    m_db = m_testDb->open();
    QCOMPARE(pass("2026-11-26T09:00"), u"0/0"_s);
    QCOMPARE(notes(ticket.id), QStringList({u"First response due in 90 min."_s,
                                            u"First response target breached."_s}));
    QCOMPARE(storage::SlaEventRepository(*m_db).forTicket(ticket.id)->size(), 2);
}

void TestSlaScheduler::pausedTargetFiresAfterResume()
{
    core::Ticket ticket = create(Priority::Normal, at("2026-11-25T09:00"));
    ticket = change(ticket, at("2026-11-25T10:00"),
                    [](core::Ticket &t) { t.status = TicketStatus::PendingCustomer; });
    QCOMPARE(pass("2026-11-25T17:01"), u"0/0"_s);
    QCOMPARE(pass("2026-11-26T09:00"), u"0/0"_s);
    // 60 minutes used; from Thursday 10:00 324 more to the warning, 420 to the due.
    ticket = change(ticket, at("2026-11-26T10:00"),
                    [](core::Ticket &t) { t.status = TicketStatus::Open; });
    QCOMPARE(pass("2026-11-26T15:23"), u"0/0"_s);
    QCOMPARE(pass("2026-11-26T15:25"), u"1/0"_s);
    QCOMPARE(pass("2026-11-26T16:59"), u"0/0"_s);
    QCOMPARE(pass("2026-11-26T17:01"), u"0/1"_s);
}

void TestSlaScheduler::priorityChangeMovesTheFiring()
{
    core::Ticket ticket = create(Priority::Normal, at("2026-11-25T09:00"));
    QCOMPARE(pass("2026-11-25T12:00"), u"0/0"_s);
    // High: 240 minutes, due 13:00, warning at 12:12 instead of 15:24.
    ticket = change(ticket, at("2026-11-25T12:05"),
                    [](core::Ticket &t) { t.priority = Priority::High; });
    QCOMPARE(pass("2026-11-25T12:11"), u"0/0"_s);
    QCOMPARE(pass("2026-11-25T12:13"), u"1/0"_s);
    QCOMPARE(pass("2026-11-25T13:01"), u"0/1"_s);
    QCOMPARE(notes(ticket.id).value(0), u"First response due in 47 min."_s);
}

void TestSlaScheduler::holidayShiftsTheDue()
{
    // 60 minutes on the shortened Tuesday, the Wednesday holiday, then Thursday from 08:00:
    // warning at 13:24, due at 15:00.
    const core::Ticket ticket = create(Priority::Normal, at("2026-11-03T15:00"));
    QCOMPARE(target(ticket.id, core::SlaTargetKind::FirstResponse).dueAt, at("2026-11-05T15:00"));
    QCOMPARE(pass("2026-11-04T16:00"), u"0/0"_s);
    QCOMPARE(pass("2026-11-05T13:20"), u"0/0"_s);
    QCOMPARE(pass("2026-11-05T13:25"), u"1/0"_s);
    QCOMPARE(pass("2026-11-05T15:01"), u"0/1"_s);
}

void TestSlaScheduler::warningShareIsSharedSetting()
{
    QVERIFY(storage::ServerSettings(*m_db).setWarningShare(0.5, 0));
    // Half of 480 minutes: the warning at 13:00 instead of 15:24.
    const core::Ticket ticket = create(Priority::Normal, at("2026-11-25T09:00"));
    QCOMPARE(target(ticket.id, core::SlaTargetKind::FirstResponse).warnAt, at("2026-11-25T13:00"));
    QCOMPARE(pass("2026-11-25T12:59"), u"0/0"_s);
    QCOMPARE(pass("2026-11-25T13:01"), u"1/0"_s);
}

void TestSlaScheduler::rulesEscalate_data()
{
    QTest::addColumn<bool>("raise");
    QTest::addColumn<bool>("move");
    QTest::addColumn<bool>("notify");
    QTest::addColumn<QString>("note");
    QTest::addRow("defaults: notify only")
        << false << false << true << u"First response target breached."_s;
    QTest::addRow("raise priority")
        << true << false << true << u"First response target breached. Priority raised to high."_s;
    QTest::addRow("move queue") << false << true << true
                                << u"First response target breached. Moved to queue Development."_s;
    QTest::addRow("silent raise") << true << false << false << QString();
}

void TestSlaScheduler::rulesEscalate()
{
    QFETCH(bool, raise);
    QFETCH(bool, move);
    QFETCH(bool, notify);
    QFETCH(QString, note);
    storage::EscalationRuleRepository rules(*m_db);
    const auto defaults = rules.list();
    QVERIFY(defaults);
    QCOMPARE(defaults->size(), 2);
    if (!notify) {
        for (storage::EscalationRule rule : defaults.value()) {
            rule.active = false;
            QVERIFY(rules.update(rule, 0));
        }
    }
    const auto development = storage::QueueRepository(*m_db).findByName(u"Development"_s);
    QVERIFY(development);
    storage::EscalationRule rule;
    rule.kind = storage::SlaEventKind::Breach;
    rule.target = core::SlaTargetKind::FirstResponse;
    rule.priority = Priority::Normal;
    rule.raisePriority = raise;
    rule.moveQueueId = move ? development->id : 0;
    QVERIFY(rules.create(rule, 0));

    const core::Ticket ticket = create(Priority::Normal, at("2026-11-25T09:00"));
    const core::Ticket other = create(Priority::Low, at("2026-11-25T09:00"));
    QCOMPARE(pass("2026-11-25T17:01"), u"0/1"_s);
    const auto after = storage::TicketRepository(*m_db).get(ticket.id);
    QVERIFY(after);
    QCOMPARE(core::toString(after->priority), raise ? u"high"_s : u"normal"_s);
    QCOMPARE(after->queueId, move ? development->id : ticket.queueId);
    QCOMPARE(after->version, ticket.version + (raise || move ? 1 : 0));
    QCOMPARE(notes(ticket.id), note.isEmpty() ? QStringList() : QStringList{note});
    // The engine recomputed the targets for the new priority.
    QCOMPARE(target(ticket.id, core::SlaTargetKind::FirstResponse).budgetMinutes,
             raise ? 240 : 480);
    // The rule names normal priority: the low ticket (due later, on Thursday) is untouched.
    QCOMPARE(core::toString(storage::TicketRepository(*m_db).get(other.id)->priority), u"low"_s);
}

QTEST_GUILESS_MAIN(TestSlaScheduler)
#include "testslascheduler.moc"
