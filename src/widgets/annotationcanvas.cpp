#include "annotationcanvas.h"

#include "annotationrenderer.h"

#include <QMouseEvent>
#include <QPainter>

namespace sd::widgets {

namespace {

// A drag shorter than this many screen pixels is a slip of the hand, not a mark.
constexpr int MinimumDragPixels = 4;

// Both corners belong to the area, whichever way the mouse went (QRect::normalized() would
// drop a row and a column of an area dragged up or to the left).
QRect spanning(const QPoint &a, const QPoint &b)
{
    return {QPoint(qMin(a.x(), b.x()), qMin(a.y(), b.y())),
            QPoint(qMax(a.x(), b.x()), qMax(a.y(), b.y()))};
}

} // namespace

AnnotationCanvas::AnnotationCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("annotationCanvas"));
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void AnnotationCanvas::setImage(const QImage &image)
{
    m_image = image;
    setAnnotations(m_annotations);
    updateGeometry();
}

void AnnotationCanvas::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    m_rendered = AnnotationRenderer::render(m_image, m_annotations);
    refreshScaled();
    update();
}

void AnnotationCanvas::setTool(Annotation::Kind tool)
{
    m_tool = tool;
    m_dragging = false;
    update();
}

QRectF AnnotationCanvas::imageRect() const
{
    if (m_image.isNull())
        return {};
    // Never enlarged: a small screenshot blown up looks blurred and hides what it shows.
    QSizeF size = m_image.size();
    if (size.width() > width() || size.height() > height())
        size.scale(QSizeF(this->size()), Qt::KeepAspectRatio);
    const QPointF topLeft((width() - size.width()) / 2.0, (height() - size.height()) / 2.0);
    return {topLeft, size};
}

QPoint AnnotationCanvas::mapToImage(const QPointF &widgetPos) const
{
    const QRectF target = imageRect();
    if (target.isEmpty())
        return {};
    const qreal scale = m_image.width() / target.width();
    const QPointF inImage = (widgetPos - target.topLeft()) * scale;
    return {qBound(0, qRound(inImage.x()), m_image.width() - 1),
            qBound(0, qRound(inImage.y()), m_image.height() - 1)};
}

QSize AnnotationCanvas::sizeHint() const
{
    const QSize cap(1100, 700);
    return m_image.isNull() ? cap : m_image.size().boundedTo(cap);
}

QSize AnnotationCanvas::minimumSizeHint() const
{
    return {320, 200};
}

void AnnotationCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    const QRectF target = imageRect();
    if (target.isEmpty())
        return;
    painter.drawPixmap(target.topLeft(), m_scaled);
    if (!m_dragging)
        return;
    painter.setClipRect(target);
    painter.translate(target.topLeft());
    painter.scale(target.width() / m_image.width(), target.height() / m_image.height());
    AnnotationRenderer::paint(painter, draft(), m_image.size());
}

void AnnotationCanvas::resizeEvent(QResizeEvent *)
{
    refreshScaled();
}

void AnnotationCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull())
        return;
    m_dragging = true;
    m_dragStart = m_dragEnd = mapToImage(event->position());
    update();
}

void AnnotationCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragEnd = mapToImage(event->position());
    update();
}

void AnnotationCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragEnd = mapToImage(event->position());
    m_dragging = false;
    update();
    if (m_tool == Annotation::Kind::Text) {
        Q_EMIT textPlacementRequested(m_dragEnd);
        return;
    }
    const Annotation annotation = draft();
    if (isMeaningful(annotation))
        Q_EMIT annotationDrawn(annotation);
}

Annotation AnnotationCanvas::draft() const
{
    Annotation annotation;
    annotation.kind = m_tool;
    annotation.line = QLine(m_dragStart, m_dragEnd);
    annotation.rect = spanning(m_dragStart, m_dragEnd);
    return annotation;
}

bool AnnotationCanvas::isMeaningful(const Annotation &annotation) const
{
    const qreal scale = imageRect().width() / qMax(1, m_image.width());
    const QPointF span = QPointF(annotation.line.p2() - annotation.line.p1()) * scale;
    if (annotation.kind == Annotation::Kind::Arrow)
        return QLineF(QPointF(), span).length() >= MinimumDragPixels;
    return qAbs(span.x()) >= MinimumDragPixels && qAbs(span.y()) >= MinimumDragPixels;
}

void AnnotationCanvas::refreshScaled()
{
    const QRectF target = imageRect();
    if (target.isEmpty()) {
        m_scaled = {};
        return;
    }
    m_scaled = QPixmap::fromImage(
        m_rendered.scaled(target.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

} // namespace sd::widgets
