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
    void bindsInPlace();
    void badSqlIsReported();
    void constraintIsInvalid();
    void rollsBackWithTheDatabase();
    void readsWhatQtSqlStored_data();
    void readsWhatQtSqlStored();
    void bindsVariantsAsQtSqlDoes_data();
    void bindsVariantsAsQtSqlDoes();
    void readsTimesAsStatementDoes_data();
    void readsTimesAsStatementDoes();

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

void TestSqliteStatement::bindsInPlace()
{
    SqliteStatement insert(*m_db, "INSERT INTO t (id, s) VALUES (?, ?)");
    QByteArray buffer("first row");
    QVERIFY(!insert.bind(1, 1).bindTextInPlace(2, buffer).step());
    insert.reset();
    // The same buffer, changed and bound again for the next row: each row keeps its own text.
    buffer = "second";
    QVERIFY(!insert.bind(1, 2).bindTextInPlace(2, buffer).step());
    QVERIFY(!insert.failed());
    insert.reset();
    QVERIFY(!insert.bind(1, 3).bindTextInPlace(2, QByteArrayView()).step());
    SqliteStatement select(*m_db, "SELECT s FROM t ORDER BY id");
    QStringList texts;
    while (select.step())
        texts << select.string(0);
    QCOMPARE(texts, QStringList({u"first row"_s, u"second"_s, u""_s}));
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

void TestSqliteStatement::readsWhatQtSqlStored_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("cyrillic and emoji") << u"Не печатается 🖨"_s;
    QTest::addRow("replacement character") << u"a\ufffdb"_s;
    // Through SQLite's UTF-16 conversion, which does not make UTF-8 of these.
    QTest::addRow("lone high surrogate") << QString(QChar(0xd800)) + u"x"_s;
    QTest::addRow("lone low surrogate at the end") << u"x"_s + QChar(0xdc00);
}

void TestSqliteStatement::readsWhatQtSqlStored()
{
    QFETCH(QString, text);
    sd::storage::Statement insert(*m_db, u"INSERT INTO t (id, s) VALUES (1, ?)"_s);
    QVERIFY(insert.bind(text).exec());
    sd::storage::Statement viaQt(*m_db, u"SELECT s FROM t"_s);
    QVERIFY(viaQt.exec() && viaQt.next());
    SqliteStatement raw(*m_db, "SELECT s FROM t");
    QVERIFY(raw.step());
    QCOMPARE(raw.string(0), viaQt.text(0));
}

void TestSqliteStatement::bindsVariantsAsQtSqlDoes_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addRow("int") << QVariant(250);
    QTest::addRow("int64") << QVariant(qint64(1) << 40);
    QTest::addRow("bool") << QVariant(true);
    QTest::addRow("double") << QVariant(2.5);
    QTest::addRow("text") << QVariant(u"Склад «5.2»"_s);
    QTest::addRow("bytes") << QVariant(QByteArray("raw"));
    QTest::addRow("null string") << QVariant(QString());
    QTest::addRow("null") << QVariant();
}

void TestSqliteStatement::bindsVariantsAsQtSqlDoes()
{
    QFETCH(QVariant, value);
    QVERIFY(m_db->execute(u"CREATE TABLE v (id INTEGER PRIMARY KEY, x)"_s));
    sd::storage::Statement viaQt(*m_db, u"INSERT INTO v (id, x) VALUES (1, ?)"_s);
    QVERIFY(viaQt.bind(value).exec());
    SqliteStatement raw(*m_db, "INSERT INTO v (id, x) VALUES (2, ?)");
    QVERIFY(!raw.bindValue(1, value).step());
    QVERIFY2(!raw.failed(), qPrintable(raw.error().message));
    SqliteStatement same(*m_db, "SELECT a.x IS b.x, typeof(a.x) = typeof(b.x) FROM v a, v b "
                                "WHERE a.id = 1 AND b.id = 2");
    QVERIFY(same.step());
    QCOMPARE(same.int64(0), 1);
    QCOMPARE(same.int64(1), 1);
}

void TestSqliteStatement::readsTimesAsStatementDoes_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addRow("as Statement writes it") << QVariant(u"2026-03-01T08:15:00.123Z"_s);
    QTest::addRow("leap day") << QVariant(u"2024-02-29T23:59:59.999Z"_s);
    QTest::addRow("epoch") << QVariant(u"1970-01-01T00:00:00.000Z"_s);
    QTest::addRow("before 1970") << QVariant(u"1969-07-20T20:17:40.000Z"_s);
    QTest::addRow("year 999") << QVariant(u"0999-06-15T08:30:00.500Z"_s);
    QTest::addRow("with an offset") << QVariant(u"2026-03-01T11:15:00.000+03:00"_s);
    QTest::addRow("without milliseconds") << QVariant(u"2026-03-01T08:15:00Z"_s);
    QTest::addRow("no such day") << QVariant(u"2026-02-29T08:15:00.000Z"_s);
    QTest::addRow("no such hour") << QVariant(u"2026-03-01T24:15:00.000Z"_s);
    QTest::addRow("not a time") << QVariant(u"soon"_s);
    QTest::addRow("null") << QVariant();
}

void TestSqliteStatement::readsTimesAsStatementDoes()
{
    QFETCH(QVariant, stored);
    QVERIFY(m_db->execute(u"CREATE TABLE times (id INTEGER PRIMARY KEY, at TEXT)"_s));
    sd::storage::Statement insert(*m_db, u"INSERT INTO times (id, at) VALUES (1, ?)"_s);
    QVERIFY(insert.bind(stored).exec());
    sd::storage::Statement viaQt(*m_db, u"SELECT at FROM times"_s);
    QVERIFY(viaQt.exec() && viaQt.next());
    SqliteStatement raw(*m_db, "SELECT at FROM times");
    QVERIFY(raw.step());
    const QDateTime expected = viaQt.time(0);
    QCOMPARE(raw.time(0), expected);
    QCOMPARE(raw.time(0).isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(raw.time(0).timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "testsqlitestatement.moc"
