#pragma once

#include "slarowstab.h"

#include <QMap>

namespace sd::widgets {

// The SLA policies page of SlaAdminDialog: one row per support level x category x priority
// with its targets in business minutes and its calendar.
class SlaPolicyTab final : public SlaRowsTab
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

private:
    void fillRow(int row, const QJsonObject &policy) override;
    QJsonObject newRow() const override;
    QJsonObject rowBody(int row) const override;
    void otherListed(client::SlaAdmin::Collection collection,
                     const QList<QJsonObject> &items) override;

    QMap<qint64, QString> m_calendars; // id -> name
};

} // namespace sd::widgets
