#pragma once

#include <QString>
#include <QStringList>

namespace sd::server {

// Filters an inline style attribute down to a few declarations that can neither fetch anything
// nor hide text: an allow-list of properties, each with an allow-list value grammar, written
// back in a normal form. Colours are checked against the colours an element inherits, so text
// cannot be made invisible on its own or its parent's background.
class CssStyleFilter final
{
public:
    // Colours as 0xRRGGBB. The defaults are how the workstation renders a message.
    struct Colors
    {
        quint32 text = 0x000000;
        quint32 background = 0xffffff;
    };

    struct Result
    {
        QString style; // empty when nothing survived
        QStringList removed;
        Colors colors; // what the element's children inherit
    };

    static Result filter(const QString &style, const Colors &inherited);
};

} // namespace sd::server
