#pragma once

#include <QList>

namespace sd::bench {

// Collected durations of one kind of operation, in milliseconds, for percentiles.
class Latencies final
{
public:
    void add(double milliseconds) { m_samples.append(milliseconds); }
    qsizetype count() const { return m_samples.size(); }
    // Nearest-rank percentile, p in (0, 100]; 0 when empty.
    double percentile(double p) const;

private:
    QList<double> m_samples;
};

} // namespace sd::bench
