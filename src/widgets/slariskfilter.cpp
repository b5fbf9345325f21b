#include "slariskfilter.h"

#include "client/ticketcolumn.h"
#include "client/ticketsla.h"
#include "tickettablemodel.h"

namespace sd::widgets {

using client::TicketSla;

namespace {

TicketSla::State stateOf(const QModelIndex &index)
{
    return TicketSla::State(index.data(TicketTableModel::SlaStateRole).toInt());
}

} // namespace

SlaRiskFilter::SlaRiskFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // The SLA column's dataChanged (the model's clock ticking) re-checks the rows.
    setFilterKeyColumn(int(client::TicketColumn::Sla));
}

int SlaRiskFilter::breachedCount() const
{
    int breached = 0;
    for (int row = 0; row < rowCount(); ++row)
        breached += stateOf(index(row, 0)) == TicketSla::State::Breached ? 1 : 0;
    return breached;
}

bool SlaRiskFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const TicketSla::State state = stateOf(sourceModel()->index(sourceRow, 0, sourceParent));
    return state == TicketSla::State::AtRisk || state == TicketSla::State::Breached;
}

} // namespace sd::widgets
