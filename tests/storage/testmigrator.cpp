// Migrator on the backend named by SD_TEST_BACKEND.
#include "sampledata.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/migrator.h"
#include "storage/queuerepository.h"
#include "storage/statement.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

using namespace sd;
using namespace Qt::StringLiterals;
using storage::Migration;
using storage::StorageError;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseReachesLatest();
    void checkWantsAMigratedDatabase();
    void laterStepsApplyInOrder();
    void refusesNewerDatabaseWithoutWriting();
    void failedMigrationLeavesNothing_data();
    void failedMigrationLeavesNothing();
    void refusesForeignDatabase();

private:
    static QStringList tables(storage::Database &db);
    static Migration step(int version, const QStringList &statements);
    // Everything a migrator could change: tables, versions and the rows of small tables.
    static QString fingerprint(testing::TestDatabase &testDb);
};

QStringList TestMigrator::tables(storage::Database &db)
{
    storage::Statement list(db, db.backend() == storage::Backend::Sqlite
                                    ? u"SELECT name FROM sqlite_master WHERE type = 'table' "
                                      u"AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name"_s
                                    : u"SELECT table_name FROM information_schema.tables WHERE "
                                      u"table_schema = current_schema() ORDER BY table_name"_s);
    QStringList out;
    if (!list.exec())
        return {u"error: "_s + list.error().message};
    while (list.next())
        out.append(list.text(0));
    return out;
}

Migration TestMigrator::step(int version, const QStringList &statements)
{
    return {version, u"test step %1"_s.arg(version), statements, statements};
}

QString TestMigrator::fingerprint(testing::TestDatabase &testDb)
{
    if (testDb.backend() == storage::Backend::Sqlite) {
        QFile file(testDb.url().mid(u"sqlite:"_s.size()));
        if (!file.open(QIODevice::ReadOnly))
            return u"unreadable"_s;
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    auto db = testDb.open();
    if (!db)
        return testDb.error();
    QString out = tables(*db).join(u',');
    for (const QString &sql : {u"SELECT version, description, applied_at FROM schema_version "
                               u"ORDER BY version"_s,
                               u"SELECT id, name, description FROM queues ORDER BY id"_s}) {
        storage::Statement rows(*db, sql);
        if (!rows.exec())
            return rows.error().message;
        while (rows.next())
            out += u'|' + rows.text(0) + u';' + rows.text(1) + u';' + rows.text(2);
    }
    return out;
}

void TestMigrator::emptyDatabaseReachesLatest()
{
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY2(db, qPrintable(testDb.error()));
    storage::Migrator migrator(*db);
    QCOMPARE(migrator.currentVersion().value(), 0);
    QCOMPARE(migrator.latestVersion(), storage::Migrations::latestVersion());
    const auto migrated = migrator.migrate();
    SD_VERIFY_OK(migrated);
    QCOMPARE(migrated.value(), storage::Migrations::latestVersion());
    SD_VERIFY_OK(migrator.check());
    const QStringList present = tables(*db);
    for (const QString &table :
         {u"schema_version"_s, u"tickets"_s, u"messages"_s, u"attachment_blobs"_s, u"change_feed"_s,
          u"audit_events"_s, u"sla_policies"_s, u"idempotency_keys"_s}) {
        QVERIFY2(present.contains(table), qPrintable(table));
    }
    QCOMPARE(storage::QueueRepository(*db).list()->size(), 2);
    const QString before = fingerprint(testDb);
    QCOMPARE(migrator.migrate().value(), storage::Migrations::latestVersion());
    QCOMPARE(fingerprint(testDb), before);
}

void TestMigrator::checkWantsAMigratedDatabase()
{
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY2(db, qPrintable(testDb.error()));
    const auto checked = storage::Migrator(*db).check();
    QCOMPARE(checked.error().kind, StorageError::Kind::SchemaMismatch);
    QVERIFY2(checked.error().message.contains(u"migrate"_s), qPrintable(checked.error().message));
}

void TestMigrator::laterStepsApplyInOrder()
{
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = testDb.openMigrated();
    QVERIFY2(db, qPrintable(testDb.error()));
    const int latest = storage::Migrations::latestVersion();
    QList<Migration> migrations = storage::Migrations::builtin();
    migrations << step(latest + 1, {u"CREATE TABLE step_one (id INTEGER PRIMARY KEY)"_s})
               << step(latest + 2, {u"CREATE TABLE step_two (one_id INTEGER REFERENCES "
                                    u"step_one (id))"_s});
    storage::Migrator migrator(*db, migrations);
    QCOMPARE(migrator.currentVersion().value(), latest);
    QCOMPARE(storage::Migrator(*db).check().ok(), true);
    QCOMPARE(migrator.check().error().kind, StorageError::Kind::SchemaMismatch);
    QCOMPARE(migrator.migrate().value(), latest + 2);
    QVERIFY(tables(*db).contains(u"step_two"_s));
    storage::Statement versions(*db, u"SELECT version, description FROM schema_version "
                                     u"ORDER BY version"_s);
    QVERIFY(versions.exec());
    QCOMPARE(versions.rowCount(), latest + 2);
    while (versions.next())
        QCOMPARE(versions.text(1), migrations.at(versions.id(0) - 1).description);
}

void TestMigrator::refusesNewerDatabaseWithoutWriting()
{
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    const int newer = storage::Migrations::latestVersion() + 1;
    {
        auto db = testDb.openMigrated();
        QVERIFY2(db, qPrintable(testDb.error()));
        storage::Statement future(*db, u"INSERT INTO schema_version (version, description, "
                                       u"applied_at) VALUES (?, 'from the future', ?)"_s);
        QVERIFY(future.bind(newer).bindTime(QDateTime::currentDateTimeUtc()).exec());
    }
    const QString before = fingerprint(testDb);
    {
        auto db = testDb.open();
        QVERIFY2(db, qPrintable(testDb.error()));
        storage::Migrator migrator(*db);
        QCOMPARE(migrator.currentVersion().value(), newer);
        const auto refused = migrator.migrate();
        QCOMPARE(refused.error().kind, StorageError::Kind::SchemaMismatch);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QString::number(newer)) && message.contains(u"newer"_s) &&
                     message.contains(db->displayName()),
                 qPrintable(message));
        QCOMPARE(migrator.check().error().kind, StorageError::Kind::SchemaMismatch);
    }
    QCOMPARE(fingerprint(testDb), before);
}

void TestMigrator::failedMigrationLeavesNothing_data()
{
    QTest::addColumn<bool>("startMigrated");
    QTest::addRow("first step of an empty database") << false;
    QTest::addRow("step after the built-in ones") << true;
}

void TestMigrator::failedMigrationLeavesNothing()
{
    QFETCH(bool, startMigrated);
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = startMigrated ? testDb.openMigrated() : testDb.open();
    QVERIFY2(db, qPrintable(testDb.error()));
    const QStringList tablesBefore = tables(*db);
    const int version = startMigrated ? storage::Migrations::latestVersion() : 0;
    QList<Migration> migrations =
        startMigrated ? storage::Migrations::builtin() : QList<Migration>();
    migrations << step(version + 1, {u"CREATE TABLE half_done (id INTEGER)"_s,
                                     u"INSERT INTO half_done (id) VALUES (1)"_s,
                                     u"SELECT no_such_column FROM half_done"_s});
    storage::Migrator migrator(*db, migrations);
    const auto failed = migrator.migrate();
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(u"Migration %1"_s.arg(version + 1)),
             qPrintable(failed.error().message));
    QCOMPARE(tables(*db), tablesBefore);
    QCOMPARE(migrator.currentVersion().value(), version);
    if (startMigrated)
        QCOMPARE(storage::QueueRepository(*db).list()->size(), 2);
}

void TestMigrator::refusesForeignDatabase()
{
    testing::TestDatabase testDb;
    QVERIFY2(testDb.create(), qPrintable(testDb.error()));
    auto db = testDb.open();
    QVERIFY2(db, qPrintable(testDb.error()));
    SD_VERIFY_OK(db->execute(u"CREATE TABLE somebody_elses (id INTEGER)"_s));
    const auto refused = storage::Migrator(*db).migrate();
    QCOMPARE(refused.error().kind, StorageError::Kind::SchemaMismatch);
    QCOMPARE(tables(*db), QStringList{u"somebody_elses"_s});
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "testmigrator.moc"
