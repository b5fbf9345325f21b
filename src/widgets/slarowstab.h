#pragma once

#include "client/slaadmin.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace sd::widgets {

// A page of SlaAdminDialog that edits one collection of SlaAdmin as table rows: the table,
// the message line and the Add / Save row / Remove buttons, and the answers to SlaAdmin that
// every such page handles alike. Each row is saved on its own (created when new, patched
// otherwise), so one mistyped row does not block the others. A page says how its rows look
// and what they send.
class SlaRowsTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaRowsTab)

public:
    QTableWidget *table() const { return m_table; }
    void addRow();
    void saveCurrent();
    void removeCurrent();

protected:
    // Object names (for tests and style sheets) and the messages of one page.
    struct Texts
    {
        QString tableName;
        QString messageName;
        QString addName;
        QString saveName;
        QString removeName;
        QString saved;
        QString removed;
    };

    // `admin` is not owned. The id of a row's item travels in `idColumn`'s item (0: not
    // saved yet).
    SlaRowsTab(client::SlaAdmin *admin, client::SlaAdmin::Collection collection, bool editable,
               const QStringList &headers, int idColumn, const Texts &texts,
               QWidget *parent = nullptr);

    virtual void fillRow(int row, const QJsonObject &item) = 0;
    virtual QJsonObject newRow() const = 0;
    virtual QJsonObject rowBody(int row) const = 0;
    // Another collection this page shows (e.g. calendars to choose from) was listed.
    virtual void otherListed(client::SlaAdmin::Collection collection,
                             const QList<QJsonObject> &items);

    // Fills the table again from the items last listed.
    void rebuild();
    qint64 rowId(int row) const;
    void setRowId(QTableWidgetItem *item, const QJsonObject &from) const;
    void showMessage(const QString &text);
    client::SlaAdmin *admin() const { return m_admin; }
    bool editable() const { return m_editable; }

private:
    void listed(client::SlaAdmin::Collection collection, const QList<QJsonObject> &items);

    client::SlaAdmin *m_admin;
    client::SlaAdmin::Collection m_collection;
    bool m_editable;
    int m_idColumn;
    QTableWidget *m_table;
    QLabel *m_message;
    QList<QJsonObject> m_items;
};

} // namespace sd::widgets
