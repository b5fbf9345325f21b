#pragma once

#include "slarowstab.h"

class QTableWidgetItem;

namespace sd::widgets {

// The escalation rules page of SlaAdminDialog: what the SLA scheduler does on a warning or a
// breach. A rule's Active box takes effect at once; other changes are saved per row.
class SlaEscalationTab final : public SlaRowsTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaEscalationTab)

public:
    enum Column {
        KindColumn,
        TargetColumn,
        PriorityColumn,
        NotifyColumn,
        RaiseColumn,
        ActiveColumn,
        ColumnCount
    };

    // `admin` is not owned.
    SlaEscalationTab(client::SlaAdmin *admin, bool editable, QWidget *parent = nullptr);

private:
    void fillRow(int row, const QJsonObject &rule) override;
    QJsonObject newRow() const override;
    QJsonObject rowBody(int row) const override;
    void itemChanged(QTableWidgetItem *item);
};

} // namespace sd::widgets
