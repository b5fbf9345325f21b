// workstation-screenshots OUTPUT_DIR LANGUAGE: see Screenshotter.
#include "core/localization.h"
#include "screenshotter.h"
#include "widgets/workstationlauncher.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SupportDeskScreenshots"));
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 4) {
        QTextStream(stderr) << "usage: workstation-screenshots OUTPUT_DIR en|ru [DEMO_LOGIN]"
                            << Qt::endl;
        return 2;
    }
    sd::core::Localization::install(app, args.at(2));
    QTemporaryDir scratch;
    QDir().mkpath(args.at(1));
    sd::widgets::WorkstationLauncher::Options options;
    options.dataDir = scratch.filePath(QStringLiteral("server"));
    options.profileDir = scratch.filePath(QStringLiteral("profiles"));
    // The agent's screens by default; "supervisor" gives the SLA dashboard.
    options.demoLogin = args.size() == 4 ? args.at(3) : QStringLiteral("agent.ivanov");
    sd::widgets::WorkstationLauncher launcher(options);
    Screenshotter screenshotter(launcher, args.at(1), args.at(2));
    screenshotter.start();
    // A hung start must not hang the script.
    QTimer::singleShot(120'000, &app, [] {
        QTextStream(stderr) << "workstation-screenshots: timed out" << Qt::endl;
        QCoreApplication::exit(1);
    });
    return app.exec();
}
