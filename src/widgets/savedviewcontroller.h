#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace sd::client {
class SavedViews;
}

namespace sd::widgets {

class TicketTablePane;
class TicketTableModel;
class ViewList;

// Between the agent's saved views (client::SavedViews) and the ticket table: saves the table's
// filter, sort and columns under a name, applies a saved view chosen in the ViewList, and
// renames or deletes one from the list's context menu.
class SavedViewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewController)

public:
    // Nothing is owned; `dialogParent` parents the name prompts.
    SavedViewController(client::SavedViews *views, ViewList *list, TicketTableModel *model,
                        TicketTablePane *pane, QWidget *dialogParent);

    // Saves the table's current state as a new view; returns its id (empty for a blank name).
    QString saveCurrent(const QString &name);
    // Puts the view's filter, sort and columns on the table; false when there is no such view.
    bool apply(const QString &id);
    void rename(const QString &id, const QString &name);
    void remove(const QString &id);

    // The same with a name prompt first.
    void askToSaveCurrent();
    void askToRename(const QString &id);

signals:
    // For the status bar: a save or removal failed or is waiting for the server.
    void message(const QString &text);

private:
    static QString cleanName(const QString &name);

    client::SavedViews *m_views;
    ViewList *m_list;
    TicketTableModel *m_model;
    TicketTablePane *m_pane;
    QPointer<QWidget> m_dialogParent;
};

} // namespace sd::widgets
