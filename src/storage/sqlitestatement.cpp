#include "sqlitestatement.h"

#include "database.h"

#include <QSqlDriver>

#include <sqlite3.h>

#include <optional>

namespace sd::storage {

namespace {

// The digits of text[from, from + count), or -1 when one is not a digit.
int digits(const char *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "2026-03-01T08:15:00.000Z" (Statement::timeText) to milliseconds since 1970, or nothing
// for any other text.
std::optional<qint64> timeTextMsecs(QByteArrayView text)
{
    static constexpr char Shape[] = "0000-00-00T00:00:00.000Z";
    if (text.size() != qsizetype(sizeof Shape - 1))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (Shape[i] != '0' && text[i] != Shape[i])
            return std::nullopt;
    const char *t = text.data();
    const int year = digits(t, 0, 4);
    const int month = digits(t, 5, 2);
    const int day = digits(t, 8, 2);
    const int hour = digits(t, 11, 2);
    const int minute = digits(t, 14, 2);
    const int second = digits(t, 17, 2);
    const int msec = digits(t, 20, 3);
    if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59 || msec < 0)
        return std::nullopt;
    static constexpr int MonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > MonthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = y / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = era * 146097 + dayOfEra - 719468;
    return ((days * 24 + hour) * 60 + minute) * 60000 + second * 1000 + msec;
}

} // namespace

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

SqliteStatement &SqliteStatement::bindTextInPlace(int index, QByteArrayView utf8)
{
    const char *data = utf8.data() != nullptr ? utf8.data() : "";
    if (ok() && sqlite3_bind_text64(m_statement, index, data, sqlite3_uint64(utf8.size()),
                                    SQLITE_STATIC, SQLITE_UTF8) != SQLITE_OK)
        fail(tr("Could not bind a value"));
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    if (ok() && sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail(tr("Could not bind a value"));
    return *this;
}

SqliteStatement &SqliteStatement::bindValue(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        if (ok() && sqlite3_bind_double(m_statement, index, value.toDouble()) != SQLITE_OK)
            fail(tr("Could not bind a value"));
        return *this;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (ok() &&
            sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                SQLITE_TRANSIENT) != SQLITE_OK)
            fail(tr("Could not bind a value"));
        return *this;
    }
    default:
        return bindText(index, value.toString().toUtf8());
    }
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
    QString decoded = QString::fromUtf8(text(column));
    // Bytes that are not UTF-8 (a lone surrogate that QtSql once stored through SQLite's
    // UTF-16 conversion) decode as U+FFFD here but come back as they went in through SQLite's
    // UTF-16 reading, as QtSql reads them.
    if (!decoded.contains(QChar::ReplacementCharacter))
        return decoded;
    const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    return QString::fromUtf16(utf16, sqlite3_column_bytes16(m_statement, column) / 2);
}

QDateTime SqliteStatement::time(int column) const
{
    if (isNull(column))
        return {};
    const QByteArrayView raw = text(column);
    if (const std::optional<qint64> msecs = timeTextMsecs(raw))
        return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC);
    return QDateTime::fromString(QString::fromUtf8(raw), Qt::ISODateWithMs).toUTC();
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
