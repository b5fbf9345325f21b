#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace sd::client {
class EmbeddedServer;
class HealthProbe;
} // namespace sd::client

namespace sd::widgets {

class MainWindow;

// Brings the workstation up: either against a configured server URL, or by starting the
// private embedded server first. Shows progress and failures in the main window.
// In smoke mode (for headless checks) it quits once it knows whether the server is healthy.
class WorkstationLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkstationLauncher)

public:
    struct Options
    {
        QUrl serverUrl;     // empty: start the embedded server
        QString dataDir;    // embedded server's data folder; empty: the user's data folder
        bool smoke = false; // quit with 0 when healthy, 1 otherwise
    };

    WorkstationLauncher(Options options, QObject *parent = nullptr);
    ~WorkstationLauncher() override;

    void start();

private:
    void connectTo(const QUrl &url);
    void fail(const QString &message);

    Options m_options;
    MainWindow *m_window;
    QNetworkAccessManager *m_network;
    sd::client::EmbeddedServer *m_embedded = nullptr;
    sd::client::HealthProbe *m_probe;
    QUrl m_url;
};

} // namespace sd::widgets
