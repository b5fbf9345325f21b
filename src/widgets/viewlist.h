#pragma once

#include "client/savedview.h"
#include "client/ticketfilter.h"

#include <QTreeWidget>

class QMenu;

#include <array>

namespace sd::widgets {

// The workstation's left pane: the built-in ticket views, each with its live count, and under
// them the agent's saved views (client::SavedViews), which offer Rename and Delete on a right
// click.
class ViewList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewList)

public:
    explicit ViewList(QWidget *parent = nullptr);

    static QString title(client::TicketFilter::View view);
    void setCounts(const std::array<std::size_t, client::TicketFilter::ViewCount> &counts);
    void selectView(client::TicketFilter::View view);
    client::TicketFilter::View currentView() const;
    QString countText(client::TicketFilter::View view) const;

    // Replaces the saved section; the chosen saved view stays chosen while it is listed.
    void setSavedViews(const QList<client::SavedView> &views);
    QStringList savedViewIds() const;
    QTreeWidgetItem *savedViewItem(const QString &id) const;
    // Empty unless a saved view is the current item.
    QString currentSavedView() const;
    void selectSavedView(const QString &id);
    // What a right click on a saved view offers.
    void fillSavedViewMenu(QMenu &menu, const QString &id);

signals:
    void viewChosen(sd::client::TicketFilter::View view);
    void savedViewChosen(const QString &id);
    void renameRequested(const QString &id);
    void deleteRequested(const QString &id);

private:
    void itemChosen(QTreeWidgetItem *item);
    void showMenu(const QPoint &at);
    QTreeWidgetItem *builtinItem(client::TicketFilter::View view) const;

    QTreeWidgetItem *m_saved;
};

} // namespace sd::widgets
