#include "desktopstart.h"

#include "core/localization.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sd::widgets {

void DesktopStart::applyOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--offscreen") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

bool DesktopStart::hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int DesktopStart::refuseWithoutDisplay(int argc, char **argv, const QString &language,
                                       const std::function<QString()> &message)
{
    QCoreApplication app(argc, argv);
    core::Localization::install(app, language);
    QTextStream(stderr) << message() << Qt::endl;
    return 2;
}

} // namespace sd::widgets
