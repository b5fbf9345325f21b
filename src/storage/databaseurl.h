#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sd::storage {

enum class Backend {
    Sqlite,
    PostgreSql,
};

// Where the database lives, read from the one string every command takes (--db,
// SUPPORTDESK_DB):
//   sqlite:/path/file.db        sqlite::memory: (private in-memory database, for tests)
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=require&...]
// PostgreSQL parts are percent-decoded; without a password in the URL, PGPASSWORD is used.
class DatabaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    static Result<DatabaseUrl> parse(const QString &text);

    Backend backend() const { return m_backend; }

    // SQLite: the file path, or ":memory:".
    QString sqlitePath() const { return m_path; }
    bool isInMemory() const;

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // libpq options from the query string, e.g. {"sslmode", "require"}.
    QList<QPair<QString, QString>> options() const { return m_options; }

    // The URL without the password: safe for messages and logs.
    QString toDisplayString() const;

    // The same server and credentials with another database name (tests create databases
    // through the "postgres" maintenance database).
    DatabaseUrl withDatabaseName(const QString &name) const;
    // Back to a URL string, password included: only for handing to another process.
    QString toString() const;

private:
    static Result<DatabaseUrl> parseSqlite(const QString &text);
    static Result<DatabaseUrl> parsePostgres(const QString &text);

    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_password;
    QString m_databaseName;
    QList<QPair<QString, QString>> m_options;
};

} // namespace sd::storage
