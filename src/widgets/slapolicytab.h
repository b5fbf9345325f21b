#pragma once

#include "client/slaadmin.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sd::widgets {

// The SLA policies page of SlaAdminDialog: one row per support level x category x priority
// with its targets in business minutes and its calendar. The selected row is saved on its own
// (created when new, patched otherwise), so one mistyped row does not block the others.
class SlaPolicyTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPolicyTab)

public:
    enum Column {
        LevelColumn,
        CategoryColumn,
        PriorityColumn,
        FirstResponseColumn,
        NextResponseColumn,
        ResolutionColumn,
        CalendarColumn,
        ColumnCount
    };

    // `admin` is not owned.
    SlaPolicyTab(client::SlaAdmin *admin, bool editable, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addRow();
    void saveCurrent();
    void removeCurrent();

private:
    void listed(client::SlaAdmin::Collection collection, const QList<QJsonObject> &items);
    void rebuild();
    void fillRow(int row, const QJsonObject &policy);
    QJsonObject rowBody(int row) const;
    void showMessage(const QString &text);

    client::SlaAdmin *m_admin;
    bool m_editable;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<QPushButton *> m_writeButtons;
    QList<QJsonObject> m_policies;
    QMap<qint64, QString> m_calendars; // id -> name
};

} // namespace sd::widgets
