// Bad input and failures around the database, on the backend named by SD_TEST_BACKEND:
// broken URLs, missing folders, damaged files and locks (SQLite), wrong passwords, unreachable
// servers and connections dropped mid-work (PostgreSQL).
#include "sampledata.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storage/statement.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using storage::StorageError;

class TestDatabaseErrors : public QObject
{
    Q_OBJECT

private slots:
    void malformedUrls_data();
    void malformedUrls();
    void missingFolder();
    void damagedFile_data();
    void damagedFile();
    void lockedDatabase();
    void wrongPassword();
    void unreachableServer_data();
    void unreachableServer();
    void droppedConnectionBetweenCalls();
    void droppedConnectionInsideTransaction();

private:
    static bool isSqlite() { return testing::TestDatabase::backendName() == u"sqlite"; }
    static QUrl adminUrl() { return QUrl(testing::TestDatabase::postgresAdminUrl()); }
    // Ends the server process behind `db`'s connection, as an admin or a crash would.
    static bool terminate(storage::Database &db, QString *error);
    // Rows of tickets, feed items and number counters, read on a fresh connection.
    static QString contents(testing::TestDatabase &testDb);
};

bool TestDatabaseErrors::terminate(storage::Database &db, QString *error)
{
    storage::Statement pid(db, u"SELECT pg_backend_pid()"_s);
    if (!pid.exec() || !pid.next()) {
        *error = pid.error().message;
        return false;
    }
    auto admin = storage::Database::open(testing::TestDatabase::postgresAdminUrl());
    if (!admin) {
        *error = admin.error().message;
        return false;
    }
    storage::Statement kill(*admin.value(), u"SELECT pg_terminate_backend(?)"_s);
    if (!kill.bind(pid.value(0)).exec()) {
        *error = kill.error().message;
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        storage::Statement alive(*admin.value(),
                                 u"SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"_s);
        if (alive.bind(pid.value(0)).exec() && alive.next() && alive.id(0) == 0)
            return true;
        QTest::qWait(20);
    }
    *error = u"the backend did not exit"_s;
    return false;
}

QString TestDatabaseErrors::contents(testing::TestDatabase &testDb)
{
    auto db = testDb.open();
    if (!db)
        return testDb.error();
    QString out;
    for (const QString &sql :
         {u"SELECT COUNT(*) FROM tickets"_s, u"SELECT COUNT(*) FROM messages"_s,
          u"SELECT COUNT(*) FROM change_feed"_s, u"SELECT seq FROM change_feed_counter"_s,
          u"SELECT COALESCE(SUM(last_number), 0) FROM ticket_number_counters"_s}) {
        storage::Statement count(*db, sql);
        out += (count.exec() && count.next()) ? count.text(0) + u' ' : count.error().message;
    }
    return out;
}

void TestDatabaseErrors::malformedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("unknown scheme") << u"mysql://root@localhost/sd"_s;
    QTest::addRow("no scheme") << u"/var/lib/sd.db"_s;
    QTest::addRow("sqlite without path") << u"sqlite:"_s;
    QTest::addRow("postgresql without database") << u"postgresql://sd:secret@db.example.com/"_s;
    QTest::addRow("postgresql without host") << u"postgresql://sd:secret@/sd"_s;
    QTest::addRow("postgresql bad option") << u"postgresql://sd:secret@h/sd?bad-key=1"_s;
}

void TestDatabaseErrors::malformedUrls()
{
    QFETCH(QString, url);
    const auto opened = storage::Database::open(url);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StorageError::Kind::Invalid);
    QVERIFY2(!opened.error().message.contains(u"secret"_s), qPrintable(opened.error().message));
}

void TestDatabaseErrors::missingFolder()
{
    if (!isSqlite())
        QSKIP("SQLite files only");
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"no/such/folder"_s);
    const auto opened = storage::Database::open(u"sqlite:"_s + folder + u"/sd.db"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StorageError::Kind::Unavailable);
    QVERIFY2(opened.error().message.contains(folder) &&
                 opened.error().message.contains(u"does not exist"_s),
             qPrintable(opened.error().message));
    QVERIFY(!QFile::exists(folder));
}

void TestDatabaseErrors::damagedFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("text file") << QByteArray("Это не база данных, а письмо.\n").repeated(200);
    QByteArray header("SQLite format 3\0", 16);
    QTest::addRow("damaged header") << header + QByteArray(8192, '\x7f');
}

void TestDatabaseErrors::damagedFile()
{
    if (!isSqlite())
        QSKIP("SQLite files only");
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const auto opened = storage::Database::open(u"sqlite:"_s + path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StorageError::Kind::Corrupt);
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestDatabaseErrors::lockedDatabase()
{
    if (!isSqlite())
        QSKIP("SQLite locks the whole file; PostgreSQL waits on rows (see testsyncrepositories)");
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto holder = testDb.openMigrated();
    QVERIFY2(holder, qPrintable(testDb.error()));
    storage::DatabaseOptions impatient;
    impatient.busyTimeoutMs = 300;
    auto waiter = testDb.open(impatient);
    QVERIFY2(waiter, qPrintable(testDb.error()));
    const QString before = contents(testDb);
    storage::Transaction hold(*holder);
    QVERIFY(hold);
    QElapsedTimer timer;
    timer.start();
    const auto created =
        storage::TicketRepository(*waiter).create(testing::sampleTicket(u"Blocked"_s), 0);
    QVERIFY(!created.ok());
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(created.error().kind, StorageError::Kind::Busy);
    QVERIFY2(created.error().message.contains(u"locked"_s) &&
                 created.error().message.contains(waiter->displayName()),
             qPrintable(created.error().message));
    hold.rollback();
    QCOMPARE(contents(testDb), before);
    SD_VERIFY_OK(storage::TicketRepository(*waiter).create(testing::sampleTicket(u"Later"_s), 0));
}

void TestDatabaseErrors::wrongPassword()
{
    if (isSqlite())
        QSKIP("PostgreSQL only");
    QVERIFY2(adminUrl().isValid() && !adminUrl().isEmpty(),
             "SD_TEST_PG_URL is not set: run under scripts/with-postgres");
    QUrl url = adminUrl();
    url.setPassword(u"Wr0ngPassw0rd"_s);
    const auto opened = storage::Database::open(url.toString());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, StorageError::Kind::Unavailable);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(u"password authentication failed"_s), qPrintable(message));
    QVERIFY2(message.contains(u"postgresql://postgres@127.0.0.1:%1/postgres"_s.arg(url.port())),
             qPrintable(message));
    QVERIFY2(!message.contains(u"Wr0ngPassw0rd"_s) && !message.contains(adminUrl().password()),
             qPrintable(message));
}

void TestDatabaseErrors::unreachableServer_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("expected");
    QTest::addRow("closed port") << u"port"_s << u"refused"_s;
    QTest::addRow("missing database") << u"database"_s << u"does not exist"_s;
}

void TestDatabaseErrors::unreachableServer()
{
    if (isSqlite())
        QSKIP("PostgreSQL only");
    QFETCH(QString, part);
    QFETCH(QString, expected);
    QVERIFY2(!adminUrl().isEmpty(), "SD_TEST_PG_URL is not set: run under scripts/with-postgres");
    QUrl url = adminUrl();
    if (part == u"port")
        url.setPort(1);
    else
        url.setPath(u"/no_such_database"_s);
    QElapsedTimer timer;
    timer.start();
    const auto opened = storage::Database::open(url.toString());
    QVERIFY(!opened.ok());
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(opened.error().kind, StorageError::Kind::Unavailable);
    QVERIFY2(opened.error().message.contains(expected) &&
                 opened.error().message.contains(url.host()),
             qPrintable(opened.error().message));
}

void TestDatabaseErrors::droppedConnectionBetweenCalls()
{
    if (isSqlite())
        QSKIP("PostgreSQL only");
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = testDb.openMigrated();
    QVERIFY2(db, qPrintable(testDb.error()));
    storage::TicketRepository tickets(*db);
    SD_VERIFY_OK(tickets.create(testing::sampleTicket(u"Before"_s), 0));
    const QString before = contents(testDb);
    QString error;
    QVERIFY2(terminate(*db, &error), qPrintable(error));

    const auto failed = tickets.create(testing::sampleTicket(u"Lost"_s), 0);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, StorageError::Kind::Unavailable);
    QVERIFY2(failed.error().message.contains(db->displayName()) &&
                 failed.error().message.contains(u"connection"_s),
             qPrintable(failed.error().message));
    QCOMPARE(contents(testDb), before);
    // The next call opens a new connection.
    SD_VERIFY_OK(tickets.create(testing::sampleTicket(u"After"_s), 0));
}

void TestDatabaseErrors::droppedConnectionInsideTransaction()
{
    if (isSqlite())
        QSKIP("PostgreSQL only");
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = testDb.openMigrated();
    QVERIFY2(db, qPrintable(testDb.error()));
    const QString before = contents(testDb);
    {
        storage::Transaction tx(*db);
        QVERIFY(tx);
        const auto ticket =
            storage::TicketRepository(*db).create(testing::sampleTicket(u"Half"_s), 0);
        SD_VERIFY_OK(ticket);
        QString error;
        QVERIFY2(terminate(*db, &error), qPrintable(error));
        const auto message = storage::MessageRepository(*db).append(
            testing::sampleMessage(ticket->id, core::MessageKind::Reply, u"Ответ"_s));
        QCOMPARE(message.error().kind, StorageError::Kind::Unavailable);
        const auto committed = tx.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().kind, StorageError::Kind::Unavailable);
    }
    QCOMPARE(contents(testDb), before);
}

QTEST_GUILESS_MAIN(TestDatabaseErrors)
#include "testdatabaseerrors.moc"
