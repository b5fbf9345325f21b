#pragma once

#include <QToolButton>

namespace sd::widgets {

class ScreenCapture;

// "Screenshot ▾": the whole screen, a window or an area (ScreenCapture, with this program's
// window out of the way), then marked up in the AnnotationEditor. What the agent accepts
// there arrives as captured(); cancelling at either step yields nothing.
class ScreenshotButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotButton)

public:
    explicit ScreenshotButton(QWidget *parent = nullptr);

    ScreenCapture *capture() const { return m_capture; }

Q_SIGNALS:
    void captured(const QImage &annotated);
    void failed(const QString &message);

private:
    void annotate(const QImage &image);

    ScreenCapture *m_capture;
};

} // namespace sd::widgets
