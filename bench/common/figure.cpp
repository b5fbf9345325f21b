#include "figure.h"

#include <QTextStream>

namespace sd::bench {

void printFigure(const QString &figure, double value, const QString &unit)
{
    QTextStream out(stdout);
    out << figure << " = " << QString::number(value, 'f', value >= 100 ? 0 : 1) << ' ' << unit
        << Qt::endl;
}

} // namespace sd::bench
