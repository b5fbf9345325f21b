#include "slareport.h"

#include <numeric>

namespace sd::storage {

int SlaReport::csatCount() const
{
    return std::accumulate(csatScores.cbegin(), csatScores.cend(), 0);
}

std::optional<double> SlaReport::csatAverage() const
{
    const int count = csatCount();
    if (count == 0)
        return std::nullopt;
    qint64 sum = 0;
    for (std::size_t i = 0; i < csatScores.size(); ++i)
        sum += qint64(i + 1) * csatScores[i];
    return double(sum) / count;
}

const QList<SlaReportRow> &SlaReport::items(SlaReportScope::Group group) const
{
    switch (group) {
    case SlaReportScope::Group::Agent:
        return byAgent;
    case SlaReportScope::Group::Category:
        return byCategory;
    case SlaReportScope::Group::Queue:
        break;
    }
    return byQueue;
}

std::optional<double> SlaReport::reopenRate() const
{
    if (resolvedTickets == 0)
        return std::nullopt;
    return double(reopenedTickets) / resolvedTickets;
}

} // namespace sd::storage
