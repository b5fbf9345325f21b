#pragma once

#include "client/slareportdata.h"
#include "dashboardpdf.h"

#include <QList>
#include <QWidget>

namespace sd::widgets {

class DashboardTile;

// The dashboard's row of headline figures: open tickets, tickets created, breached and at
// risk now, first-response and resolution times (median in business time, the 90th
// percentile beside it), reopen rate and CSAT.
class DashboardTiles final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTiles)

public:
    enum class Tile {
        Open,
        Created,
        BreachedNow,
        AtRiskNow,
        FirstResponse,
        Resolution,
        ReopenRate,
        Csat,
    };
    static constexpr int TileCount = int(Tile::Csat) + 1;

    explicit DashboardTiles(QWidget *parent = nullptr);

    void showReport(const client::SlaReportData &report);
    DashboardTile *tile(Tile which) const { return m_tiles.value(int(which)); }
    QList<DashboardPdf::Figure> figures() const;

private:
    void showTimes(Tile which, const client::SlaReportData::Durations &durations);

    QList<DashboardTile *> m_tiles;
};

} // namespace sd::widgets
