#include "dashboardtiles.h"

#include "dashboardformat.h"
#include "dashboardtile.h"

#include <QHBoxLayout>

namespace sd::widgets {

using client::SlaReportData;
using Tone = DashboardTile::Tone;

namespace {

QString targetsDetail(const SlaReportData::Targets &targets)
{
    // Only the kinds that have any: a tile is narrow.
    QStringList parts;
    if (targets.firstResponse > 0)
        parts.append(DashboardTiles::tr("first response %1")
                         .arg(DashboardFormat::count(targets.firstResponse)));
    if (targets.nextResponse > 0)
        parts.append(DashboardTiles::tr("next response %1")
                         .arg(DashboardFormat::count(targets.nextResponse)));
    if (targets.resolution > 0)
        parts.append(
            DashboardTiles::tr("resolution %1").arg(DashboardFormat::count(targets.resolution)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DashboardTiles::DashboardTiles(QWidget *parent) : QWidget(parent)
{
    const QStringList titles{
        tr("Open"),           tr("Created"),    tr("Breached now"), tr("At risk now"),
        tr("First response"), tr("Resolution"), tr("Reopened"),     tr("Customer satisfaction")};
    const QStringList names{QStringLiteral("openTile"),          QStringLiteral("createdTile"),
                            QStringLiteral("breachedNowTile"),   QStringLiteral("atRiskNowTile"),
                            QStringLiteral("firstResponseTile"), QStringLiteral("resolutionTile"),
                            QStringLiteral("reopenRateTile"),    QStringLiteral("csatTile")};
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (qsizetype i = 0; i < titles.size(); ++i) {
        auto *tile = new DashboardTile(titles[i], this);
        tile->setObjectName(names[i]);
        layout->addWidget(tile, 1);
        m_tiles.append(tile);
    }
}

void DashboardTiles::showReport(const SlaReportData &report)
{
    tile(Tile::Open)
        ->setValue(DashboardFormat::count(report.openAtEnd()),
                   tr("at the end of the period; %1 at its start")
                       .arg(DashboardFormat::count(report.openAtStart)));
    tile(Tile::Created)
        ->setValue(DashboardFormat::count(report.totals.tickets),
                   tr("in the period; %1 resolved or closed")
                       .arg(DashboardFormat::count(report.totals.done)));
    const int breached = report.breachedNow.tickets;
    tile(Tile::BreachedNow)
        ->setValue(DashboardFormat::count(breached), targetsDetail(report.breachedNow),
                   breached > 0 ? Tone::Bad : Tone::Good);
    const int atRisk = report.atRiskNow.tickets;
    tile(Tile::AtRiskNow)
        ->setValue(DashboardFormat::count(atRisk), targetsDetail(report.atRiskNow),
                   atRisk > 0 ? Tone::Warning : Tone::Normal);
    showTimes(Tile::FirstResponse, report.firstResponse);
    showTimes(Tile::Resolution, report.resolution);
    tile(Tile::ReopenRate)
        ->setValue(DashboardFormat::percent(report.reopenRate),
                   tr("%1 of %2 resolved tickets")
                       .arg(DashboardFormat::count(report.reopenedTickets),
                            DashboardFormat::count(report.resolvedTickets)));
    const QString average = report.csatAverage
                                ? tr("%1 / 5").arg(DashboardFormat::decimal(report.csatAverage, 1))
                                : DashboardFormat::none();
    tile(Tile::Csat)->setValue(average, tr("%n rating(s)", nullptr, report.csatCount));
}

void DashboardTiles::showTimes(Tile which, const SlaReportData::Durations &durations)
{
    const SlaReportData::Percentiles &business = durations.business;
    tile(which)->setValue(
        DashboardFormat::minutes(business.p50),
        tr("median in business time; 90%: %1; %n ticket(s)", nullptr, business.count)
            .arg(DashboardFormat::minutes(business.p90)));
}

QList<DashboardPdf::Figure> DashboardTiles::figures() const
{
    QList<DashboardPdf::Figure> out;
    for (const DashboardTile *tile : m_tiles)
        out.append({tile->title(), tile->value(), tile->detail()});
    return out;
}

} // namespace sd::widgets
