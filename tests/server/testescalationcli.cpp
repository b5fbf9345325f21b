// supportdesk-server escalation, through the real binary on the backend of SD_TEST_BACKEND:
// what it stores and prints, its exit codes and messages, and that its writes are audited.
#include "storage/auditrepository.h"
#include "storage/escalationrulerepository.h"
#include "storage/serversettings.h"
#include "testdatabase.h"

#include <QProcess>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;

class TestEscalationCli : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_db;

    Outcome run(QStringList arguments)
    {
        arguments << u"--db"_s << m_testDb.url();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"SUPPORTDESK_DB"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_SERVER_BIN), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
        m_db = m_testDb.openMigrated();
        QVERIFY2(m_db, qPrintable(m_testDb.error()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void addListRemove()
    {
        const Outcome added = run({u"escalation"_s, u"add"_s, u"--kind"_s, u"breach"_s,
                                   u"--target"_s, u"resolution"_s, u"--priority"_s, u"any"_s,
                                   u"--raise-priority"_s, u"--move-queue"_s, u"Development"_s});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.startsWith(u"Added escalation rule 3: "_s), qPrintable(added.out));
        const auto stored = storage::EscalationRuleRepository(*m_db).get(3);
        QVERIFY(stored);
        QCOMPARE(stored->kind, storage::SlaEventKind::Breach);
        QVERIFY(stored->target == core::SlaTargetKind::Resolution);
        QVERIFY(!stored->priority);
        QVERIFY(stored->raisePriority);
        QVERIFY(!stored->notifySupervisors);
        QVERIFY(stored->moveQueueId != 0);

        const Outcome listed = run({u"escalation"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(u'\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(3).simplified(), u"3 breach resolution any no yes Development yes"_s);

        QCOMPARE(run({u"escalation"_s, u"remove"_s, u"--id"_s, u"3"_s}).exitCode, 0);
        const Outcome again = run({u"escalation"_s, u"remove"_s, u"--id"_s, u"3"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"does not exist"_s), qPrintable(again.err));
        const auto audit =
            storage::AuditRepository(*m_db).forEntity(storage::EntityType::EscalationRule, 3);
        QVERIFY(audit);
        QCOMPARE(audit->size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no kind") << QStringList{u"add"_s} << u"--kind must be"_s;
        QTest::addRow("bad target")
            << QStringList{u"add"_s, u"--kind"_s, u"warning"_s, u"--target"_s, u"x"_s}
            << u"--target must be one of"_s;
        QTest::addRow("unknown queue")
            << QStringList{u"add"_s, u"--kind"_s, u"warning"_s, u"--move-queue"_s, u"Nowhere"_s}
            << u"Nowhere"_s;
        QTest::addRow("bad id") << QStringList{u"remove"_s, u"--id"_s, u"x"_s} << u"--id"_s;
        QTest::addRow("share too big")
            << QStringList{u"share"_s, u"--set"_s, u"1.5"_s} << u"between 0 and 1"_s;
        QTest::addRow("verb") << QStringList{u"frobnicate"_s} << u"escalation list"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = run(QStringList{u"escalation"_s} + arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    }

    void warningShare()
    {
        QCOMPARE(run({u"escalation"_s, u"share"_s}).out, u"0.8"_s);
        const Outcome set = run({u"escalation"_s, u"share"_s, u"--set"_s, u"0.75"_s});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out, u"0.75"_s);
        QCOMPARE(storage::ServerSettings(*m_db).warningShare().value(), 0.75);
    }
};

QTEST_GUILESS_MAIN(TestEscalationCli)
#include "testescalationcli.moc"
