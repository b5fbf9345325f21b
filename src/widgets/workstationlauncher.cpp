#include "workstationlauncher.h"

#include "client/clientsession.h"
#include "client/credentialprofile.h"
#include "client/credentialstore.h"
#include "client/embeddedserver.h"
#include "client/healthprobe.h"
#include "client/serverapi.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "startupwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace sd::widgets {

namespace {

QString loginKey(const QUrl &server)
{
    return QStringLiteral("accounts/%1/lastLogin")
        .arg(QString::fromLatin1(server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                                     .toUtf8()
                                     .toBase64(QByteArray::Base64UrlEncoding)));
}

} // namespace

WorkstationLauncher::WorkstationLauncher(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_window(new StartupWindow),
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
                    return;
                }
                if (health.databaseOk)
                    healthy();
            });
    connect(m_probe, &sd::client::HealthProbe::failed, this, &WorkstationLauncher::fail);
}

WorkstationLauncher::~WorkstationLauncher()
{
    delete m_main;
    m_session.reset();
    delete m_login;
    delete m_window;
}

MainWindow *WorkstationLauncher::mainWindow() const
{
    return m_main;
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

void WorkstationLauncher::healthy()
{
    if (m_account != nullptr)
        return;
    m_api = new sd::client::ServerApi(m_network, m_url, this);
    m_credentials = new sd::client::CredentialStore(this);
    m_account = new sd::client::AccountSession(m_api, m_credentials, this);
    connect(m_account, &sd::client::AccountSession::signedIn, this,
            &WorkstationLauncher::openWorkstation);
    connect(m_account, &sd::client::AccountSession::signInFailed, this,
            &WorkstationLauncher::signInFailed);
    connect(m_account, &sd::client::AccountSession::signedOut, this,
            [this](bool, const QString &message) {
                closeWorkstation();
                showLogin(message);
            });
    connect(m_credentials, &sd::client::CredentialStore::keychainUnavailable, this, [this] {
        m_window->showConnecting(tr("No keychain is available: you stay signed in until the "
                                    "workstation closes, and will be asked again next time."));
    });
    if (m_embedded != nullptr && !m_options.demoLogin.isEmpty()) {
        // Demo passwords are public (see the demo data); only the private server has them.
        m_account->signIn(m_options.demoLogin, QStringLiteral("demo-") + m_options.demoLogin);
        return;
    }
    if (const QString login = lastLogin(); !login.isEmpty()) {
        m_window->showConnecting(tr("Signing in as %1…").arg(login));
        m_account->restore(login);
        return;
    }
    showLogin({});
}

QString WorkstationLauncher::lastLogin() const
{
    return QSettings().value(loginKey(m_url)).toString();
}

void WorkstationLauncher::showLogin(const QString &problem)
{
    if (m_login == nullptr) {
        m_login = new LoginDialog(m_main != nullptr ? static_cast<QWidget *>(m_main.data())
                                                    : static_cast<QWidget *>(m_window));
        m_login->setServer(m_url);
        const QString login = lastLogin();
        m_login->setLogin(login.isEmpty() && m_embedded != nullptr ? QStringLiteral("agent.ivanov")
                                                                   : login);
        if (m_embedded != nullptr)
            m_login->setHint(tr("This is the private local server with demo data. Demo "
                                "accounts: agent.ivanov (password demo-agent.ivanov), supervisor "
                                "(demo-supervisor), admin (demo-admin)."));
        connect(m_login, &LoginDialog::signInRequested, this,
                [this](const QUrl &server, const QString &login, const QString &password) {
                    if (server != m_url && m_session == nullptr) {
                        m_url = server;
                        m_api->setBaseUrl(server);
                    }
                    m_account->signIn(login, password);
                });
        connect(m_login, &QDialog::rejected, this, [this] {
            if (m_main == nullptr)
                QCoreApplication::exit(0);
        });
    }
    if (!problem.isEmpty())
        m_login->showProblem(problem);
    m_login->show();
    m_login->raise();
}

void WorkstationLauncher::signInFailed(client::AccountSession::Problem problem,
                                       const QString &message)
{
    using Problem = client::AccountSession::Problem;
    // Nothing saved is not a failure the user needs to read about.
    showLogin(problem == Problem::NothingSaved ? QString() : message);
}

void WorkstationLauncher::openWorkstation(const core::User &user)
{
    QSettings().setValue(loginKey(m_url), user.login);
    if (m_login != nullptr)
        m_login->accept();
    if (m_session != nullptr && m_session->user().id == user.id) {
        // Signed in again after the token expired: the same profile carries on.
        m_session->start();
        return;
    }
    closeWorkstation();
    const QString profiles =
        m_options.profileDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                  QStringLiteral("/profiles")
            : m_options.profileDir;
    QDir().mkpath(profiles);
    auto session = sd::client::ClientSession::open(m_api, user, profiles);
    if (!session) {
        fail(session.error().message);
        return;
    }
    m_session = std::move(session).value();
    connect(m_session.get(), &sd::client::ClientSession::signInRequired, this, [this] {
        showLogin(tr("The server no longer accepts your session. Sign in again; nothing you "
                     "wrote is lost, it waits in the outbox."));
    });
    m_main = new MainWindow(*m_session);
    m_main->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_main, &MainWindow::signOutRequested, m_account, &sd::client::AccountSession::signOut);
    m_session->start();
    m_main->show();
    m_window->hide();
    emit workstationOpened();
}

void WorkstationLauncher::closeWorkstation()
{
    delete m_main;
    m_session.reset();
}

void WorkstationLauncher::fail(const QString &message)
{
    m_window->show();
    m_window->showFailure(message);
    if (m_options.smoke) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    }
}

} // namespace sd::widgets
