#pragma once

#include "client/accountsession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace sd::client {
class ClientSession;
class CredentialStore;
class EmbeddedServer;
class HealthProbe;
class ServerApi;
} // namespace sd::client

namespace sd::widgets {

class LoginDialog;
class MainWindow;
class StartupWindow;

// Brings the workstation up: either against a configured server URL, or by starting the
// private embedded server first; then signs in (a saved token first, else the login dialog)
// and opens the main window on the user's session. Shows progress and failures in the
// startup window. In smoke mode (for headless checks) it quits once it knows whether the
// server is healthy.
class WorkstationLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkstationLauncher)

public:
    struct Options
    {
        QUrl serverUrl;     // empty: start the embedded server
        QString dataDir;    // embedded server's data folder; empty: the user's data folder
        QString profileDir; // replicas and outbox files; empty: the user's data folder
        bool smoke = false; // quit with 0 when healthy, 1 otherwise
        QString demoLogin;  // embedded server only: sign in as this demo user at once
    };

    WorkstationLauncher(Options options, QObject *parent = nullptr);
    ~WorkstationLauncher() override;

    void start();
    MainWindow *mainWindow() const;

signals:
    void workstationOpened();

private:
    void connectTo(const QUrl &url);
    void healthy();
    void fail(const QString &message);
    void showLogin(const QString &problem);
    void signInFailed(client::AccountSession::Problem problem, const QString &message);
    void openWorkstation(const core::User &user);
    void closeWorkstation();
    QString lastLogin() const;

    Options m_options;
    StartupWindow *m_window;
    QNetworkAccessManager *m_network;
    sd::client::EmbeddedServer *m_embedded = nullptr;
    sd::client::HealthProbe *m_probe;
    sd::client::ServerApi *m_api = nullptr;
    sd::client::CredentialStore *m_credentials = nullptr;
    sd::client::AccountSession *m_account = nullptr;
    QPointer<LoginDialog> m_login;
    std::unique_ptr<sd::client::ClientSession> m_session;
    QPointer<MainWindow> m_main;
    QUrl m_url;
};

} // namespace sd::widgets
