#pragma once

#include "storage/database.h"
#include "storage/result.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace sd::server {

struct ChangeNotifierOptions
{
    // How often the connection is checked and the counter re-read while connected. A dropped
    // PostgreSQL backend gives no signal of its own, a lost NOTIFY is caught up here, and on
    // SQLite this is how writes by other processes (the admin CLI) are noticed.
    int probeIntervalMs = 2000;
    // Reconnecting waits this long after a loss, doubling up to maxBackoffMs, plus jitter so
    // several server processes do not reconnect in lockstep.
    int minBackoffMs = 250;
    int maxBackoffMs = 30000;
    storage::DatabaseOptions database;
};

// Knows the latest change-feed sequence number and announces every advance.
//
// Owns a connection of its own, opened from the URL in the thread that calls start() (the
// main thread). On PostgreSQL it LISTENs on Database::ChangeChannel, so commits made by any
// server process sharing the database arrive within milliseconds. On SQLite (one process)
// request handlers call localWriteCommitted() after each write instead; doing so on
// PostgreSQL is harmless. A lost connection is re-opened with backoff, and the counter is
// re-read afterwards, so commits made while it was away are announced too.
//
// Cross-server presence could ride on the same connection with a second channel
// ("sd_presence", pg_notify from here); presence is per process for now.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QString databaseUrl, ChangeNotifierOptions options = {},
                            QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Opens the connection, subscribes and reads the latest sequence. Fails only when this
    // first attempt fails; losses after that are repaired by reconnecting.
    storage::Result<void> start();

    // The latest sequence known; 0 before start().
    qint64 latest() const { return m_latest; }
    bool isConnected() const { return m_db != nullptr; }

public slots:
    // Re-reads the counter. Thread-safe when invoked through a queued connection or
    // QMetaObject::invokeMethod; calls arriving together cost one read.
    void localWriteCommitted();

signals:
    // The latest sequence grew to `seq`; never emitted for an older or equal value.
    void sequenceAdvanced(qint64 seq);
    void connectedChanged(bool connected);

private:
    storage::Result<void> connectDatabase();
    void refresh();
    void advanceTo(qint64 seq);
    void handleNotification(const QString &channel, QSqlDriver::NotificationSource source,
                            const QVariant &payload);
    void connectionLost(const storage::StorageError &error);
    void reconnect();

    QString m_url;
    ChangeNotifierOptions m_options;
    std::unique_ptr<storage::Database> m_db;
    QTimer m_probeTimer;
    QTimer m_reconnectTimer;
    int m_backoffMs = 0;
    qint64 m_latest = 0;
    bool m_refreshQueued = false;
};

} // namespace sd::server
