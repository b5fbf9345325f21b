#pragma once

#include "client/slareportfilter.h"

#include <QList>
#include <QObject>

namespace sd::client {
class Replica;
}

namespace sd::widgets {

class SlaRiskFilter;
class TicketTableModel;

// The dashboard's live list of open tickets whose SLA is at risk or breached, most overdue
// first, read from the replica (every ticket's due times are there) and updated with it. The
// report's queue and agent filters apply; the organisation by its name; the support level
// cannot (the replica does not know contracts).
class SlaRiskList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaRiskList)

public:
    // `replica` must outlive the list.
    explicit SlaRiskList(client::Replica &replica, QObject *parent = nullptr);

    void load();
    bool isLoaded() const;
    void setFilter(const client::SlaReportFilter &filter, const QString &organisationName);
    void ticketsChanged(const QList<qint64> &ids);
    // Moves the SLA clock to now: tickets become at risk or breached as time passes.
    void tick();

    TicketTableModel *tickets() const { return m_tickets; }
    SlaRiskFilter *model() const { return m_risk; }
    // The ticket table's columns the list shows, in order.
    static QList<int> columns();
    qint64 ticketAt(int row) const;

signals:
    void changed();

private:
    TicketTableModel *m_tickets;
    SlaRiskFilter *m_risk;
};

} // namespace sd::widgets
