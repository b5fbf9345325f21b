#include "testdatabase.h"

#include "storage/migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace sd::testing {

namespace {

std::unique_ptr<storage::Database> openAdmin(QString *error)
{
    const QString adminUrl = TestDatabase::postgresAdminUrl();
    if (adminUrl.isEmpty()) {
        *error = QStringLiteral("SD_TEST_BACKEND=postgresql but SD_TEST_PG_URL is not set: run "
                                "the test under scripts/with-postgres");
        return nullptr;
    }
    auto admin = storage::Database::open(adminUrl);
    if (!admin) {
        *error = admin.error().message;
        return nullptr;
    }
    return std::move(admin).value();
}

// Database names cannot be bound as parameters; this one is built from digits only.
bool runAdmin(storage::Database &admin, const QString &sql, QString *error)
{
    QSqlQuery query(admin.connection());
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

TestDatabase::TestDatabase()
{
    m_backend =
        backendName() == u"postgresql" ? storage::Backend::PostgreSql : storage::Backend::Sqlite;
}

TestDatabase::~TestDatabase()
{
    if (!m_postgresName.isEmpty())
        dropPostgres();
}

QString TestDatabase::backendName()
{
    const QString name = qEnvironmentVariable("SD_TEST_BACKEND");
    return name.isEmpty() ? QStringLiteral("sqlite") : name;
}

QString TestDatabase::postgresAdminUrl()
{
    return qEnvironmentVariable("SD_TEST_PG_URL");
}

bool TestDatabase::create()
{
    const QString name = backendName();
    if (name != u"sqlite" && name != u"postgresql") {
        m_error = QStringLiteral("SD_TEST_BACKEND=%1 is neither sqlite nor postgresql").arg(name);
        return false;
    }
    if (m_backend == storage::Backend::PostgreSql)
        return createPostgres();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return false;
    }
    m_url = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("test.db"));
    return true;
}

bool TestDatabase::createPostgres()
{
    static QAtomicInteger<quint32> counter;
    const auto admin = openAdmin(&m_error);
    if (!admin)
        return false;
    const QString name = QStringLiteral("sdtest_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QRandomGenerator::global()->bounded(1000000));
    if (!runAdmin(*admin, QStringLiteral("CREATE DATABASE %1").arg(name), &m_error))
        return false;
    m_postgresName = name;
    m_url = admin->url().withDatabaseName(name).toString();
    return true;
}

void TestDatabase::dropPostgres()
{
    QString error;
    const auto admin = openAdmin(&error);
    if (!admin ||
        !runAdmin(*admin,
                  QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName),
                  &error))
        qWarning("TestDatabase: could not drop %s: %s", qPrintable(m_postgresName),
                 qPrintable(error));
}

std::unique_ptr<storage::Database> TestDatabase::open(const storage::DatabaseOptions &options)
{
    if (m_url.isEmpty()) {
        m_error = QStringLiteral("TestDatabase::open() before a successful create()");
        return nullptr;
    }
    auto db = storage::Database::open(m_url, options);
    if (!db) {
        m_error = db.error().message;
        return nullptr;
    }
    return std::move(db).value();
}

std::unique_ptr<storage::Database>
TestDatabase::openMigrated(const storage::DatabaseOptions &options)
{
    auto db = open(options);
    if (!db)
        return nullptr;
    const storage::Result<int> migrated = storage::Migrator(*db).migrate();
    if (!migrated) {
        m_error = migrated.error().message;
        return nullptr;
    }
    return db;
}

} // namespace sd::testing
