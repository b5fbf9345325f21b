#include "client/submitoptions.h"
#include "core/localization.h"
#include "widgets/desktopstart.h"
#include "widgets/submitlauncher.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

namespace {

// The language asked for on the command line, before the full parse (whose messages are
// translated).
QString requestedLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    for (const QString &argument : arguments)
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    sd::widgets::DesktopStart::applyOffscreen(argc, argv);
    if (!sd::widgets::DesktopStart::hasDisplay()) {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        return sd::widgets::DesktopStart::refuseWithoutDisplay(
            argc, argv, requestedLanguage(arguments), [] {
                return QCoreApplication::translate(
                    "main", "supportdesk-submit needs a graphical display, and none is available "
                            "(DISPLAY and WAYLAND_DISPLAY are not set). Start it in a desktop "
                            "session.");
            });
    }
    QApplication app(argc, argv);
    // Its own settings and profiles, apart from the workstation's.
    QApplication::setApplicationName(QStringLiteral("SupportDeskSubmit"));
    QApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::core::Localization::install(app, requestedLanguage(app.arguments()));

    sd::widgets::SubmitLauncher::Options options;
    options.submit = sd::client::SubmitOptions::parse(app.arguments(), QDir::currentPath());
    if (options.submit.helpRequested) {
        QTextStream(stdout) << sd::client::SubmitOptions::helpText();
        return 0;
    }
    if (options.submit.versionRequested) {
        QTextStream(stdout) << "supportdesk-submit " << SD_VERSION << Qt::endl;
        return 0;
    }
    // The window shows them too: started from another program, nobody may read stderr.
    if (!options.submit.problems.isEmpty())
        QTextStream(stderr) << options.submit.problems.join(u'\n') << Qt::endl;
    sd::widgets::SubmitLauncher launcher(options);
    launcher.start();
    return app.exec();
}
