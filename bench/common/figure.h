#pragma once

#include <QString>

namespace sd::bench {

// Prints one result line in the benchmarks' fixed form: "<figure> = <value> <unit>".
void printFigure(const QString &figure, double value, const QString &unit);

} // namespace sd::bench
