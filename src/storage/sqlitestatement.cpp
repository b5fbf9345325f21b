#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace sd::storage {

SqliteStatement::SqliteStatement(Database &db, const char *sql) : m_db(db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (db.backend() != Backend::Sqlite || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = {StorageError::Kind::Internal,
                   tr("%1 is not an SQLite database.").arg(db.displayName())};
        m_failed = true;
        return;
    }
    m_connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (sqlite3_prepare_v3(m_connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK) {
        fail(tr("Could not prepare a statement"));
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    if (ok() && sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail(tr("Could not bind a value"));
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // An empty view may have no data pointer, which SQLite would take for NULL.
    const char *data = utf8.data() != nullptr ? utf8.data() : "";
    if (ok() && sqlite3_bind_text64(m_statement, index, data, sqlite3_uint64(utf8.size()),
                                    SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        fail(tr("Could not bind a value"));
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (ok() && sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail(tr("Could not bind a value"));
    return *this;
}

bool SqliteStatement::step()
{
    if (!ok() || m_failed)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail(tr("A statement failed"));
    return false;
}

void SqliteStatement::reset()
{
    if (!ok())
        return;
    sqlite3_reset(m_statement);
    m_failed = false;
    m_error = {};
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::string(int column) const
{
    return QString::fromUtf8(text(column));
}

void SqliteStatement::fail(const QString &what)
{
    m_failed = true;
    const int code = sqlite3_extended_errcode(m_connection);
    StorageError::Kind kind = StorageError::Kind::Internal;
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        kind = StorageError::Kind::Busy;
    else if ((code & 0xff) == SQLITE_CONSTRAINT)
        kind = StorageError::Kind::Invalid;
    else if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        kind = StorageError::Kind::Corrupt;
    m_error = {kind,
               tr("%1 in %2: %3")
                   .arg(what, m_db.displayName(), QString::fromUtf8(sqlite3_errmsg(m_connection)))};
}

} // namespace sd::storage
