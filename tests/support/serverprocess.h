#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace sd::testing {

// A real `supportdesk-server serve` on 127.0.0.1 with a free port, for tests that talk HTTP
// to it. stop() sends SIGTERM (the graceful path) and waits; the destructor kills whatever
// is left.
class ServerProcess final
{
public:
    explicit ServerProcess(QString binary);
    ~ServerProcess();

    // Starts on `databaseUrl` and waits for the "listening on" line.
    bool start(const QString &databaseUrl, const QStringList &extraArguments = {});
    // SIGTERM, then waits for the exit; true when it exited 0 in time.
    bool stop(int timeoutMs = 15000);
    QUrl baseUrl() const { return m_baseUrl; }
    QString error() const { return m_error; }
    // Everything the server wrote on stderr so far (the request log).
    QString log();
    QProcess &process() { return m_process; }

private:
    QString m_binary;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stderr;
};

} // namespace sd::testing
