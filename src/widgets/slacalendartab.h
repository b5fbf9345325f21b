#pragma once

#include "client/slaadmin.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sd::widgets {

// The calendars page of SlaAdminDialog: the stored calendars in a list, the selected one as
// its JSON text (the calendar file of DESIGN.md), checked by the same reader the server uses
// before anything is sent.
class SlaCalendarTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaCalendarTab)

public:
    // `admin` is not owned.
    SlaCalendarTab(client::SlaAdmin *admin, bool editable, QWidget *parent = nullptr);

    // True when the editor holds a valid calendar; otherwise the reader's message is shown.
    bool validate();
    // Merges a production calendar file (CSV or JSON, by its suffix) into the edited calendar.
    bool importProductionCalendar(const QString &path);
    void save();

private:
    void listed(client::SlaAdmin::Collection collection, const QList<QJsonObject> &items);
    void showSelected();
    void startNew();
    void removeSelected();
    void chooseImportFile();
    void showMessage(const QString &text);
    qint64 selectedId() const;

    client::SlaAdmin *m_admin;
    bool m_editable;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_editor;
    QLabel *m_message;
    QList<QPushButton *> m_writeButtons;
    qint64 m_pendingSelection = 0;
};

} // namespace sd::widgets
