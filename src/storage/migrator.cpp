#include "migrator.h"

#include "database.h"
#include "migrations.h"
#include "statement.h"
#include "transaction.h"

#include <QDateTime>

namespace sd::storage {

namespace {

// pg_advisory_xact_lock key shared by every SupportDesk process migrating one database.
constexpr qint64 MigrationLockKey = 0x5344'4d49'4752; // "SDMIGR"

} // namespace

Migrator::Migrator(Database &db) : Migrator(db, Migrations::builtin()) {}

Migrator::Migrator(Database &db, QList<Migration> migrations)
    : m_db(db), m_migrations(std::move(migrations))
{}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<bool> Migrator::hasSchemaVersionTable()
{
    const bool sqlite = m_db.backend() == Backend::Sqlite;
    Statement tables(m_db, sqlite ? QStringLiteral("SELECT name FROM sqlite_master "
                                                   "WHERE type = 'table' AND "
                                                   "substr(name, 1, 7) <> 'sqlite_'")
                                  : QStringLiteral("SELECT table_name FROM "
                                                   "information_schema.tables WHERE "
                                                   "table_schema = current_schema()"));
    if (!tables.exec())
        return tables.error();
    bool found = false;
    while (tables.next())
        found = found || tables.text(0) == u"schema_version";
    if (!found && tables.rowCount() > 0) {
        return StorageError{StorageError::Kind::SchemaMismatch,
                            tr("The database %1 already holds tables but no schema_version: it "
                               "is not a SupportDesk database. Nothing was changed.")
                                .arg(m_db.displayName())};
    }
    return found;
}

Result<int> Migrator::readVersion()
{
    Statement version(m_db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version.exec())
        return version.error();
    return version.next() ? int(version.id(0)) : 0;
}

Result<int> Migrator::currentVersion()
{
    const Result<bool> exists = hasSchemaVersionTable();
    if (!exists)
        return exists.error();
    if (!exists.value())
        return 0;
    return readVersion();
}

StorageError Migrator::tooNew(int version) const
{
    return {StorageError::Kind::SchemaMismatch,
            tr("The database %1 has schema version %2, but this SupportDesk knows versions up "
               "to %3 only: it was written by a newer release. Upgrade SupportDesk; the "
               "database was not changed.")
                .arg(m_db.displayName())
                .arg(version)
                .arg(latestVersion())};
}

Result<int> Migrator::migrate()
{
    const Result<int> current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return tooNew(current.value());
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current.value())
            continue;
        if (const Result<void> applied = apply(migration); !applied)
            return applied.error();
    }
    return currentVersion();
}

Result<void> Migrator::check()
{
    const Result<int> current = currentVersion();
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return tooNew(current.value());
    if (current.value() < latestVersion()) {
        return StorageError{StorageError::Kind::SchemaMismatch,
                            tr("The database %1 has schema version %2 but this SupportDesk "
                               "needs version %3: run \"supportdesk-server migrate\" first.")
                                .arg(m_db.displayName())
                                .arg(current.value())
                                .arg(latestVersion())};
    }
    return {};
}

Result<void> Migrator::apply(const Migration &migration)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const bool sqlite = m_db.backend() == Backend::Sqlite;
    if (!sqlite) {
        // Serialises concurrent migrators; the SQLite write lock already does that.
        Statement lock(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        if (!lock.bind(MigrationLockKey).exec())
            return lock.error();
    }
    const QString bookkeeping =
        sqlite ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                "PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
               : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                                "PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ "
                                "NOT NULL)");
    if (const Result<void> created = m_db.execute(bookkeeping); !created)
        return created;
    // Another process may have applied it while we waited for the lock.
    const Result<int> current = readVersion();
    if (!current)
        return current.error();
    if (current.value() >= migration.version)
        return tx.commit();
    if (const Result<void> ran = run(sqlite ? migration.sqlite : migration.postgresql); !ran) {
        return StorageError{ran.error().kind, tr("Migration %1 (%2) failed and was rolled back: %3")
                                                  .arg(migration.version)
                                                  .arg(migration.description, ran.error().message)};
    }
    Statement record(m_db, QStringLiteral("INSERT INTO schema_version (version, description, "
                                          "applied_at) VALUES (?, ?, ?)"));
    record.bind(migration.version).bind(migration.description);
    if (!record.bindTime(QDateTime::currentDateTimeUtc()).exec())
        return record.error();
    return tx.commit();
}

Result<void> Migrator::run(const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (const Result<void> done = m_db.execute(sql); !done)
            return done;
    }
    return {};
}

} // namespace sd::storage
