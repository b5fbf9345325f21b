#pragma once

#include "migration.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace sd::storage {

class Database;

// Brings a database to the schema this binary knows, one migration per transaction, each
// recorded in schema_version. A database made by a newer SupportDesk (a version above the
// latest known) is refused before anything is written; a failing migration rolls back
// completely and stops the run. Safe to run from several processes at once.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
    Q_DISABLE_COPY_MOVE(Migrator)

public:
    explicit Migrator(Database &db);
    // Another list than Migrations::builtin(): for tests.
    Migrator(Database &db, QList<Migration> migrations);

    int latestVersion() const;
    // 0 for an empty database.
    Result<int> currentVersion();
    // Returns the version reached.
    Result<int> migrate();
    // Succeeds only when the database is exactly at latestVersion(): what `serve` checks.
    Result<void> check();

private:
    Result<bool> hasSchemaVersionTable();
    Result<int> readVersion();
    Result<void> apply(const Migration &migration);
    Result<void> run(const QStringList &statements);
    StorageError tooNew(int version) const;

    Database &m_db;
    QList<Migration> m_migrations;
};

} // namespace sd::storage
