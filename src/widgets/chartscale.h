#pragma once

class QValueAxis;

namespace sd::widgets {

// A value axis from zero to a round number above the largest value, with ticks on round
// steps (1, 2 or 5 times a power of ten; whole numbers for counts), so gridlines never read
// "0.6 tickets".
class ChartScale final
{
public:
    ChartScale() = delete;

    static void apply(QValueAxis *axis, double largest, bool wholeNumbers);
    // The step between ticks for about `ticks` intervals up to `largest`.
    static double step(double largest, int ticks, bool wholeNumbers);
};

} // namespace sd::widgets
