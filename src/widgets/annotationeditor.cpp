#include "annotationeditor.h"

#include "annotationcanvas.h"
#include "annotationrenderer.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd::widgets {

namespace {

// QStyle has no icons for drawing tools, so each is drawn here in the palette's text colour.
QIcon toolIcon(Annotation::Kind kind, const QColor &colour)
{
    constexpr int Size = 48;
    QPixmap pixmap(Size, Size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    Annotation sample;
    sample.kind = kind;
    sample.colour = colour;
    switch (kind) {
    case Annotation::Kind::Arrow:
        sample.line = QLine(8, 40, 40, 8);
        break;
    case Annotation::Kind::Rectangle:
        sample.rect = QRect(8, 12, 32, 24);
        break;
    case Annotation::Kind::Text: {
        QFont font = painter.font();
        font.setPixelSize(38);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("T"));
        return QIcon(pixmap);
    }
    case Annotation::Kind::Redact:
        painter.setPen(QPen(colour, 3));
        painter.drawRect(QRectF(6.5, 14.5, 35, 19));
        painter.fillRect(QRect(12, 20, 24, 8), colour);
        return QIcon(pixmap);
    }
    // As the renderer draws them, with a stroke (6 pixels at this size) that still reads when
    // the icon is shown at 16 pixels.
    AnnotationRenderer::paint(painter, sample, QSize(1500, 1500));
    return QIcon(pixmap);
}

QString hintFor(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Arrow:
        return AnnotationEditor::tr("Drag from where the arrow starts to what it points at.");
    case Annotation::Kind::Rectangle:
        return AnnotationEditor::tr("Drag to draw a frame around what matters.");
    case Annotation::Kind::Text:
        return AnnotationEditor::tr("Click where the text should go.");
    case Annotation::Kind::Redact:
        return AnnotationEditor::tr("Drag over passwords, names or other private details to "
                                    "black them out.");
    }
    return {};
}

} // namespace

AnnotationEditor::AnnotationEditor(const QImage &image, QWidget *parent)
    : QDialog(parent), m_image(image), m_canvas(new AnnotationCanvas(this)),
      m_tools(new QButtonGroup(this)), m_toolBar(new QWidget(this)), m_hintLabel(new QLabel(this))
{
    setWindowTitle(tr("Mark up the screenshot"));
    m_canvas->setImage(image);

    buildToolBar();

    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *okButton = buttons->button(QDialogButtonBox::Ok);
    okButton->setText(tr("Attach"));
    okButton->setDefault(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hintLabel, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, &AnnotationEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnnotationEditor::reject);
    connect(m_undoAction, &QAction::triggered, this, &AnnotationEditor::undo);
    connect(m_clearAction, &QAction::triggered, this, &AnnotationEditor::clear);
    connect(m_canvas, &AnnotationCanvas::annotationDrawn, this, &AnnotationEditor::addAnnotation);
    connect(m_canvas, &AnnotationCanvas::textPlacementRequested, this,
            &AnnotationEditor::placeText);

    selectTool(Annotation::Kind::Rectangle);
    setAnnotations({}, false);
    m_canvas->setFocus();
    const QSize available = screen()->availableGeometry().size() * 0.9;
    resize(sizeHint().boundedTo(available));
}

void AnnotationEditor::buildToolBar()
{
    auto *toolLayout = new QHBoxLayout(m_toolBar);
    toolLayout->setContentsMargins(0, 0, 0, 0);
    addToolButton(Annotation::Kind::Arrow, tr("Arrow"), QStringLiteral("arrowToolButton"));
    addToolButton(Annotation::Kind::Rectangle, tr("Frame"), QStringLiteral("rectangleToolButton"));
    addToolButton(Annotation::Kind::Text, tr("Text"), QStringLiteral("textToolButton"));
    addToolButton(Annotation::Kind::Redact, tr("Black out"), QStringLiteral("redactToolButton"))
        ->setToolTip(tr("Hide passwords, names or other private details. The hidden part is "
                        "removed from the picture, not just covered."));
    auto *separator = new QFrame(m_toolBar);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    toolLayout->addWidget(separator);
    m_undoAction = addActionButton(
        QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)),
        tr("Undo"), QStringLiteral("undoButton"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setToolTip(
        tr("Undo the last change (%1)")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_clearAction =
        addActionButton(QIcon::fromTheme(QStringLiteral("edit-clear"),
                                         style()->standardIcon(QStyle::SP_DialogDiscardButton)),
                        tr("Remove all marks"), QStringLiteral("clearButton"));
    toolLayout->addStretch();
}

void AnnotationEditor::accept()
{
    m_result = AnnotationRenderer::render(m_image, m_annotations);
    QDialog::accept();
}

QToolButton *AnnotationEditor::addToolButton(Annotation::Kind kind, const QString &text,
                                             const QString &name)
{
    auto *button = new QToolButton(m_toolBar);
    button->setObjectName(name);
    button->setText(text);
    button->setIcon(toolIcon(kind, palette().color(QPalette::ButtonText)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setCheckable(true);
    button->setAutoRaise(true);
    m_tools->addButton(button, int(kind));
    m_toolBar->layout()->addWidget(button);
    connect(button, &QToolButton::clicked, this, [this, kind] { selectTool(kind); });
    return button;
}

QAction *AnnotationEditor::addActionButton(const QIcon &icon, const QString &text,
                                           const QString &name)
{
    // An action on the dialog, not a button shortcut: a button animates its click for 100 ms
    // and swallows a quick second Ctrl+Z.
    auto *action = new QAction(icon, text, this);
    addAction(action);
    auto *button = new QToolButton(m_toolBar);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    m_toolBar->layout()->addWidget(button);
    return action;
}

void AnnotationEditor::selectTool(Annotation::Kind kind)
{
    m_tools->button(int(kind))->setChecked(true);
    m_canvas->setTool(kind);
    m_hintLabel->setText(hintFor(kind));
}

void AnnotationEditor::addAnnotation(const Annotation &annotation)
{
    setAnnotations(m_annotations + QList<Annotation>{annotation}, true);
}

void AnnotationEditor::placeText(const QPoint &imagePos)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Add text"));
    dialog.setLabelText(tr("Text to show on the picture:"));
    // The default width fits about fifteen characters; a remark is usually a short sentence.
    dialog.resize(qMax(dialog.sizeHint().width(), fontMetrics().averageCharWidth() * 50),
                  dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue();
    if (text.trimmed().isEmpty())
        return;
    Annotation annotation;
    annotation.kind = Annotation::Kind::Text;
    annotation.rect = QRect(imagePos, QSize(1, 1));
    annotation.text = text;
    addAnnotation(annotation);
}

void AnnotationEditor::undo()
{
    if (m_history.isEmpty())
        return;
    setAnnotations(m_history.takeLast(), false);
}

void AnnotationEditor::clear()
{
    if (!m_annotations.isEmpty())
        setAnnotations({}, true);
}

void AnnotationEditor::setAnnotations(const QList<Annotation> &annotations, bool remember)
{
    if (remember)
        m_history.append(m_annotations);
    m_annotations = annotations;
    m_canvas->setAnnotations(m_annotations);
    m_undoAction->setEnabled(!m_history.isEmpty());
    m_clearAction->setEnabled(!m_annotations.isEmpty());
}

} // namespace sd::widgets
