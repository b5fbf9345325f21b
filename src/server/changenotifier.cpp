#include "changenotifier.h"

#include "storage/changefeedrepository.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>

namespace sd::server {

namespace {

Q_LOGGING_CATEGORY(lcChanges, "supportdesk.changes")

} // namespace

ChangeNotifier::ChangeNotifier(QString databaseUrl, ChangeNotifierOptions options, QObject *parent)
    : QObject(parent), m_url(std::move(databaseUrl)), m_options(options),
      m_backoffMs(options.minBackoffMs)
{
    m_probeTimer.setInterval(m_options.probeIntervalMs);
    QObject::connect(&m_probeTimer, &QTimer::timeout, this, &ChangeNotifier::refresh);
    m_reconnectTimer.setSingleShot(true);
    QObject::connect(&m_reconnectTimer, &QTimer::timeout, this, &ChangeNotifier::reconnect);
}

ChangeNotifier::~ChangeNotifier() = default;

storage::Result<void> ChangeNotifier::start()
{
    if (const storage::Result<void> connected = connectDatabase(); !connected)
        return connected;
    m_probeTimer.start();
    return {};
}

storage::Result<void> ChangeNotifier::connectDatabase()
{
    auto opened = storage::Database::open(m_url, m_options.database);
    if (!opened)
        return opened.error();
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    if (db->backend() == storage::Backend::PostgreSql) {
        QSqlDriver *driver = db->connection().driver();
        // LISTEN before reading the counter: a commit in between is then announced twice
        // (harmless) instead of never.
        if (!driver->subscribeToNotification(QString(storage::Database::ChangeChannel)))
            return db->errorFrom(driver->lastError());
        QObject::connect(driver, &QSqlDriver::notification, this,
                         &ChangeNotifier::handleNotification);
    }
    const storage::Result<qint64> latest = storage::ChangeFeedRepository(*db).latestSeq();
    if (!latest)
        return latest.error();
    m_db = std::move(db);
    advanceTo(latest.value());
    return {};
}

void ChangeNotifier::localWriteCommitted()
{
    // PostgreSQL NOTIFYs this server of its own commits as of everyone else's.
    if (m_refreshQueued || (m_db && m_db->backend() == storage::Backend::PostgreSql))
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, &ChangeNotifier::refresh);
}

void ChangeNotifier::refresh()
{
    m_refreshQueued = false;
    if (!m_db)
        return;
    const storage::Result<qint64> latest = storage::ChangeFeedRepository(*m_db).latestSeq();
    if (!latest) {
        connectionLost(latest.error());
        return;
    }
    advanceTo(latest.value());
}

void ChangeNotifier::advanceTo(qint64 seq)
{
    if (seq <= m_latest)
        return;
    m_latest = seq;
    emit sequenceAdvanced(seq);
}

void ChangeNotifier::handleNotification(const QString &channel, QSqlDriver::NotificationSource,
                                        const QVariant &payload)
{
    if (channel != storage::Database::ChangeChannel)
        return;
    bool ok = false;
    const qint64 seq = payload.toString().toLongLong(&ok);
    if (ok)
        advanceTo(seq);
    else
        refresh();
}

void ChangeNotifier::connectionLost(const storage::StorageError &error)
{
    qCWarning(lcChanges).noquote()
        << "change notifications paused, reconnecting in" << m_backoffMs << "ms:" << error.message;
    m_probeTimer.stop();
    const bool wasConnected = m_db != nullptr;
    // Dropped before reconnecting: its driver's socket notifier must not outlive the socket.
    m_db.reset();
    if (wasConnected)
        emit connectedChanged(false);
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
    m_reconnectTimer.start(m_backoffMs + jitter);
    m_backoffMs = qMin(m_backoffMs * 2, m_options.maxBackoffMs);
}

void ChangeNotifier::reconnect()
{
    if (const storage::Result<void> connected = connectDatabase(); !connected) {
        connectionLost(connected.error());
        return;
    }
    qCInfo(lcChanges) << "change notifications resumed at sequence" << m_latest;
    m_backoffMs = m_options.minBackoffMs;
    m_probeTimer.start();
    emit connectedChanged(true);
}

} // namespace sd::server
