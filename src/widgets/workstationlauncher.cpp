#include "workstationlauncher.h"

#include "client/embeddedserver.h"
#include "client/healthprobe.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace sd::widgets {

WorkstationLauncher::WorkstationLauncher(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_window(new MainWindow),
      m_network(new QNetworkAccessManager(this)),
      m_probe(new sd::client::HealthProbe(m_network, this))
{
    connect(m_probe, &sd::client::HealthProbe::answered, this,
            [this](const sd::protocol::HealthInfo &health) {
                m_window->showServer(m_url, health);
                if (m_options.smoke) {
                    QTextStream(stdout)
                        << tr("Workstation connected to %1").arg(m_url.toString()) << Qt::endl;
                    QCoreApplication::exit(health.databaseOk ? 0 : 1);
                }
            });
    connect(m_probe, &sd::client::HealthProbe::failed, this, &WorkstationLauncher::fail);
}

WorkstationLauncher::~WorkstationLauncher()
{
    delete m_window;
}

void WorkstationLauncher::start()
{
    m_window->show();
    if (!m_options.serverUrl.isEmpty()) {
        connectTo(m_options.serverUrl);
        return;
    }
    const QString dataDir = m_options.dataDir.isEmpty()
                                ? sd::client::EmbeddedServer::defaultDataDir()
                                : m_options.dataDir;
    m_embedded = new sd::client::EmbeddedServer(sd::client::EmbeddedServer::defaultServerProgram(),
                                                dataDir, this);
    connect(m_embedded, &sd::client::EmbeddedServer::ready, this, &WorkstationLauncher::connectTo);
    connect(m_embedded, &sd::client::EmbeddedServer::failed, this, &WorkstationLauncher::fail);
    m_window->showConnecting(
        tr("Starting the local server with its database in %1").arg(m_embedded->databasePath()));
    m_embedded->start();
}

void WorkstationLauncher::connectTo(const QUrl &url)
{
    m_url = url;
    m_window->showConnecting(tr("Contacting %1").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    m_probe->check(url);
}

void WorkstationLauncher::fail(const QString &message)
{
    m_window->showFailure(message);
    if (m_options.smoke) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    }
}

} // namespace sd::widgets
