#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QScreen;
class QWidget;

namespace sd::widgets {

class RegionSelector;

// Takes a screenshot of the screen under the mouse pointer, with our own windows out of the
// way: they are hidden, the grab waits until the desktop has really removed them (window
// managers animate that), and they come back afterwards.
//
// What Qt can do on its own: grab a whole screen (QScreen::grabWindow(0)), and grab a
// window of this program. What it cannot do without platform code: tell where another
// program's window is (on X11 that takes xcb_query_tree, on Windows WindowFromPoint and
// DwmGetWindowAttribute), and on Wayland a program may not grab the screen at all (the
// result is black or empty; the portal needs a D-Bus dialog). So captureWindow() lets the
// user mark the window on the frozen screenshot, like captureRegion(), and a black or empty
// grab ends in failed() with a message pointing to the system's screenshot tool and paste.
class ScreenCapture final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenCapture)

public:
    using Grabber = std::function<QImage(QScreen *screen)>;

    explicit ScreenCapture(QObject *parent = nullptr);
    ~ScreenCapture() override;

    // Our top-level windows to hide while grabbing (the workstation, the submission dialog).
    void setWindowsToHide(const QList<QWidget *> &windows);
    // How long hidden windows get to disappear; 250 ms covers the usual fade-out animations.
    void setHideDelay(std::chrono::milliseconds delay);
    // Replaces QScreen::grabWindow(0), for tests.
    void setGrabber(Grabber grabber);

    bool isBusy() const { return m_busy; }
    // The overlay of captureWindow()/captureRegion() while it is open.
    RegionSelector *selector() const { return m_selector; }

    void captureScreen();
    void captureWindow();
    void captureRegion();

Q_SIGNALS:
    void captured(const QImage &image);
    void cancelled();
    void failed(const QString &message);

private:
    enum class Mode { Screen, Window, Region };

    void start(Mode mode);
    void grab();
    void select(const QImage &shot, QScreen *screen, const QString &hint);
    void finishWithImage(const QImage &image);
    void finishCancelled();
    void finishFailed(const QString &message);
    void closeSelector();
    void restoreWindows();
    static QImage grabScreen(QScreen *screen);
    static bool isBlank(const QImage &image);

    QList<QPointer<QWidget>> m_windowsToHide;
    QList<QPointer<QWidget>> m_hidden;
    QPointer<QWidget> m_activeBefore;
    std::chrono::milliseconds m_hideDelay{250};
    Grabber m_grabber;
    Mode m_mode = Mode::Screen;
    bool m_busy = false;
    QPointer<RegionSelector> m_selector;
};

} // namespace sd::widgets
