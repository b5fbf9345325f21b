#include "chartscale.h"

#include <QValueAxis>

#include <cmath>

namespace sd::widgets {

double ChartScale::step(double largest, int ticks, bool wholeNumbers)
{
    const double raw = largest > 0 ? largest / ticks : 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double nice = 10.0 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0})
        if (raw <= factor * magnitude) {
            nice = factor * magnitude;
            break;
        }
    return wholeNumbers ? std::max(1.0, std::ceil(nice)) : nice;
}

void ChartScale::apply(QValueAxis *axis, double largest, bool wholeNumbers)
{
    const double unit = step(largest, 4, wholeNumbers);
    const int steps = std::max(1, int(std::ceil(largest / unit - 1e-9)));
    axis->setRange(0, unit * steps);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(wholeNumbers || unit >= 1 ? QStringLiteral("%.0f")
                                                   : QStringLiteral("%.1f"));
}

} // namespace sd::widgets
