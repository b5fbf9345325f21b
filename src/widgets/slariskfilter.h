#pragma once

#include <QSortFilterProxyModel>

namespace sd::widgets {

// The rows of a TicketTableModel whose SLA is at risk or breached (its SlaStateRole), in the
// source's order. The dashboard puts it over an "All open" table sorted by SLA, so the list
// reads from the most overdue to the last ticket still at risk. Only open tickets pass
// through it, a small share of a large replica, so a plain proxy is fast enough here.
class SlaRiskFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaRiskFilter)

public:
    explicit SlaRiskFilter(QObject *parent = nullptr);

    int breachedCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace sd::widgets
