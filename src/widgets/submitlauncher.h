#pragma once

#include "client/accountsession.h"
#include "client/submitoptions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace sd::client {
class ClientSession;
class CredentialStore;
class HealthProbe;
class ServerApi;
} // namespace sd::client

namespace sd::widgets {

class LoginDialog;
class ServerSetupDialog;
class StartupWindow;
class SubmitWindow;

// Brings the customer's submission dialog up, like WorkstationLauncher does the workstation:
// finds the server (see client::SubmitOptions: command line, installer preset, last used,
// else the first-run screen), checks its health, signs in (the saved token first, else the
// login dialog; a support team account is sent to the workstation), opens the customer's
// session and shows the SubmitWindow. Without the server, a customer who signed in here
// before still gets the window on the local copy, and what they send waits in the outbox.
class SubmitLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitLauncher)

public:
    struct Options
    {
        client::SubmitOptions submit;
        // Files read for an installer's preset server; tests replace them.
        QStringList presetFiles = client::SubmitOptions::presetFiles();
    };

    explicit SubmitLauncher(Options options, QObject *parent = nullptr);
    ~SubmitLauncher() override;

    void start();
    SubmitWindow *window() const;
    ServerSetupDialog *setupDialog() const;
    LoginDialog *loginDialog() const;
    QString startupText() const;

    // The user settings key of the last server used.
    static inline const QString LastServerKey = QStringLiteral("submit/server");

signals:
    void windowOpened();

private:
    enum class Source { CommandLine, Preset, LastUsed, Setup };

    void connectTo(const QUrl &url, Source source);
    void unreachable(const QString &message);
    void showSetup(const QString &problem);
    void healthy();
    void ensureAccount();
    void showLogin(const QString &problem);
    void signInFailed(client::AccountSession::Problem problem, const QString &message);
    void signedIn(const core::User &user);
    bool canStartOffline() const;
    void startOffline();
    void openWindow(const core::User &user);
    void closeWindow();
    void fail(const QString &message);
    QString profilesDirectory() const;

    Options m_options;
    StartupWindow *m_startup;
    QNetworkAccessManager *m_network;
    client::HealthProbe *m_probe;
    client::HealthProbe *m_setupProbe = nullptr;
    client::ServerApi *m_api = nullptr;
    client::CredentialStore *m_credentials = nullptr;
    client::AccountSession *m_account = nullptr;
    QPointer<ServerSetupDialog> m_setup;
    QPointer<LoginDialog> m_login;
    std::unique_ptr<client::ClientSession> m_session;
    QPointer<SubmitWindow> m_window;
    QUrl m_url;
    Source m_source = Source::CommandLine;
    bool m_staffRefused = false;
    bool m_offlineStart = false;
};

} // namespace sd::widgets
