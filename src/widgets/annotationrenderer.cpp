#include "annotationrenderer.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPolygonF>
#include <QtMath>

namespace sd::widgets {

namespace {

void paintArrow(QPainter &painter, const Annotation &annotation, qreal width)
{
    const QLineF line(annotation.line);
    const qreal length = line.length();
    if (length < 1.0)
        return;
    // The head scales with the stroke but never takes more than half of a short arrow.
    const qreal headLength = qMin(4.0 * width + 6.0, length * 0.5);
    const qreal headHalfWidth = headLength * 0.55;
    const QPointF tip = line.p2();
    const QPointF unit = (line.p2() - line.p1()) / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip - unit * headLength;

    painter.setPen(QPen(annotation.colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    // The shaft stops inside the head so its round cap does not poke out past the tip.
    painter.drawLine(line.p1(), base + unit * (headLength * 0.3));
    painter.setPen(QPen(annotation.colour, 1.0));
    painter.setBrush(annotation.colour);
    painter.drawPolygon(
        QPolygonF{tip, base + normal * headHalfWidth, base - normal * headHalfWidth});
}

void paintRectangle(QPainter &painter, const Annotation &annotation, qreal width)
{
    const QRect rect = annotation.rect.normalized();
    if (rect.isEmpty())
        return;
    painter.setPen(QPen(annotation.colour, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(rect));
}

void paintText(QPainter &painter, const Annotation &annotation, const QSize &imageSize)
{
    if (annotation.text.trimmed().isEmpty())
        return;
    QFont font = painter.font();
    font.setPixelSize(AnnotationRenderer::textPixelSize(imageSize));
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int padding = qMax(3, font.pixelSize() / 4);
    const QRect textRect =
        metrics.boundingRect(QRect(annotation.rect.topLeft(), QSize(imageSize.width(), 0)),
                             Qt::AlignLeft | Qt::AlignTop, annotation.text);
    // A light box behind the text keeps it readable on any background.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(textRect.adjusted(-padding, -padding, padding, padding), padding,
                            padding);
    painter.setPen(annotation.colour);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, annotation.text);
}

// A solid fill with one fixed colour, not a blur or pixelation: blocks that keep the average
// colour of what they cover still leak it, and pixelated text in a known font has been
// reconstructed by matching candidate strings against the blocks. A fixed colour carries no
// information about the pixels it replaces. Antialiasing is off so that every pixel of the
// area is replaced entirely, with no partly blended edge keeping a trace of the original.
void paintRedaction(QPainter &painter, const Annotation &annotation)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(annotation.rect.normalized(), AnnotationRenderer::redactColour());
    painter.restore();
}

} // namespace

QImage AnnotationRenderer::render(const QImage &source, const QList<Annotation> &annotations)
{
    // Drawn over white so that a transparent pasted image does not turn black where it was
    // see-through, and so the result encodes the same as PNG and as JPEG.
    QImage out(source.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    if (source.isNull())
        return out;
    QPainter painter(&out);
    painter.drawImage(0, 0, source);
    for (const Annotation &annotation : annotations)
        paint(painter, annotation, out.size());
    return out;
}

void AnnotationRenderer::paint(QPainter &painter, const Annotation &annotation,
                               const QSize &imageSize)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const qreal width = strokeWidth(imageSize);
    switch (annotation.kind) {
    case Annotation::Kind::Arrow:
        paintArrow(painter, annotation, width);
        break;
    case Annotation::Kind::Rectangle:
        paintRectangle(painter, annotation, width);
        break;
    case Annotation::Kind::Text:
        paintText(painter, annotation, imageSize);
        break;
    case Annotation::Kind::Redact:
        paintRedaction(painter, annotation);
        break;
    }
    painter.restore();
}

qreal AnnotationRenderer::strokeWidth(const QSize &imageSize)
{
    return qMax(2.0, qMin(imageSize.width(), imageSize.height()) / 250.0);
}

int AnnotationRenderer::textPixelSize(const QSize &imageSize)
{
    return qMax(14, qMin(imageSize.width(), imageSize.height()) / 40);
}

QColor AnnotationRenderer::redactColour()
{
    return QColor(24, 24, 24);
}

} // namespace sd::widgets
