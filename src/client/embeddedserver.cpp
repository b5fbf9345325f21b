#include "embeddedserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sd::client {

namespace {
constexpr int kDemoTickets = 300;
}

EmbeddedServer::EmbeddedServer(QString serverProgram, QString dataDir, QObject *parent)
    : QObject(parent), m_program(std::move(serverProgram)), m_dataDir(std::move(dataDir))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::finished, this, &EmbeddedServer::onFinished);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EmbeddedServer::onServeOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(
                tr("Cannot start the local server %1: %2").arg(m_program, m_process.errorString()));
    });
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

QString EmbeddedServer::defaultServerProgram()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("supportdesk-server"));
}

QString EmbeddedServer::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString EmbeddedServer::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("supportdesk.db"));
}

QString EmbeddedServer::databaseUrl() const
{
    return QStringLiteral("sqlite:") + databasePath();
}

void EmbeddedServer::start()
{
    if (!QDir().mkpath(m_dataDir)) {
        emit failed(tr("Cannot create the data folder %1").arg(m_dataDir));
        return;
    }
    m_freshDatabase = !QFileInfo::exists(databasePath());
    runStep(Step::Migrate);
}

void EmbeddedServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_step = Step::Idle;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void EmbeddedServer::runStep(Step step)
{
    m_step = step;
    QStringList args;
    switch (step) {
    case Step::Migrate:
        args = {QStringLiteral("migrate"), QStringLiteral("--db"), databaseUrl()};
        break;
    case Step::Demo:
        args = {QStringLiteral("demo"), QStringLiteral("--db"), databaseUrl(),
                QStringLiteral("--tickets"), QString::number(kDemoTickets)};
        break;
    case Step::Serve:
        args = {QStringLiteral("serve"), QStringLiteral("--db"), databaseUrl(),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
        break;
    case Step::Idle:
        return;
    }
    m_pendingOutput.clear();
    m_process.start(m_program, args);
}

void EmbeddedServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const Step step = m_step;
    if (step == Step::Idle)
        return;
    const QString errors = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
    if (step == Step::Serve || status != QProcess::NormalExit || exitCode != 0) {
        m_step = Step::Idle;
        emit failed(tr("The local server stopped (exit code %1): %2").arg(exitCode).arg(errors));
        return;
    }
    runStep(step == Step::Migrate && m_freshDatabase ? Step::Demo : Step::Serve);
}

void EmbeddedServer::onServeOutput()
{
    m_pendingOutput += m_process.readAllStandardOutput();
    if (m_step != Step::Serve || !m_url.isEmpty())
        return;
    // The server's contract: one line "listening on http://HOST:PORT" once it accepts requests.
    static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    const auto match = listening.match(QString::fromUtf8(m_pendingOutput));
    if (!match.hasMatch())
        return;
    m_url = QUrl(match.captured(1));
    emit ready(m_url);
}

} // namespace sd::client
