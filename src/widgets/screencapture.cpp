#include "screencapture.h"

#include "regionselector.h"

#include <QApplication>
#include <QCursor>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace sd::widgets {

ScreenCapture::ScreenCapture(QObject *parent) : QObject(parent), m_grabber(&grabScreen) {}

ScreenCapture::~ScreenCapture()
{
    closeSelector();
    restoreWindows();
}

void ScreenCapture::setWindowsToHide(const QList<QWidget *> &windows)
{
    m_windowsToHide.clear();
    for (QWidget *window : windows)
        m_windowsToHide.append(window);
}

void ScreenCapture::setHideDelay(std::chrono::milliseconds delay)
{
    m_hideDelay = delay;
}

void ScreenCapture::setGrabber(Grabber grabber)
{
    m_grabber = std::move(grabber);
}

void ScreenCapture::captureScreen()
{
    start(Mode::Screen);
}

void ScreenCapture::captureWindow()
{
    start(Mode::Window);
}

void ScreenCapture::captureRegion()
{
    start(Mode::Region);
}

void ScreenCapture::start(Mode mode)
{
    if (m_busy)
        return;
    m_busy = true;
    m_mode = mode;
    m_activeBefore = QApplication::activeWindow();
    for (const QPointer<QWidget> &window : std::as_const(m_windowsToHide)) {
        if (window && window->isVisible()) {
            window->hide();
            m_hidden.append(window);
        }
    }
    // hide() only asks: the window manager unmaps the window (and a compositor fades it out)
    // a few frames later, and a grab before that would show our own window.
    QTimer::singleShot(m_hidden.isEmpty() ? std::chrono::milliseconds(0) : m_hideDelay, this,
                       &ScreenCapture::grab);
}

void ScreenCapture::grab()
{
    QScreen *screen = QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QImage shot = screen ? m_grabber(screen) : QImage();
    if (isBlank(shot)) {
        finishFailed(
            tr("The screen could not be captured: this desktop does not let programs "
               "take screenshots. Take one with your system's screenshot tool, then "
               "paste it here with %1.")
                .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
        return;
    }
    switch (m_mode) {
    case Mode::Screen:
        finishWithImage(shot);
        break;
    case Mode::Window:
        select(shot, screen, tr("Drag a rectangle around the window you want to capture."));
        break;
    case Mode::Region:
        select(shot, screen, tr("Drag a rectangle around the part you want to capture."));
        break;
    }
}

void ScreenCapture::select(const QImage &shot, QScreen *screen, const QString &hint)
{
    m_selector = new RegionSelector(shot, hint);
    m_selector->setGeometry(screen->geometry());
    connect(m_selector, &RegionSelector::selected, this,
            [this, shot](const QRect &rect) { finishWithImage(shot.copy(rect)); });
    connect(m_selector, &RegionSelector::cancelled, this, &ScreenCapture::finishCancelled);
    m_selector->showFullScreen();
    m_selector->raise();
    m_selector->activateWindow();
    m_selector->setFocus();
}

void ScreenCapture::finishWithImage(const QImage &image)
{
    closeSelector();
    restoreWindows();
    m_busy = false;
    Q_EMIT captured(image);
}

void ScreenCapture::finishCancelled()
{
    closeSelector();
    restoreWindows();
    m_busy = false;
    Q_EMIT cancelled();
}

void ScreenCapture::finishFailed(const QString &message)
{
    closeSelector();
    restoreWindows();
    m_busy = false;
    Q_EMIT failed(message);
}

void ScreenCapture::closeSelector()
{
    if (!m_selector)
        return;
    m_selector->hide();
    // Not deleted at once: this may run inside the selector's own mouse or key handler.
    m_selector->deleteLater();
    m_selector = nullptr;
}

void ScreenCapture::restoreWindows()
{
    for (const QPointer<QWidget> &window : std::as_const(m_hidden))
        if (window)
            window->show();
    m_hidden.clear();
    if (m_activeBefore) {
        m_activeBefore->raise();
        m_activeBefore->activateWindow();
    }
    m_activeBefore = nullptr;
}

QImage ScreenCapture::grabScreen(QScreen *screen)
{
    QImage image = screen->grabWindow(0).toImage();
    // Pixels as they are: the attachment has no use for the display's scale factor.
    image.setDevicePixelRatio(1.0);
    return image;
}

bool ScreenCapture::isBlank(const QImage &image)
{
    // Wayland and the offscreen platform answer with an empty or black picture rather than an
    // error, sometimes with the mouse pointer or a stray pixel on it: up to one lit pixel in
    // a thousand still counts as blank. The scan stops once that many are found, so a real
    // screen costs a few rows.
    if (image.isNull())
        return true;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    const qint64 allowed = qint64(argb.width()) * argb.height() / 1000;
    qint64 lit = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) != 0 && (line[x] & 0x00FFFFFF) != 0 && ++lit > allowed)
                return false;
    }
    return true;
}

} // namespace sd::widgets
