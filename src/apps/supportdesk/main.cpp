#include "core/localization.h"
#include "widgets/desktopstart.h"
#include "widgets/workstationlauncher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char **argv)
{
    sd::widgets::DesktopStart::applyOffscreen(argc, argv);
    if (!sd::widgets::DesktopStart::hasDisplay()) {
        return sd::widgets::DesktopStart::refuseWithoutDisplay(argc, argv, {}, [] {
            return QCoreApplication::translate(
                "main", "supportdesk needs a graphical display, and none is available (DISPLAY "
                        "and WAYLAND_DISPLAY are not set). Start it in a desktop session, or "
                        "pass --offscreen for a check without a window.");
        });
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SupportDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "SupportDesk workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Server URL; without it a private local server starts."),
        QStringLiteral("url"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder for the private local server's database."),
        QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language: ru or en."),
                                        QStringLiteral("code"));
    const QCommandLineOption offscreenOption(
        QStringLiteral("offscreen"), QCoreApplication::translate("main", "Run without a display."));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QCoreApplication::translate("main",
                                    "Connect, report whether the server is healthy, quit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-login"),
        QCoreApplication::translate("main", "With the private local server: sign in as this "
                                            "demo user at once (e.g. agent.ivanov)."),
        QStringLiteral("login"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile-dir"),
        QCoreApplication::translate("main", "Folder for the local copies of your tickets and "
                                            "for changes waiting to be sent."),
        QStringLiteral("dir"));
    parser.addOptions({serverOption, dataOption, langOption, offscreenOption, smokeOption,
                       demoOption, profileOption});
    parser.process(app);
    sd::core::Localization::install(app, parser.value(langOption));

    sd::widgets::WorkstationLauncher::Options options;
    options.serverUrl = QUrl(parser.value(serverOption));
    options.dataDir = parser.value(dataOption);
    options.smoke = parser.isSet(smokeOption);
    options.demoLogin = parser.value(demoOption);
    options.profileDir = parser.value(profileOption);
    sd::widgets::WorkstationLauncher launcher(options);
    launcher.start();
    return app.exec();
}
