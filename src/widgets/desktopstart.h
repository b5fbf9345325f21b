#pragma once

#include <QString>

#include <functional>

namespace sd::widgets {

// What every desktop program of SupportDesk checks before it creates its QApplication: an
// `--offscreen` request (headless checks) and, on X11/Wayland systems, whether there is a
// display at all. Without one, Qt would abort with a message about platform plugins that no
// customer or agent understands; instead the program says what is missing in their language.
class DesktopStart final
{
public:
    // Sets the offscreen platform when `--offscreen` is among the arguments.
    static void applyOffscreen(int argc, char **argv);
    // False only where a display is needed and none is set (no DISPLAY, WAYLAND_DISPLAY or
    // QT_QPA_PLATFORM); always true on Windows and macOS.
    static bool hasDisplay();
    // Prints the translated `message()` to stderr in `language` (empty: the system's) and
    // returns 2, the exit code for "cannot run here". `message` runs after the translations
    // are installed, so its tr() calls find them.
    static int refuseWithoutDisplay(int argc, char **argv, const QString &language,
                                    const std::function<QString()> &message);
};

} // namespace sd::widgets
