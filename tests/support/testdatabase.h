#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sd::testing {

// A fresh, empty database for one test, on the backend named by SD_TEST_BACKEND ("sqlite",
// the default, or "postgresql"): a SQLite file in a temporary folder, or a uniquely named
// PostgreSQL database created through SD_TEST_PG_URL and dropped again by the destructor.
//
//     sd::testing::TestDatabase testDb;
//     QVERIFY2(testDb.create(), qPrintable(testDb.error()));
//     auto db = testDb.openMigrated();
//
// create() fails (it never skips) when PostgreSQL was asked for but SD_TEST_PG_URL is unset
// or the server does not answer. Close every Database opened on it before the TestDatabase
// goes away (the PostgreSQL database is dropped WITH (FORCE) anyway).
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    TestDatabase();
    ~TestDatabase();

    bool create();
    QString error() const { return m_error; }

    storage::Backend backend() const { return m_backend; }
    // The database's URL (with password, for opening it).
    QString url() const { return m_url; }
    // Opens another connection to it; null (and error() set) on failure.
    std::unique_ptr<storage::Database> open(const storage::DatabaseOptions &options = {});
    // Opens and migrates to the latest schema; null (and error() set) on failure.
    std::unique_ptr<storage::Database> openMigrated(const storage::DatabaseOptions &options = {});

    // What SD_TEST_BACKEND asks for; "sqlite" when unset.
    static QString backendName();
    // SD_TEST_PG_URL: a superuser URL of the throwaway cluster; empty when unset.
    static QString postgresAdminUrl();

private:
    bool createPostgres();
    void dropPostgres();

    storage::Backend m_backend = storage::Backend::Sqlite;
    QString m_url;
    QString m_postgresName;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace sd::testing
