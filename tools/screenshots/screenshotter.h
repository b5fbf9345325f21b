#pragma once

#include <QObject>
#include <QString>

namespace sd::widgets {
class MainWindow;
class WorkstationLauncher;
} // namespace sd::widgets

// Drives the real workstation (private server, demo data, a demo user signed in) to the
// screens the README shows and saves each as <directory>/<name>-<language>.png: the agent's
// screens, or with a supervisor signed in the SLA dashboard.
class Screenshotter final : public QObject
{
    Q_OBJECT

public:
    Screenshotter(sd::widgets::WorkstationLauncher &launcher, QString directory, QString language);

    void start();

private:
    void opened();
    void shoot();
    bool shootReply(sd::widgets::MainWindow *window);
    // Waits (polling, at most DashboardWaitMs) for the dashboard's first report, then saves it.
    void shootDashboard(sd::widgets::MainWindow *window, int waitedMs);
    bool save(QWidget *widget, const QString &name);

    sd::widgets::WorkstationLauncher &m_launcher;
    QString m_directory;
    QString m_language;
    static constexpr int DashboardWaitMs = 30'000;
};
