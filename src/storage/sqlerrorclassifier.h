#pragma once

#include "databaseurl.h"
#include "storageerror.h"

#include <QCoreApplication>

class QSqlError;

namespace sd::storage {

// Turns what QSQLITE and QPSQL report into a StorageError: SQLite result codes and
// PostgreSQL SQLSTATEs pick the kind, the message names the database.
class SqlErrorClassifier final
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorClassifier)

public:
    struct Context
    {
        Backend backend = Backend::Sqlite;
        QString databaseName; // display form, without password
        bool connectionOpen = true;
        int busyTimeoutMs = 0;
    };

    SqlErrorClassifier() = delete;

    static StorageError classify(const QSqlError &error, const Context &context);
    // The wording for a kind, used also for errors storage detects itself.
    static QString describe(StorageError::Kind kind, const QString &detail, const Context &context);
    // The driver's own words on one line, without Qt's "Unable to ..." suffix.
    static QString driverText(const QSqlError &error);

private:
    static StorageError::Kind sqliteKind(const QSqlError &error);
    static StorageError::Kind postgresKind(const QSqlError &error, bool connectionOpen);
};

} // namespace sd::storage
