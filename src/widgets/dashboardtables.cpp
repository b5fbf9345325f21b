#include "dashboardtables.h"

#include "core/enumnames.h"
#include "ticketvalues.h"

#include <QLocale>

namespace sd::widgets {

using Kind = ReportTableModel::Kind;
using client::SlaReportData;

namespace {

QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Business minutes in a working day (the SLA's 8-hour day), the unit of the longest bands.
constexpr int WorkingDay = 480;

} // namespace

DashboardTables::Columns DashboardTables::backlogColumns()
{
    return {{tr("Day"), Kind::Date},
            {tr("Created"), Kind::Count},
            {tr("Resolved"), Kind::Count},
            {tr("Open at day's end"), Kind::Count}};
}

DashboardTables::Rows DashboardTables::backlogRows(const SlaReportData &report)
{
    Rows rows;
    for (const SlaReportData::Day &day : report.days)
        rows.append({day.date, day.created, day.resolved, day.open});
    return rows;
}

DashboardTables::Columns DashboardTables::breachColumns()
{
    return {{tr("Day"), Kind::Date}, {tr("Breaches"), Kind::Count}};
}

DashboardTables::Rows DashboardTables::breachRows(const SlaReportData &report)
{
    Rows rows;
    for (const SlaReportData::Day &day : report.days)
        rows.append({day.date, day.breaches});
    return rows;
}

DashboardTables::Columns DashboardTables::responseColumns()
{
    return {{tr("Measure"), Kind::Text},
            {tr("Tickets"), Kind::Count},
            {tr("Median, business"), Kind::Minutes},
            {tr("90th percentile, business"), Kind::Minutes},
            {tr("Median, calendar"), Kind::Minutes},
            {tr("90th percentile, calendar"), Kind::Minutes}};
}

DashboardTables::Rows DashboardTables::responseRows(const SlaReportData &report)
{
    const auto row = [](const QString &name, const SlaReportData::Durations &d) {
        return QVariantList{name,
                            d.business.count,
                            optional(d.business.p50),
                            optional(d.business.p90),
                            optional(d.calendar.p50),
                            optional(d.calendar.p90)};
    };
    return {row(tr("First response"), report.firstResponse),
            row(tr("Resolution"), report.resolution)};
}

DashboardTables::Columns DashboardTables::distributionColumns()
{
    return {{tr("First response, business time"), Kind::Text},
            {tr("Tickets"), Kind::Count},
            {tr("Share"), Kind::Percent},
            {tr("Answered by the band's end"), Kind::Percent}};
}

DashboardTables::Rows DashboardTables::distributionRows(const SlaReportData &report)
{
    const QList<SlaReportData::Band> &bands = report.firstResponse.business.distribution;
    int total = 0;
    for (const SlaReportData::Band &band : bands)
        total += band.tickets;
    Rows rows;
    int reached = 0;
    for (const SlaReportData::Band &band : bands) {
        reached += band.tickets;
        const auto share = [total](int tickets) {
            return total > 0 ? QVariant(double(tickets) / total) : QVariant();
        };
        rows.append({bandName(band), band.tickets, share(band.tickets), share(reached)});
    }
    return rows;
}

QString DashboardTables::bandName(const SlaReportData::Band &band)
{
    const QLocale locale;
    const int end = band.toMinutes.value_or(band.fromMinutes);
    int unit = 60;
    if (band.fromMinutes >= WorkingDay)
        unit = WorkingDay;
    else if (end <= 60)
        unit = 1;
    // Bands the server may cut elsewhere some day still get exact names.
    if (band.fromMinutes % unit != 0 || end % unit != 0)
        unit = band.fromMinutes % 60 == 0 && end % 60 == 0 ? 60 : 1;
    const QString from = locale.toString(band.fromMinutes / unit);
    const QString to = locale.toString(end / unit);
    // Axis labels of the first-response distribution: short, "days" are working days.
    if (!band.toMinutes) {
        if (unit == WorkingDay)
            //: Band of business time: this many working days or more.
            return tr("≥ %1 days").arg(from);
        return unit == 1 ? tr("≥ %1 min").arg(from) : tr("≥ %1 h").arg(from);
    }
    if (band.fromMinutes == 0)
        return unit == 1 ? tr("< %1 min").arg(to) : tr("< %1 h").arg(to);
    if (unit == WorkingDay)
        //: Band of business time in working days, e.g. 1-2.
        return tr("%1-%2 days").arg(from, to);
    return unit == 1 ? tr("%1-%2 min").arg(from, to) : tr("%1-%2 h").arg(from, to);
}

DashboardTables::Columns DashboardTables::agentColumns()
{
    return {{tr("Agent"), Kind::Text},
            {tr("Open, assigned now"), Kind::Count},
            {tr("Resolved in the period"), Kind::Count}};
}

DashboardTables::Rows DashboardTables::agentRows(const SlaReportData &report)
{
    Rows rows;
    for (const SlaReportData::AgentLoad &agent : report.agents)
        rows.append({agent.name, agent.openAssigned, agent.resolved});
    return rows;
}

DashboardTables::Columns DashboardTables::csatColumns()
{
    return {{tr("Score"), Kind::Count}, {tr("Ratings"), Kind::Count}, {tr("Share"), Kind::Percent}};
}

DashboardTables::Rows DashboardTables::csatRows(const SlaReportData &report)
{
    Rows rows;
    for (std::size_t i = 0; i < report.csatScores.size(); ++i) {
        const int ratings = report.csatScores[i];
        const QVariant share =
            report.csatCount > 0 ? QVariant(double(ratings) / report.csatCount) : QVariant();
        rows.append({int(i + 1), ratings, share});
    }
    return rows;
}

DashboardTables::Columns DashboardTables::resolutionColumns()
{
    return {{tr("Resolution"), Kind::Text}, {tr("Tickets"), Kind::Count}};
}

DashboardTables::Rows DashboardTables::resolutionRows(const SlaReportData &report)
{
    Rows rows;
    for (const SlaReportData::Count &count : report.resolutions)
        rows.append({resolutionName(count.key), count.tickets});
    return rows;
}

QString DashboardTables::resolutionName(const QString &wire)
{
    const auto resolution = core::fromString<core::Resolution>(wire);
    if (!resolution || *resolution == core::Resolution::None)
        return wire.isEmpty() ? tr("(none)") : wire;
    return TicketValues::resolution(*resolution);
}

} // namespace sd::widgets
