#pragma once

#include <QColor>
#include <QLine>
#include <QRect>
#include <QString>

namespace sd::widgets {

// One mark a customer or agent puts on a screenshot before attaching it. Geometry is in the
// image's own pixels, so the same list renders identically at any zoom of the editor.
struct Annotation
{
    enum class Kind { Arrow, Rectangle, Text, Redact };

    Kind kind = Kind::Rectangle;
    QLine line;   // Arrow: from its tail to the point it shows
    QRect rect;   // Rectangle and Redact: the area; Text: its top-left corner is the anchor
    QString text; // Text only
    QColor colour = QColor(220, 30, 30);
};

} // namespace sd::widgets
