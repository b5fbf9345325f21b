#pragma once

#include <QString>

namespace sd::core {

// A work queue agents subscribe to; every installation starts with "Support" and
// "Development" (the hand-over to developers, seeds 001 and 003).
struct Queue
{
    qint64 id = 0;
    QString name;
    QString description;
};

} // namespace sd::core
