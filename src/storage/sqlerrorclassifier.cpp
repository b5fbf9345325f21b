#include "sqlerrorclassifier.h"

#include <QSqlError>

namespace sd::storage {

namespace {

// Primary SQLite result codes (sqlite3.h); the driver may report extended ones, whose low
// byte is the primary code.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADatabase = 26,
};

} // namespace

StorageError SqlErrorClassifier::classify(const QSqlError &error, const Context &context)
{
    const StorageError::Kind kind = context.backend == Backend::Sqlite
                                        ? sqliteKind(error)
                                        : postgresKind(error, context.connectionOpen);
    return {kind, describe(kind, driverText(error), context)};
}

StorageError::Kind SqlErrorClassifier::sqliteKind(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return StorageError::Kind::Internal;
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        return StorageError::Kind::Busy;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return StorageError::Kind::Corrupt;
    case SqliteReadOnly:
    case SqliteFull:
    case SqliteCantOpen:
        return StorageError::Kind::Unavailable;
    case SqliteConstraint:
        return error.databaseText().contains(u"UNIQUE") ? StorageError::Kind::Duplicate
                                                        : StorageError::Kind::Invalid;
    default:
        return StorageError::Kind::Internal;
    }
}

StorageError::Kind SqlErrorClassifier::postgresKind(const QSqlError &error, bool connectionOpen)
{
    const QString state = error.nativeErrorCode();
    if (state == u"23505")
        return StorageError::Kind::Duplicate;
    if (state.startsWith(u"23") || state.startsWith(u"22"))
        return StorageError::Kind::Invalid;
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return StorageError::Kind::Busy;
    // 08: connection exception, 57P0x: server shut down or terminated us, 53: out of
    // resources, 28: authentication, 3D000: no such database.
    if (state.startsWith(u"08") || state.startsWith(u"57P") || state.startsWith(u"53") ||
        state.startsWith(u"28") || state == u"3D000" || !connectionOpen ||
        error.type() == QSqlError::ConnectionError)
        return StorageError::Kind::Unavailable;
    if (state.startsWith(u"42") && state != u"42501")
        return StorageError::Kind::SchemaMismatch;
    return StorageError::Kind::Internal;
}

QString SqlErrorClassifier::driverText(const QSqlError &error)
{
    QString text = error.databaseText().simplified();
    if (text.isEmpty())
        text = error.driverText().simplified();
    return text;
}

QString SqlErrorClassifier::describe(StorageError::Kind kind, const QString &detail,
                                     const Context &context)
{
    const QString why = detail.isEmpty() ? tr("the connection is closed") : detail;
    const QString &name = context.databaseName;
    switch (kind) {
    case StorageError::Kind::Busy:
        return tr("The database %1 is locked by another program or connection; gave up "
                  "after waiting %2 ms (%3).")
            .arg(name)
            .arg(context.busyTimeoutMs)
            .arg(why);
    case StorageError::Kind::Corrupt:
        return tr("The database %1 is damaged or is not a database file: %2.").arg(name, why);
    case StorageError::Kind::Unavailable:
        return context.connectionOpen
                   ? tr("The database %1 is not available: %2").arg(name, why)
                   : tr("Lost the connection to the database %1: %2").arg(name, why);
    case StorageError::Kind::Duplicate:
        return tr("The database %1 already holds this value: %2").arg(name, why);
    case StorageError::Kind::Invalid:
        return tr("The database %1 refused the change: %2").arg(name, why);
    case StorageError::Kind::SchemaMismatch:
        return tr("The database %1 does not have the expected schema: %2").arg(name, why);
    case StorageError::Kind::NotFound:
    case StorageError::Kind::Conflict:
    case StorageError::Kind::Internal:
        break;
    }
    return tr("The database %1 reported an error: %2").arg(name, why);
}

} // namespace sd::storage
