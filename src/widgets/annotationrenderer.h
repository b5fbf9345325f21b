#pragma once

#include "annotation.h"

#include <QImage>
#include <QList>

class QPainter;

namespace sd::widgets {

// Draws annotations onto a copy of a screenshot. Pure: no widgets, so the result (and above
// all that redaction really destroys pixels) is tested without a window.
class AnnotationRenderer final
{
public:
    // The source with every annotation applied in list order, in an opaque 32-bit format.
    static QImage render(const QImage &source, const QList<Annotation> &annotations);

    // Paints one annotation on an image of `imageSize` pixels; the painter's transform maps
    // image pixels to its device (the editor paints its preview scaled).
    static void paint(QPainter &painter, const Annotation &annotation, const QSize &imageSize);

    // Line width, arrow head and text size grow with the image so that marks stay visible
    // on a 4K screenshot and do not swamp a small one.
    static qreal strokeWidth(const QSize &imageSize);
    static int textPixelSize(const QSize &imageSize);

    // The colour a redacted area is filled with.
    static QColor redactColour();
};

} // namespace sd::widgets
