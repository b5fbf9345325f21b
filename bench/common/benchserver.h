#pragma once

#include <QProcess>
#include <QUrl>

namespace sd::bench {

// The real supportdesk-server binary serving one database on a free loopback port; stopped
// with SIGTERM (then killed) when this object goes away.
class BenchServer final
{
    Q_DISABLE_COPY_MOVE(BenchServer)

public:
    explicit BenchServer(QString binary);
    ~BenchServer();

    // Waits up to 30 s for the "listening on" line. False with *error set otherwise.
    bool start(const QString &databaseUrl, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    // VmRSS of the server process from /proc, in MiB; -1 when unreadable.
    double residentMegabytes() const;
    // For ProcessStats; 0 when not running.
    qint64 processId() const { return m_process.processId(); }

private:
    QString m_binary;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace sd::bench
