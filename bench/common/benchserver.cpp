#include "benchserver.h"

#include "processstats.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#include <csignal>

namespace sd::bench {

BenchServer::BenchServer(QString binary) : m_binary(std::move(binary)) {}

BenchServer::~BenchServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool BenchServer::start(const QString &databaseUrl, QString *error)
{
    // The request log on stderr is not read while the load runs: keep it out of a pipe that
    // could fill up and stall the server.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--db"), databaseUrl,
                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!m_process.waitForStarted(10000)) {
        *error = m_binary + QStringLiteral(": ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QByteArray out;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            continue;
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    *error = QStringLiteral("supportdesk-server printed no \"listening on\" line; stdout: %1")
                 .arg(QString::fromUtf8(out));
    return false;
}

double BenchServer::residentMegabytes() const
{
    const qint64 pid = processId();
    return pid > 0 ? ProcessStats::residentMegabytes(pid) : -1;
}

} // namespace sd::bench
