#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace sd::storage {

class Database;

// A prepared statement on a SQLite Database's own connection, through SQLite's C API.
// For the client's bulk paths (first sync into the replica, loading a million rows into the
// ticket table), where QtSql's per-value QVariant conversions cost more than SQLite itself;
// everything else uses Statement. Values are bound and read as UTF-8 bytes. Runs inside the
// Database's transactions like any other statement on that connection.
class SqliteStatement final
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    // `db` must be a SQLite database; otherwise, or if `sql` does not compile, ok() is false
    // and error() says why.
    SqliteStatement(Database &db, const char *sql);
    ~SqliteStatement();

    bool ok() const { return m_statement != nullptr; }
    const StorageError &error() const { return m_error; }

    // Parameters count from 1, as in SQLite. An empty view binds an empty text, not NULL.
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bindText(int index, QByteArrayView utf8);
    // Without SQLite's copy of the bytes (kilobytes of JSON a row in the bulk writers): they
    // must stay valid and unchanged until the statement has run and is reset or bound anew.
    SqliteStatement &bindTextInPlace(int index, QByteArrayView utf8);
    SqliteStatement &bindNull(int index);
    // As QtSql binds it: null, booleans and integers, doubles, bytes as a blob, anything else
    // as text; for SqlFragment values.
    SqliteStatement &bindValue(int index, const QVariant &value);

    // Runs to the next row: true while there is one; false when done or failed (see failed()).
    bool step();
    // Ready to bind and run again; bindings are kept until replaced.
    void reset();
    bool failed() const { return m_failed; }

    qint64 int64(int column) const;
    bool isNull(int column) const;
    // Valid until the next step() or reset().
    QByteArrayView text(int column) const;
    // As QtSql reads it, also where the stored bytes are not UTF-8; text() may not be used on
    // the column afterwards.
    QString string(int column) const;
    // A timestamp as Statement::time reads it (UTC; invalid for NULL or no time), without
    // QDateTime's parser for the text Statement::timeText writes.
    QDateTime time(int column) const;

private:
    void fail(const QString &what);

    Database &m_db;
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    StorageError m_error;
    bool m_failed = false;
};

} // namespace sd::storage
