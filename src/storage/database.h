#pragma once

#include "changeitem.h"
#include "databaseurl.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

class QSqlError;

namespace sd::storage {

struct DatabaseOptions
{
    // How long a SQLite writer waits for another writer's lock before failing as Busy.
    int busyTimeoutMs = 5000;
    // How long connecting to PostgreSQL may take before failing as Unavailable.
    int connectTimeoutSeconds = 10;
};

// One connection to a SupportDesk database (SQLite file or PostgreSQL), opened from a URL
// (see DatabaseUrl). Repositories and Transactions borrow it.
//
// Threads: QtSql connections belong to the thread that opened them. Use a Database, and
// everything borrowing it, only on the thread that called open(); give every worker thread
// its own Database (each gets a unique connection name).
//
// SQLite connections run in WAL mode with foreign keys on, synchronous=NORMAL, the busy
// timeout from the options and the "sd_stem" full-text tokenizer registered. PostgreSQL
// sessions run in UTC. A PostgreSQL connection lost between transactions is re-opened by the
// next call; a loss inside a transaction fails that transaction.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Channel of the NOTIFY sent with every PostgreSQL commit that wrote to the change feed;
    // the payload is the latest sequence number of that commit.
    static constexpr QLatin1StringView ChangeChannel{"sd_changes"};

    static Result<std::unique_ptr<Database>> open(const QString &url,
                                                  const DatabaseOptions &options = {});
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url,
                                                  const DatabaseOptions &options = {});
    ~Database();

    Backend backend() const { return m_url.backend(); }
    const DatabaseUrl &url() const { return m_url; }
    // The URL without the password: every error message names the database with it.
    QString displayName() const { return m_url.toDisplayString(); }
    const DatabaseOptions &options() const { return m_options; }
    // The underlying connection, e.g. for QSqlDriver notifications.
    QSqlDatabase connection() const { return m_connection; }
    bool inTransaction() const { return m_depth > 0; }

    // Runs one statement that takes no values (DDL, pragmas). Values go through Statement.
    Result<void> execute(const QString &sql);

    // Classifies a driver error and words it for people, naming the database. A lost
    // connection is remembered so the next call outside a transaction reconnects.
    StorageError errorFrom(const QSqlError &error);

    // Prepared-statement cache used by Statement: a statement is taken out while in use, so
    // the same SQL can be prepared twice when nested. `cached` false always prepares anew.
    Result<QSqlQuery> takeQuery(const QString &sql, bool cached = true);
    void returnQuery(const QString &sql, QSqlQuery &&query);

    // Called by ChangeFeedRepository::append: the item is written, with its sequence number,
    // when the outermost transaction commits (dropped if it rolls back).
    void queueChange(const ChangeItem &item);

private:
    friend class Transaction;

    Database(DatabaseUrl url, DatabaseOptions options);
    Result<void> connect();
    Result<void> openSqlite();
    Result<void> openPostgres();
    Result<void> configureSqlite();
    Result<void> configurePostgres();
    Result<void> reconnectIfLost();
    void dropStatements();

    // Transaction bookkeeping; only the outermost level talks to the database.
    Result<void> begin(bool readOnly);
    Result<void> commit();
    void rollback();

    DatabaseUrl m_url;
    DatabaseOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_connection;
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
    bool m_connectionLost = false;
    // A nested transaction rolled back: the outermost one may only roll back too.
    bool m_rollbackOnly = false;
    QList<ChangeItem> m_pendingChanges;
};

} // namespace sd::storage
