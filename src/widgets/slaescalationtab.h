#pragma once

#include "client/slaadmin.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace sd::widgets {

// The escalation rules page of SlaAdminDialog: what the SLA scheduler does on a warning or a
// breach. A rule's Active box takes effect at once; other changes are saved per row.
class SlaEscalationTab final : public QWidget
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

    QTableWidget *table() const { return m_table; }
    void addRow();
    void saveCurrent();
    void removeCurrent();

private:
    void listed(client::SlaAdmin::Collection collection, const QList<QJsonObject> &items);
    void fillRow(int row, const QJsonObject &rule);
    QJsonObject rowBody(int row) const;
    void itemChanged(QTableWidgetItem *item);
    qint64 rowId(int row) const;

    client::SlaAdmin *m_admin;
    bool m_editable;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace sd::widgets
