#include "screenshotbutton.h"

#include "annotationeditor.h"
#include "screencapture.h"
// screencapture.h's inline selector() needs the complete type.
#include "regionselector.h"

#include <QMenu>

namespace sd::widgets {

ScreenshotButton::ScreenshotButton(QWidget *parent)
    : QToolButton(parent), m_capture(new ScreenCapture(this))
{
    setObjectName(QStringLiteral("attachScreenshotButton"));
    setText(tr("Screenshot"));
    setToolTip(tr("Take a screenshot, mark it up and attach it"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("screenshotMenu"));
    menu->addAction(tr("Whole screen"), m_capture, &ScreenCapture::captureScreen)
        ->setObjectName(QStringLiteral("captureScreenAction"));
    menu->addAction(tr("A window…"), m_capture, &ScreenCapture::captureWindow)
        ->setObjectName(QStringLiteral("captureWindowAction"));
    menu->addAction(tr("An area…"), m_capture, &ScreenCapture::captureRegion)
        ->setObjectName(QStringLiteral("captureRegionAction"));
    // Our own window steps aside while the screen is grabbed.
    connect(menu, &QMenu::aboutToShow, m_capture,
            [this] { m_capture->setWindowsToHide({window()}); });
    setMenu(menu);
    connect(m_capture, &ScreenCapture::captured, this, &ScreenshotButton::annotate);
    connect(m_capture, &ScreenCapture::failed, this, &ScreenshotButton::failed);
}

void ScreenshotButton::annotate(const QImage &image)
{
    auto *editor = new AnnotationEditor(image, window());
    editor->setObjectName(QStringLiteral("screenshotAnnotationEditor"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
            [this, editor] { Q_EMIT captured(editor->annotatedImage()); });
    editor->open();
}

} // namespace sd::widgets
