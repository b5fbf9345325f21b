#include "database.h"

#include "changefeedrepository.h"
#include "sqlerrorclassifier.h"
#include "stemmingtokenizer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

namespace sd::storage {

namespace {

// Enough for every statement the repositories use; dynamic search SQL cannot grow it past.
constexpr qsizetype StatementCacheLimit = 256;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sd-storage-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString driverName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

} // namespace

Database::Database(DatabaseUrl url, DatabaseOptions options)
    : m_url(std::move(url)), m_options(options), m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    dropStatements();
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &url, const DatabaseOptions &options)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return open(parsed.value(), options);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url,
                                                 const DatabaseOptions &options)
{
    std::unique_ptr<Database> database(new Database(url, options));
    if (const Result<void> connected = database->connect(); !connected)
        return connected.error();
    return database;
}

Result<void> Database::connect()
{
    const QString driver = driverName(backend());
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return StorageError{StorageError::Kind::Unavailable,
                            tr("Cannot open the database %1: the Qt SQL driver %2 is not "
                               "installed.")
                                .arg(displayName(), driver)};
    }
    if (!m_connection.isValid())
        m_connection = QSqlDatabase::addDatabase(driver, m_connectionName);
    const Result<void> opened = backend() == Backend::Sqlite ? openSqlite() : openPostgres();
    if (!opened) {
        m_connection.close();
        return opened;
    }
    m_connectionLost = false;
    return {};
}

Result<void> Database::openSqlite()
{
    const QString path = m_url.sqlitePath();
    if (!m_url.isInMemory()) {
        const QFileInfo file(path);
        if (!file.absoluteDir().exists()) {
            return StorageError{
                StorageError::Kind::Unavailable,
                tr("Cannot open the database %1: the folder %2 does not exist.")
                    .arg(displayName(), QDir::toNativeSeparators(file.absolutePath()))};
        }
        if (file.isDir()) {
            return StorageError{
                StorageError::Kind::Unavailable,
                tr("Cannot open the database %1: it is a folder, not a file.").arg(displayName())};
        }
        if (file.exists() && !file.isReadable()) {
            return StorageError{
                StorageError::Kind::Unavailable,
                tr("Cannot open the database %1: the file is not readable.").arg(displayName())};
        }
    }
    m_connection.setDatabaseName(path);
    m_connection.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!m_connection.open())
        return errorFrom(m_connection.lastError());
    return configureSqlite();
}

Result<void> Database::configureSqlite()
{
    // PRAGMAs take no bound parameters; the only value here is our own integer.
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeoutMs)};
    if (!m_url.isInMemory())
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL");
    pragmas << QStringLiteral("PRAGMA foreign_keys = ON")
            << QStringLiteral("PRAGMA synchronous = NORMAL")
            // Reads the schema, so a damaged or foreign file fails here, at open.
            << QStringLiteral("SELECT count(*) FROM sqlite_master");
    for (const QString &pragma : std::as_const(pragmas)) {
        if (const Result<void> done = execute(pragma); !done)
            return done;
    }
    QString tokenizerError;
    if (!StemmingTokenizer::registerOn(m_connection, &tokenizerError)) {
        return StorageError{
            StorageError::Kind::Unavailable,
            tr("Cannot open the database %1: %2").arg(displayName(), tokenizerError)};
    }
    return {};
}

Result<void> Database::openPostgres()
{
    m_connection.setHostName(m_url.host());
    m_connection.setPort(m_url.port());
    m_connection.setUserName(m_url.userName());
    m_connection.setPassword(m_url.password());
    m_connection.setDatabaseName(m_url.databaseName());
    QStringList options{QStringLiteral("connect_timeout=%1").arg(m_options.connectTimeoutSeconds),
                        QStringLiteral("application_name=supportdesk")};
    for (const auto &[key, value] : m_url.options())
        options << key + u'=' + value;
    m_connection.setConnectOptions(options.join(u';'));
    if (!m_connection.open()) {
        return StorageError{
            StorageError::Kind::Unavailable,
            tr("Cannot connect to the database %1: %2")
                .arg(displayName(), SqlErrorClassifier::driverText(m_connection.lastError()))};
    }
    return configurePostgres();
}

Result<void> Database::configurePostgres()
{
    // Reports group by day in UTC like SQLite does; notices (e.g. a search made only of stop
    // words) would otherwise go to stderr; short interactive queries answer sooner without
    // starting parallel workers; a writer waiting for a row lock gives up after the busy
    // timeout, as a SQLite writer does, instead of hanging. SET takes no bound parameters;
    // the only value is our own integer.
    for (const auto &sql : {QStringLiteral("SET TIME ZONE 'UTC'"),
                            QStringLiteral("SET client_min_messages TO warning"),
                            QStringLiteral("SET max_parallel_workers_per_gather = 0"),
                            QStringLiteral("SET lock_timeout = %1").arg(m_options.busyTimeoutMs)}) {
        if (const Result<void> done = execute(sql); !done)
            return done;
    }
    return {};
}

Result<void> Database::reconnectIfLost()
{
    if (!m_connectionLost || m_depth > 0)
        return {};
    dropStatements();
    m_connection.close();
    return connect();
}

void Database::dropStatements()
{
    m_statements.clear();
}

Result<void> Database::execute(const QString &sql)
{
    QSqlQuery query(m_connection);
    if (!query.exec(sql))
        return errorFrom(query.lastError());
    return {};
}

StorageError Database::errorFrom(const QSqlError &error)
{
    const SqlErrorClassifier::Context context{backend(), displayName(), m_connection.isOpen(),
                                              m_options.busyTimeoutMs};
    StorageError result = SqlErrorClassifier::classify(error, context);
    if (backend() == Backend::PostgreSql && result.kind == StorageError::Kind::Unavailable)
        m_connectionLost = true;
    return result;
}

Result<QSqlQuery> Database::takeQuery(const QString &sql, bool cached)
{
    if (const Result<void> connected = reconnectIfLost(); !connected)
        return connected.error();
    if (const auto found = m_statements.find(sql); cached && found != m_statements.end()) {
        QSqlQuery query = std::move(found.value());
        m_statements.erase(found);
        return query;
    }
    QSqlQuery query(m_connection);
    // SQLite's driver otherwise keeps every row it steps over; Statement reads them once.
    query.setForwardOnly(backend() == Backend::Sqlite);
    if (!query.prepare(sql))
        return errorFrom(query.lastError());
    return query;
}

void Database::returnQuery(const QString &sql, QSqlQuery &&query)
{
    query.finish();
    if (m_statements.size() >= StatementCacheLimit || m_statements.contains(sql) ||
        m_connectionLost)
        return;
    m_statements.insert(sql, std::move(query));
}

void Database::queueChange(const ChangeItem &item)
{
    m_pendingChanges.append(item);
}

Result<void> Database::begin(bool readOnly)
{
    if (m_depth > 0) {
        // Joins the open transaction: no round trip, and the outermost commit decides.
        ++m_depth;
        return {};
    }
    if (const Result<void> connected = reconnectIfLost(); !connected)
        return connected;
    QString sql;
    if (backend() == Backend::Sqlite) {
        // IMMEDIATE takes the write lock up front: a deferred transaction that reads first
        // and writes later fails at once when another writer got there in between.
        sql = readOnly ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    } else {
        sql = readOnly ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                       : QStringLiteral("BEGIN");
    }
    if (const Result<void> begun = execute(sql); !begun)
        return begun;
    m_depth = 1;
    m_rollbackOnly = false;
    return {};
}

Result<void> Database::commit()
{
    if (m_depth > 1) {
        --m_depth;
        return {};
    }
    if (m_rollbackOnly) {
        rollback();
        if (m_connectionLost) {
            return StorageError{StorageError::Kind::Unavailable,
                                tr("Lost the connection to the database %1; nothing was saved.")
                                    .arg(displayName())};
        }
        return StorageError{StorageError::Kind::Internal,
                            tr("Nothing was saved to the database %1: part of the transaction "
                               "failed and was rolled back.")
                                .arg(displayName())};
    }
    if (!m_pendingChanges.isEmpty()) {
        // The feed is written last, just before COMMIT: the counter row it locks is then held
        // for the shortest time, and it is always the last lock a writer takes, so writers
        // cannot deadlock on it.
        const Result<void> written = ChangeFeedRepository::writeQueued(*this, m_pendingChanges);
        if (!written) {
            rollback();
            return written;
        }
    }
    const Result<void> committed = execute(QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed;
    }
    m_depth = 0;
    m_pendingChanges.clear();
    return {};
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        m_rollbackOnly = true;
        return;
    }
    // Fails harmlessly when the connection is gone: the server discards the work.
    (void)execute(QStringLiteral("ROLLBACK"));
    m_depth = 0;
    m_rollbackOnly = false;
    m_pendingChanges.clear();
}

} // namespace sd::storage
