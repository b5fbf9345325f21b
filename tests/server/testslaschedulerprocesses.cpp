// Two real `serve` processes on one database (SD_TEST_BACKEND: PostgreSQL, or SQLite in WAL),
// each running the SLA scheduler every second, while targets become due: every warning and
// breach fires exactly once (one event, one note), and a restarted server fires nothing again.
#include "sampledata.h"
#include "server/slaengine.h"
#include "serverprocess.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/slaeventrepository.h"
#include "storage/statement.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

constexpr int TicketCount = 20;
const QStringList SchedulerEverySecond{u"--listen"_s, u"127.0.0.1:0"_s, u"--sla-interval"_s,
                                       u"1"_s};

} // namespace

class TestSlaSchedulerProcesses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoServersFireEachEventOnce();

private:
    QList<qint64> createTickets();
    // Brings the first-response targets of `ids` forward: warned a second ago, due in `dueMs`.
    void bringForward(const QList<qint64> &ids, int dueMs);
    qint64 eventCount();
    QHash<qint64, int> notesPerTicket(const QList<qint64> &ids);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;
};

void TestSlaSchedulerProcesses::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_db = m_testDb.openMigrated();
    QVERIFY2(m_db, qPrintable(m_testDb.error()));
}

void TestSlaSchedulerProcesses::cleanupTestCase()
{
    m_db.reset();
}

QList<qint64> TestSlaSchedulerProcesses::createTickets()
{
    QList<qint64> ids;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < TicketCount; ++i) {
        core::Ticket ticket = testing::sampleTicket(testing::uniqueName(u"Due "_s));
        ticket.category = core::Category::Question;
        ticket.priority = core::Priority::Normal;
        storage::Transaction tx(*m_db);
        auto created = storage::TicketRepository(*m_db).create(ticket, 0);
        if (!created)
            qFatal("create: %s", qPrintable(created.error().message));
        if (!server::SlaEngine(*m_db).start(created.value(), {{now, false}}, now) || !tx.commit())
            qFatal("start: not started");
        ids << created->id;
    }
    return ids;
}

void TestSlaSchedulerProcesses::bringForward(const QList<qint64> &ids, int dueMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    storage::Transaction tx(*m_db);
    for (const qint64 id : ids) {
        storage::Statement update(*m_db, u"UPDATE sla_targets SET warn_at = ?, due_at = ? "
                                         u"WHERE ticket_id = ? AND target = 'first_response'"_s);
        update.bindTime(now.addMSecs(-1000)).bindTime(now.addMSecs(dueMs)).bind(id);
        if (!update.exec())
            qFatal("update: %s", qPrintable(update.error().message));
    }
    if (!tx.commit())
        qFatal("bringForward: not committed");
}

qint64 TestSlaSchedulerProcesses::eventCount()
{
    const auto count = storage::SlaEventRepository(*m_db).count();
    return count ? count.value() : -1;
}

QHash<qint64, int> TestSlaSchedulerProcesses::notesPerTicket(const QList<qint64> &ids)
{
    QHash<qint64, int> out;
    for (const qint64 id : ids) {
        const auto messages = storage::MessageRepository(*m_db).forTicket(id, true);
        for (const core::Message &message : messages.value())
            if (message.kind == core::MessageKind::Note && message.authorId == 0)
                ++out[id];
    }
    return out;
}

void TestSlaSchedulerProcesses::twoServersFireEachEventOnce()
{
    testing::ServerProcess first(QStringLiteral(SD_SERVER_BIN));
    testing::ServerProcess second(QStringLiteral(SD_SERVER_BIN));
    QVERIFY2(first.start(m_testDb.url(), SchedulerEverySecond), qPrintable(first.error()));
    QVERIFY2(second.start(m_testDb.url(), SchedulerEverySecond), qPrintable(second.error()));
    const QList<qint64> ids = createTickets();
    bringForward(ids, 2500);
    // A warning now, a breach 2.5 s later, for each ticket.
    QTRY_COMPARE_WITH_TIMEOUT(eventCount(), qint64(2 * TicketCount), 15000);
    QTest::qWait(2500);
    QCOMPARE(eventCount(), qint64(2 * TicketCount));
    QHash<qint64, int> expected;
    for (const qint64 id : ids)
        expected.insert(id, 2);
    QCOMPARE(notesPerTicket(ids), expected);
    for (const qint64 id : ids) {
        const auto events = storage::SlaEventRepository(*m_db).forTicket(id);
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
    }
    QVERIFY(first.stop());
    QVERIFY(second.stop());

    // A restart fires nothing again.
    testing::ServerProcess again(QStringLiteral(SD_SERVER_BIN));
    QVERIFY2(again.start(m_testDb.url(), SchedulerEverySecond), qPrintable(again.error()));
    QTest::qWait(2500);
    QCOMPARE(eventCount(), qint64(2 * TicketCount));
    QCOMPARE(notesPerTicket(ids), expected);
    QVERIFY(again.stop());
}

QTEST_GUILESS_MAIN(TestSlaSchedulerProcesses)
#include "testslaschedulerprocesses.moc"
