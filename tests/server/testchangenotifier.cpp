// ChangeNotifier on the backend named by SD_TEST_BACKEND: writes through another connection
// (on PostgreSQL another backend, as another server process would be) reach it, and it
// survives losing its connection.
#include "sampledata.h"
#include "server/changenotifier.h"
#include "storage/changefeedrepository.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using server::ChangeNotifier;
using server::ChangeNotifierOptions;

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsAtTheLatestSequence();
    void localWritesAdvance();
    void localWritesTogetherAnnounceOnce();
    void otherConnectionsAreNoticed();
    void reconnectsAfterTheBackendIsKilled();
    void startFailsOnAnUnusableDatabase();

private:
    static bool isSqlite() { return testing::TestDatabase::backendName() == u"sqlite"; }
    // Commits `count` feed items through the writer connection; returns the new latest
    // sequence, or -1 (with the test failed) on error.
    qint64 write(int count = 1);
    bool killOtherBackends(QString *error);

    testing::TestDatabase m_testDb;
    std::unique_ptr<storage::Database> m_writer;
    qint64 m_entity = 0;
};

void TestChangeNotifier::initTestCase()
{
    QVERIFY2(m_testDb.create(), qPrintable(m_testDb.error()));
    m_writer = m_testDb.openMigrated();
    QVERIFY2(m_writer, qPrintable(m_testDb.error()));
}

void TestChangeNotifier::cleanupTestCase()
{
    m_writer.reset();
}

qint64 TestChangeNotifier::write(int count)
{
    storage::Transaction tx(*m_writer);
    if (!tx) {
        qWarning("begin failed: %s", qPrintable(tx.error().message));
        return -1;
    }
    storage::ChangeFeedRepository feed(*m_writer);
    for (int i = 0; i < count; ++i) {
        if (!feed.append(storage::EntityType::Ticket, ++m_entity, storage::ChangeOperation::Update))
            return -1;
    }
    if (const auto committed = tx.commit(); !committed) {
        qWarning("commit failed: %s", qPrintable(committed.error().message));
        return -1;
    }
    const auto latest = feed.latestSeq();
    return latest ? latest.value() : -1;
}

void TestChangeNotifier::startsAtTheLatestSequence()
{
    const qint64 seq = write(3);
    QVERIFY(seq >= 3);
    ChangeNotifier notifier(m_testDb.url());
    QCOMPARE(notifier.latest(), qint64(0));
    QVERIFY(!notifier.isConnected());
    const auto started = notifier.start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QVERIFY(notifier.isConnected());
    QCOMPARE(notifier.latest(), seq);
}

void TestChangeNotifier::localWritesAdvance()
{
    ChangeNotifier notifier(m_testDb.url());
    SD_VERIFY_OK(notifier.start());
    QSignalSpy advanced(&notifier, &ChangeNotifier::sequenceAdvanced);
    const qint64 seq = write();
    QVERIFY(seq > 0);
    // Request handlers call it from worker threads.
    QThread *worker = QThread::create([&notifier] {
        QMetaObject::invokeMethod(&notifier, &ChangeNotifier::localWriteCommitted);
    });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    QTRY_COMPARE(advanced.size(), 1);
    QCOMPARE(advanced.at(0).at(0).toLongLong(), seq);
    QCOMPARE(notifier.latest(), seq);
    // Nothing new: no announcement of an equal value.
    notifier.localWriteCommitted();
    QTest::qWait(100);
    QCOMPARE(advanced.size(), 1);
}

void TestChangeNotifier::localWritesTogetherAnnounceOnce()
{
    ChangeNotifierOptions options;
    options.probeIntervalMs = 60000;
    ChangeNotifier notifier(m_testDb.url(), options);
    SD_VERIFY_OK(notifier.start());
    const qint64 before = notifier.latest();
    QSignalSpy advanced(&notifier, &ChangeNotifier::sequenceAdvanced);
    qint64 seq = 0;
    for (int i = 0; i < 3; ++i) {
        seq = write();
        notifier.localWriteCommitted();
    }
    QVERIFY(seq >= before + 3);
    // On PostgreSQL the NOTIFYs may get in before the queued read; they only ever add larger
    // values, so the announcements still end with the latest one.
    QTRY_COMPARE(notifier.latest(), seq);
    QTest::qWait(50);
    QVERIFY(!advanced.isEmpty());
    qint64 last = before;
    for (const QList<QVariant> &signal : std::as_const(advanced)) {
        QVERIFY(signal.at(0).toLongLong() > last);
        last = signal.at(0).toLongLong();
    }
    QCOMPARE(last, seq);
    if (isSqlite())
        QCOMPARE(advanced.size(), 1);
}

void TestChangeNotifier::otherConnectionsAreNoticed()
{
    // PostgreSQL: only NOTIFY can deliver within the limit, the probe is a minute away.
    // SQLite: no notifications across connections; the probe is what notices.
    ChangeNotifierOptions options;
    options.probeIntervalMs = isSqlite() ? 100 : 60000;
    const qint64 limitMs = isSqlite() ? 2000 : 100;
    ChangeNotifier notifier(m_testDb.url(), options);
    SD_VERIFY_OK(notifier.start());
    QElapsedTimer clock;
    qint64 seenAt = -1;
    qint64 seen = 0;
    connect(&notifier, &ChangeNotifier::sequenceAdvanced, this, [&](qint64 seq) {
        seen = seq;
        seenAt = clock.elapsed();
    });
    qint64 slowest = 0;
    for (int round = 0; round < 5; ++round) {
        seenAt = -1;
        clock.start();
        const qint64 seq = write();
        QVERIFY(seq > 0);
        QTRY_VERIFY_WITH_TIMEOUT(seen == seq, 5000);
        QVERIFY2(seenAt < limitMs, qPrintable(u"round %1 took %2 ms"_s.arg(round).arg(seenAt)));
        slowest = qMax(slowest, seenAt);
    }
    qInfo("slowest of 5 commits to announcement: %lld ms", slowest);
}

bool TestChangeNotifier::killOtherBackends(QString *error)
{
    storage::Statement kill(*m_writer, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       u"WHERE datname = current_database() AND pid <> "
                                       u"pg_backend_pid()"_s);
    if (!kill.exec()) {
        *error = kill.error().message;
        return false;
    }
    return kill.rowCount() > 0;
}

void TestChangeNotifier::reconnectsAfterTheBackendIsKilled()
{
    if (isSqlite())
        QSKIP("PostgreSQL only: a SQLite file has no connection to lose");
    ChangeNotifierOptions options;
    options.probeIntervalMs = 300;
    options.minBackoffMs = 50;
    ChangeNotifier notifier(m_testDb.url(), options);
    SD_VERIFY_OK(notifier.start());
    QSignalSpy connected(&notifier, &ChangeNotifier::connectedChanged);
    QString error;
    QVERIFY2(killOtherBackends(&error), qPrintable(error.isEmpty() ? u"nothing killed"_s : error));
    // Written while the notifier is away: announced after it reconnects.
    const qint64 missed = write();
    QVERIFY(missed > 0);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    QCOMPARE(connected.at(0).at(0).toBool(), false);
    QCOMPARE(connected.at(1).at(0).toBool(), true);
    QVERIFY(notifier.isConnected());
    QCOMPARE(notifier.latest(), missed);
    // LISTEN is back: the probe restarted with the connection and is 300 ms away.
    QSignalSpy advanced(&notifier, &ChangeNotifier::sequenceAdvanced);
    QElapsedTimer clock;
    clock.start();
    const qint64 next = write();
    QVERIFY(advanced.wait(250));
    QVERIFY2(clock.elapsed() < 250, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(advanced.constLast().at(0).toLongLong(), next);
}

void TestChangeNotifier::startFailsOnAnUnusableDatabase()
{
    // Not migrated: there is no change feed counter to read.
    testing::TestDatabase empty;
    QVERIFY2(empty.create(), qPrintable(empty.error()));
    ChangeNotifier notifier(empty.url());
    const auto started = notifier.start();
    QVERIFY(!started.ok());
    QVERIFY(!started.error().message.isEmpty());
    QVERIFY(!notifier.isConnected());
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "testchangenotifier.moc"
