#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace sd::client {

// The private supportdesk-server a workstation starts when no shared server is configured:
// a SQLite file in the user's data folder, loopback only, demo data on first start.
// Emits ready() with the URL it listens on, or failed() with a message for the user.
class EmbeddedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedServer)

public:
    // serverProgram: path of supportdesk-server; dataDir: where the database file lives.
    EmbeddedServer(QString serverProgram, QString dataDir, QObject *parent = nullptr);
    ~EmbeddedServer() override;

    void start();
    void stop();
    QUrl url() const { return m_url; }
    QString databasePath() const;

    // The server binary installed beside the running executable.
    static QString defaultServerProgram();
    // The user's data folder for SupportDesk (created on demand).
    static QString defaultDataDir();

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    enum class Step { Idle, Migrate, Demo, Serve };
    void runStep(Step step);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onServeOutput();
    QString databaseUrl() const;

    QString m_program;
    QString m_dataDir;
    QProcess m_process;
    Step m_step = Step::Idle;
    bool m_freshDatabase = false;
    QByteArray m_pendingOutput;
    QUrl m_url;
};

} // namespace sd::client
