// SqliteStatement: the raw path the client's bulk writers and loaders use must store and read
// back exactly what Statement would, tell NULL from empty text, and fail in words.
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using sd::storage::Database;
using sd::storage::SqliteStatement;
using sd::storage::StorageError;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_data();
    void roundTrip();
    void nullIsNotEmpty();
    void reusedAfterReset();
    void badSqlIsReported();
    void constraintIsInvalid();
    void rollsBackWithTheDatabase();

private:
    std::unique_ptr<Database> m_db;
};

void TestSqliteStatement::init()
{
    auto db = Database::open(u"sqlite::memory:"_s);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();
    QVERIFY(m_db->execute(u"CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT UNIQUE)"_s));
}

void TestSqliteStatement::roundTrip_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("text");
    QTest::addRow("ascii") << qint64(42) << u"Invoice printing hangs"_s;
    QTest::addRow("cyrillic") << qint64(-7) << u"Не печатается счёт"_s;
    QTest::addRow("emoji, quote, newline") << qint64(1) << u"a \"b\"\n😀"_s;
    QTest::addRow("int64 extremes") << std::numeric_limits<qint64>::max() << u"x"_s;
}

void TestSqliteStatement::roundTrip()
{
    QFETCH(qint64, number);
    QFETCH(QString, text);
    SqliteStatement insert(*m_db, "INSERT INTO t (id, n, s) VALUES (?, ?, ?)");
    QVERIFY2(insert.ok(), qPrintable(insert.error().message));
    const QByteArray utf8 = text.toUtf8();
    QVERIFY(!insert.bind(1, 5).bind(2, number).bindText(3, utf8).step());
    QVERIFY2(!insert.failed(), qPrintable(insert.error().message));

    // What QtSql reads back is the same value: both paths share one connection and encoding.
    sd::storage::Statement viaQt(*m_db, u"SELECT n, s FROM t WHERE id = 5"_s);
    QVERIFY(viaQt.exec());
    QVERIFY(viaQt.next());
    QCOMPARE(viaQt.id(0), number);
    QCOMPARE(viaQt.text(1), text);

    SqliteStatement select(*m_db, "SELECT n, s FROM t WHERE id = ?");
    QVERIFY(select.bind(1, 5).step());
    QCOMPARE(select.int64(0), number);
    QCOMPARE(select.text(1), QByteArrayView(utf8));
    QCOMPARE(select.string(1), text);
    QVERIFY(!select.step());
    QVERIFY(!select.failed());
}

void TestSqliteStatement::nullIsNotEmpty()
{
    SqliteStatement insert(*m_db, "INSERT INTO t (id, s) VALUES (?, ?)");
    QVERIFY(!insert.bind(1, 1).bindText(2, QByteArrayView()).step());
    insert.reset();
    QVERIFY(!insert.bind(1, 2).bindNull(2).step());
    SqliteStatement select(*m_db, "SELECT s IS NULL, s FROM t ORDER BY id");
    QVERIFY(select.step());
    QCOMPARE(select.int64(0), 0);
    QVERIFY(!select.isNull(1));
    QCOMPARE(select.string(1), QString(u""_s));
    QVERIFY(select.step());
    QCOMPARE(select.int64(0), 1);
    QVERIFY(select.isNull(1));
}

void TestSqliteStatement::reusedAfterReset()
{
    SqliteStatement insert(*m_db, "INSERT INTO t (id, n) VALUES (?, ?)");
    for (qint64 i = 1; i <= 100; ++i) {
        QVERIFY(!insert.bind(1, i).bind(2, i * i).step());
        QVERIFY(!insert.failed());
        insert.reset();
    }
    SqliteStatement sum(*m_db, "SELECT count(*), sum(n) FROM t");
    QVERIFY(sum.step());
    QCOMPARE(sum.int64(0), 100);
    QCOMPARE(sum.int64(1), 338350);
}

void TestSqliteStatement::badSqlIsReported()
{
    SqliteStatement broken(*m_db, "SELEKT nothing FROM t");
    QVERIFY(!broken.ok());
    QVERIFY(!broken.step());
    QVERIFY2(broken.error().message.contains(u"syntax error"_s),
             qPrintable(broken.error().message));
    QVERIFY(broken.error().message.contains(u"memory"_s));
}

void TestSqliteStatement::constraintIsInvalid()
{
    SqliteStatement insert(*m_db, "INSERT INTO t (id, s) VALUES (?, ?)");
    QVERIFY(!insert.bind(1, 1).bindText(2, "same").step());
    insert.reset();
    QVERIFY(!insert.bind(1, 2).bindText(2, "same").step());
    QVERIFY(insert.failed());
    QCOMPARE(insert.error().kind, StorageError::Kind::Invalid);
    QVERIFY(insert.error().message.contains(u"UNIQUE"_s));
    // After reset the statement works again.
    insert.reset();
    QVERIFY(!insert.bind(1, 3).bindText(2, "other").step());
    QVERIFY(!insert.failed());
}

void TestSqliteStatement::rollsBackWithTheDatabase()
{
    {
        sd::storage::Transaction tx(*m_db);
        QVERIFY(tx);
        SqliteStatement insert(*m_db, "INSERT INTO t (id) VALUES (?)");
        QVERIFY(!insert.bind(1, 9).step());
        // No commit: the transaction rolls back what the raw statement wrote.
    }
    SqliteStatement count(*m_db, "SELECT count(*) FROM t");
    QVERIFY(count.step());
    QCOMPARE(count.int64(0), 0);
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "testsqlitestatement.moc"
