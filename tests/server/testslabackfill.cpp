// SlaBackfill against a real database (SD_TEST_BACKEND): tickets stored before the SLA engine
// get the targets the engine would have given them, and what those targets already passed is
// recorded without escalating. Default calendar and policies (08:00-17:00 Moscow Mon-Fri;
// question normal: first response 480 business minutes, warning at 384). 2026-11-25 is a
// Wednesday.
#include "server/slabackfill.h"
#include "server/slascheduler.h"
#include "slaquestion.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/slaeventrepository.h"
#include "storage/slatargetrepository.h"
#include "storage/statement.h"
#include "storage/ticketrepository.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const char *local)
{
    QDateTime result =
        QDateTime::fromString(QString::fromLatin1(local), QStringLiteral("yyyy-MM-ddTHH:mm"));
    result.setTimeZone(QTimeZone("Europe/Moscow"));
    if (!result.isValid())
        qFatal("bad time in test data: %s", local);
    return result.toUTC();
}

// "kind due warn state" per target, in target order: what a comparison needs to see.
QStringList describe(const QList<core::SlaTarget> &targets)
{
    QStringList out;
    for (const core::SlaTarget &t : targets)
        out << core::toString(t.kind) + u' ' + t.dueAt.toString(Qt::ISODate) + u' ' +
                   t.warnAt.toString(Qt::ISODate) + u' ' + core::toString(t.state);
    out.sort();
    return out;
}

} // namespace

class TestSlaBackfill : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void givesTheTargetsTheEngineWould();
    void settlesHistoryWithoutEscalating();
    void leavesTicketsWithTargetsAndMergedOnes();

private:
    core::Ticket create(const QDateTime &createdAt);
    // What a database from before the SLA engine holds for the ticket: no targets, no stops,
    // no due times.
    void forgetSla(qint64 ticketId);
    void exec(const QString &sql, const QVariantList &values);
    QList<core::SlaTarget> targets(qint64 ticketId);
    int supervisorNotes(qint64 ticketId);

    std::unique_ptr<testing::TestDatabase> m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestSlaBackfill::init()
{
    m_testDb = std::make_unique<testing::TestDatabase>();
    QVERIFY2(m_testDb->create(), qPrintable(m_testDb->error()));
    m_db = m_testDb->openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb->error()));
}

void TestSlaBackfill::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

core::Ticket TestSlaBackfill::create(const QDateTime &createdAt)
{
    return testing::createSlaQuestion(*m_db, core::Priority::Normal, createdAt);
}

void TestSlaBackfill::exec(const QString &sql, const QVariantList &values)
{
    storage::Statement statement(*m_db, sql);
    for (const QVariant &value : values)
        statement.bind(value);
    if (!statement.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(statement.error().message));
}

void TestSlaBackfill::forgetSla(qint64 ticketId)
{
    exec(u"DELETE FROM sla_targets WHERE ticket_id = ?"_s, {ticketId});
    exec(u"DELETE FROM sla_pauses WHERE ticket_id = ?"_s, {ticketId});
    exec(u"UPDATE tickets SET first_response_due = NULL, resolution_due = NULL WHERE id = ?"_s,
         {ticketId});
}

QList<core::SlaTarget> TestSlaBackfill::targets(qint64 ticketId)
{
    const auto found = storage::SlaTargetRepository(*m_db).forTicket(ticketId);
    if (!found)
        qFatal("targets: %s", qPrintable(found.error().message));
    return found.value();
}

int TestSlaBackfill::supervisorNotes(qint64 ticketId)
{
    const auto messages = storage::MessageRepository(*m_db).forTicket(ticketId, true);
    if (!messages)
        qFatal("messages: %s", qPrintable(messages.error().message));
    return int(std::count_if(messages->cbegin(), messages->cend(), [](const core::Message &m) {
        return m.kind == core::MessageKind::Note && m.authorId == 0;
    }));
}

void TestSlaBackfill::givesTheTargetsTheEngineWould()
{
    const core::Ticket ticket = create(at("2026-11-25T09:00"));
    const QStringList computed = describe(targets(ticket.id));
    QVERIFY(!computed.isEmpty());
    forgetSla(ticket.id);
    QVERIFY(targets(ticket.id).isEmpty());

    const auto filled = server::SlaBackfill(*m_db).run(at("2026-11-25T10:00"));
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
    QCOMPARE(filled->tickets, 1);
    QCOMPARE(filled->settledEvents, 0);
    QCOMPARE(describe(targets(ticket.id)), computed);
    const auto stored = storage::TicketRepository(*m_db).get(ticket.id);
    QVERIFY(stored);
    QCOMPARE(stored->firstResponseDue, ticket.firstResponseDue);
    QCOMPARE(stored->resolutionDue, ticket.resolutionDue);

    // Its future still belongs to the scheduler: the warning at 15:24 fires and escalates.
    const auto pass = server::SlaScheduler::runPass(*m_db, at("2026-11-25T15:30"));
    QVERIFY(pass);
    QCOMPARE(pass->warnings, 1);
    QCOMPARE(supervisorNotes(ticket.id), 1);
}

void TestSlaBackfill::settlesHistoryWithoutEscalating()
{
    const core::Ticket old = create(at("2026-11-02T09:00"));
    forgetSla(old.id);
    const QDateTime now = at("2026-11-25T10:00");

    const auto filled = server::SlaBackfill(*m_db).run(now);
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().message));
    QCOMPARE(filled->tickets, 1);
    const auto events = storage::SlaEventRepository(*m_db).forTicket(old.id);
    QVERIFY(events);
    QCOMPARE(filled->settledEvents, int(events->size()));
    bool firstResponseBreached = false;
    for (const core::SlaTarget &t : targets(old.id)) {
        if (t.kind == core::SlaTargetKind::FirstResponse) {
            firstResponseBreached = t.state == core::SlaTargetState::Breached && t.breached;
            QVERIFY(t.dueAt < now);
        }
    }
    QVERIFY(firstResponseBreached);
    // Both the warning and the breach of the first response are on record.
    QVERIFY(events->size() >= 2);

    const auto pass = server::SlaScheduler::runPass(*m_db, now.addSecs(60));
    QVERIFY(pass);
    QCOMPARE(pass->warnings, 0);
    QCOMPARE(pass->breaches, 0);
    QCOMPARE(supervisorNotes(old.id), 0);
}

void TestSlaBackfill::leavesTicketsWithTargetsAndMergedOnes()
{
    const core::Ticket kept = create(at("2026-11-25T09:00"));
    const core::Ticket merged = create(at("2026-11-25T09:05"));
    const QStringList keptTargets = describe(targets(kept.id));
    forgetSla(merged.id);
    exec(u"UPDATE tickets SET merged_into_id = ? WHERE id = ?"_s, {kept.id, merged.id});

    const auto filled = server::SlaBackfill(*m_db).run(at("2026-11-26T12:00"));
    QVERIFY(filled);
    QCOMPARE(filled->tickets, 0);
    QVERIFY(targets(merged.id).isEmpty());
    // Untouched, although by 2026-11-26 12:00 it is past due: breaches are the scheduler's.
    QCOMPARE(describe(targets(kept.id)), keptTargets);
    QCOMPARE(storage::SlaEventRepository(*m_db).forTicket(kept.id)->size(), 0);
}

QTEST_GUILESS_MAIN(TestSlaBackfill)
#include "testslabackfill.moc"
