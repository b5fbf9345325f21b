#include "submitlauncher.h"

#include "client/clientsession.h"
#include "client/credentialstore.h"
#include "client/healthprobe.h"
#include "client/serverapi.h"
#include "logindialog.h"
#include "protocol/userjson.h"
#include "serversetupdialog.h"
#include "startupwindow.h"
#include "submitwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

namespace sd::widgets {

namespace {

QString accountKey(const QUrl &server, const QString &name)
{
    const QByteArray id = server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toUtf8();
    return QStringLiteral("submit/accounts/%1/%2")
        .arg(QString::fromLatin1(id.toBase64(QByteArray::Base64UrlEncoding)), name);
}

QString lastLogin(const QUrl &server)
{
    return QSettings().value(accountKey(server, QStringLiteral("lastLogin"))).toString();
}

// Who signed in last, so the window can open on their profile while the server is away.
std::optional<core::User> lastUser(const QUrl &server)
{
    const QByteArray saved =
        QSettings().value(accountKey(server, QStringLiteral("user"))).toByteArray();
    protocol::ApiError error;
    return protocol::UserJson::fromJson(QJsonDocument::fromJson(saved).object(), &error);
}

void rememberUser(const QUrl &server, const core::User &user)
{
    QSettings settings;
    settings.setValue(accountKey(server, QStringLiteral("lastLogin")), user.login);
    settings.setValue(
        accountKey(server, QStringLiteral("user")),
        QJsonDocument(protocol::UserJson::toJson(user)).toJson(QJsonDocument::Compact));
}

} // namespace

SubmitLauncher::SubmitLauncher(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_startup(new StartupWindow),
      m_network(new QNetworkAccessManager(this)), m_probe(new client::HealthProbe(m_network, this))
{
    m_startup->setWindowTitle(tr("SupportDesk: technical support"));
    connect(m_probe, &client::HealthProbe::answered, this,
            [this](const protocol::HealthInfo &health) {
                m_startup->showServer(m_url, health);
                if (health.databaseOk)
                    healthy();
                else
                    unreachable(health.message);
            });
    connect(m_probe, &client::HealthProbe::failed, this, &SubmitLauncher::unreachable);
}

SubmitLauncher::~SubmitLauncher()
{
    delete m_window;
    m_session.reset();
    delete m_login;
    delete m_setup;
    delete m_startup;
}

SubmitWindow *SubmitLauncher::window() const
{
    return m_window;
}

ServerSetupDialog *SubmitLauncher::setupDialog() const
{
    return m_setup;
}

LoginDialog *SubmitLauncher::loginDialog() const
{
    return m_login;
}

QString SubmitLauncher::startupText() const
{
    QStringList texts;
    for (const QLabel *label : m_startup->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}

void SubmitLauncher::start()
{
    m_startup->show();
    if (m_options.submit.serverUrl.isValid())
        return connectTo(m_options.submit.serverUrl, Source::CommandLine);
    if (const QUrl preset = client::SubmitOptions::presetServer(m_options.presetFiles);
        preset.isValid())
        return connectTo(preset, Source::Preset);
    if (const QUrl last(QSettings().value(LastServerKey).toString()); last.isValid())
        return connectTo(last, Source::LastUsed);
    showSetup({});
}

void SubmitLauncher::connectTo(const QUrl &url, Source source)
{
    m_url = url;
    m_source = source;
    m_startup->showConnecting(tr("Contacting %1").arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    m_probe->check(url);
}

void SubmitLauncher::unreachable(const QString &message)
{
    if (canStartOffline())
        return startOffline();
    // Only a server the customer chose may be changed here; a preset one is the company's.
    if (m_source == Source::LastUsed)
        return showSetup(message);
    fail(tr("Technical support cannot be reached right now, and this computer has not signed "
            "in to it before, so nothing can be sent yet. Check the network connection and try "
            "again later.\n%1")
             .arg(message));
}

void SubmitLauncher::showSetup(const QString &problem)
{
    if (m_setup == nullptr) {
        m_setupProbe = new client::HealthProbe(m_network, this);
        m_setup = new ServerSetupDialog(m_setupProbe, m_startup);
        connect(m_setup, &QDialog::accepted, this, [this] {
            m_url = m_setup->server();
            m_source = Source::Setup;
            m_startup->showServer(m_url, m_setup->health());
            healthy();
        });
        connect(m_setup, &QDialog::rejected, this, [] { QCoreApplication::exit(0); });
    }
    if (m_url.isValid())
        m_setup->setServerText(m_url.toString());
    m_setup->showProblem(problem);
    m_setup->show();
    m_setup->raise();
}

void SubmitLauncher::ensureAccount()
{
    if (m_api != nullptr) {
        if (m_session == nullptr)
            m_api->setBaseUrl(m_url);
        return;
    }
    m_api = new client::ServerApi(m_network, m_url, this);
    m_credentials = new client::CredentialStore(this);
    m_account = new client::AccountSession(m_api, m_credentials, this);
    connect(m_account, &client::AccountSession::signedIn, this, &SubmitLauncher::signedIn);
    connect(m_account, &client::AccountSession::signInFailed, this, &SubmitLauncher::signInFailed);
    connect(m_account, &client::AccountSession::signedOut, this, [this] {
        const bool staff = std::exchange(m_staffRefused, false);
        showLogin(staff ? tr("This is an account of the support team. Please sign in with your "
                             "customer account; the support team works in the SupportDesk "
                             "workstation.")
                        : QString());
    });
    connect(m_credentials, &client::CredentialStore::keychainUnavailable, this, [this] {
        m_startup->showConnecting(tr("This computer has no password store, so you stay signed in "
                                     "only until the window closes."));
    });
    connect(m_credentials, &client::CredentialStore::loaded, this,
            [this](const client::CredentialProfile &, const QString &token) {
                if (!std::exchange(m_offlineStart, false))
                    return;
                const auto user = lastUser(m_url);
                if (token.isEmpty() || !user)
                    return fail(tr("Technical support cannot be reached right now and your "
                                   "sign-in is not saved on this computer. Try again when the "
                                   "connection is back."));
                m_api->setToken(token);
                openWindow(*user);
            });
}

void SubmitLauncher::healthy()
{
    QSettings().setValue(LastServerKey, m_url.toString());
    ensureAccount();
    if (m_account->state() != client::AccountSession::State::SignedOut)
        return;
    if (const QString login = lastLogin(m_url); !login.isEmpty()) {
        m_startup->showConnecting(tr("Signing in as %1…").arg(login));
        m_account->restore(login);
        return;
    }
    showLogin({});
}

void SubmitLauncher::showLogin(const QString &problem)
{
    if (m_login == nullptr) {
        QWidget *parent = m_window != nullptr ? static_cast<QWidget *>(m_window.data())
                                              : static_cast<QWidget *>(m_startup);
        m_login = new LoginDialog(parent);
        m_login->setServer(m_url);
        m_login->setLogin(lastLogin(m_url));
        m_login->setHint(tr("Sign in with the customer account your technical support gave "
                            "you."));
        connect(m_login, &LoginDialog::signInRequested, this,
                [this](const QUrl &server, const QString &login, const QString &password) {
                    if (server != m_url && m_session == nullptr) {
                        m_url = server;
                        m_api->setBaseUrl(server);
                    }
                    m_account->signIn(login, password);
                });
        connect(m_login, &QDialog::rejected, this, [this] {
            if (m_window == nullptr)
                QCoreApplication::exit(0);
        });
    }
    if (!problem.isEmpty())
        m_login->showProblem(problem);
    m_login->show();
    m_login->raise();
}

void SubmitLauncher::signInFailed(client::AccountSession::Problem problem, const QString &message)
{
    using Problem = client::AccountSession::Problem;
    if (problem == Problem::Offline && m_session == nullptr && canStartOffline())
        return startOffline();
    showLogin(problem == Problem::NothingSaved ? QString() : message);
}

void SubmitLauncher::signedIn(const core::User &user)
{
    if (user.role != core::UserRole::Customer) {
        m_staffRefused = true;
        m_account->signOut();
        return;
    }
    rememberUser(m_url, user);
    if (m_login != nullptr)
        m_login->accept();
    if (m_session != nullptr && m_session->user().id == user.id) {
        // Signed in again (the token had expired, or the server was away at start): the same
        // profile carries on.
        m_session->start();
        return;
    }
    closeWindow();
    openWindow(user);
}

QString SubmitLauncher::profilesDirectory() const
{
    return m_options.submit.profileDir.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
               : m_options.submit.profileDir;
}

bool SubmitLauncher::canStartOffline() const
{
    const QString login = lastLogin(m_url);
    return !login.isEmpty() && lastUser(m_url).has_value() &&
           QFileInfo::exists(
               client::ClientSession::profileDirectory(profilesDirectory(), m_url, login));
}

void SubmitLauncher::startOffline()
{
    ensureAccount();
    m_startup->showConnecting(tr("Technical support cannot be reached right now. Opening your "
                                 "requests as this computer last saw them…"));
    m_offlineStart = true;
    m_credentials->load({m_url, lastLogin(m_url)});
}

void SubmitLauncher::openWindow(const core::User &user)
{
    QDir().mkpath(profilesDirectory());
    auto session = client::ClientSession::open(m_api, user, profilesDirectory());
    if (!session)
        return fail(session.error().message);
    m_session = std::move(session).value();
    connect(m_session.get(), &client::ClientSession::signInRequired, this, [this] {
        showLogin(tr("Please sign in again. Nothing you wrote is lost: it waits on this "
                     "computer and is sent once you are signed in."));
    });
    m_window = new SubmitWindow(*m_session, m_options.submit);
    m_session->start();
    m_window->show();
    m_startup->hide();
    emit windowOpened();
}

void SubmitLauncher::closeWindow()
{
    delete m_window;
    m_session.reset();
}

void SubmitLauncher::fail(const QString &message)
{
    m_startup->show();
    m_startup->showFailure(message);
}

} // namespace sd::widgets
