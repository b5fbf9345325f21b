#include "slarisklist.h"

#include "client/ticketcolumn.h"
#include "client/ticketfilter.h"
#include "slariskfilter.h"
#include "tickettablemodel.h"

#include <QDateTime>

namespace sd::widgets {

using client::TicketColumn;

SlaRiskList::SlaRiskList(client::Replica &replica, QObject *parent)
    : QObject(parent), m_tickets(new TicketTableModel(replica, this)),
      m_risk(new SlaRiskFilter(this))
{
    client::TicketFilter open;
    open.view = client::TicketFilter::View::AllOpen;
    m_tickets->setFilter(open);
    m_tickets->setSortKeys(
        {{TicketColumn::Sla, Qt::AscendingOrder}, {TicketColumn::Number, Qt::AscendingOrder}});
    m_risk->setSourceModel(m_tickets);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_risk, signal, this, &SlaRiskList::changed);
    connect(m_risk, &QAbstractItemModel::layoutChanged, this, &SlaRiskList::changed);
    connect(m_risk, &QAbstractItemModel::modelReset, this, &SlaRiskList::changed);
    connect(m_tickets, &TicketTableModel::loaded, this, &SlaRiskList::changed);
}

void SlaRiskList::load()
{
    m_tickets->load();
}

bool SlaRiskList::isLoaded() const
{
    return m_tickets->isLoaded();
}

void SlaRiskList::setFilter(const client::SlaReportFilter &filter, const QString &organisationName)
{
    client::TicketFilter narrowed = m_tickets->filter();
    narrowed.queueIds.clear();
    narrowed.assigneeIds.clear();
    if (filter.queueId > 0)
        narrowed.queueIds.append(filter.queueId);
    if (filter.agentId > 0)
        narrowed.assigneeIds.append(filter.agentId);
    narrowed.organisationText = filter.organisationId > 0 ? organisationName : QString();
    m_tickets->setFilter(narrowed);
}

void SlaRiskList::ticketsChanged(const QList<qint64> &ids)
{
    m_tickets->ticketsChanged(ids);
}

void SlaRiskList::tick()
{
    m_tickets->setNow(QDateTime::currentSecsSinceEpoch());
}

QList<int> SlaRiskList::columns()
{
    return {int(TicketColumn::Sla),      int(TicketColumn::Number),
            int(TicketColumn::Subject),  int(TicketColumn::Organisation),
            int(TicketColumn::Priority), int(TicketColumn::Queue),
            int(TicketColumn::Assignee)};
}

qint64 SlaRiskList::ticketAt(int row) const
{
    return m_risk->index(row, 0).data(TicketTableModel::TicketIdRole).toLongLong();
}

} // namespace sd::widgets
