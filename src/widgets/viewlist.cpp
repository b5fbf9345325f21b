#include "viewlist.h"

#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>

namespace sd::widgets {

using View = client::TicketFilter::View;

namespace {

// The order agents meet them in: their own work first, then the team's.
constexpr std::array Shown{View::MyOpen,           View::Unassigned,    View::BreachingSoon,
                           View::PendingCustomer,  View::InDevelopment, View::AllOpen,
                           View::RecentlyResolved, View::Everything};

// Built-in items hold their View in Qt::UserRole; saved ones their id in this role.
constexpr int SavedIdRole = Qt::UserRole + 1;

} // namespace

ViewList::ViewList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("viewList"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const View view : Shown) {
        auto *item = new QTreeWidgetItem(this, {title(view), QString()});
        item->setData(0, Qt::UserRole, int(view));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_saved = new QTreeWidgetItem(this, {tr("Saved views")});
    m_saved->setFlags(Qt::ItemIsEnabled);
    QFont bold = m_saved->font(0);
    bold.setBold(true);
    m_saved->setFont(0, bold);
    m_saved->setHidden(true);
    connect(this, &QTreeWidget::currentItemChanged, this, &ViewList::itemChosen);
    connect(this, &QWidget::customContextMenuRequested, this, &ViewList::showMenu);
}

QString ViewList::title(View view)
{
    switch (view) {
    case View::MyOpen:
        return tr("My open");
    case View::Unassigned:
        return tr("Unassigned");
    case View::BreachingSoon:
        return tr("Breaching soon");
    case View::PendingCustomer:
        return tr("Pending customer");
    case View::InDevelopment:
        return tr("In development");
    case View::AllOpen:
        return tr("All open");
    case View::RecentlyResolved:
        return tr("Recently resolved");
    case View::Everything:
        return tr("All tickets");
    }
    return {};
}

void ViewList::setCounts(const std::array<std::size_t, client::TicketFilter::ViewCount> &counts)
{
    for (const View view : Shown)
        builtinItem(view)->setText(1, QLocale().toString(qulonglong(counts[std::size_t(view)])));
}

void ViewList::selectView(View view)
{
    if (QTreeWidgetItem *item = builtinItem(view))
        setCurrentItem(item);
}

View ViewList::currentView() const
{
    const QTreeWidgetItem *item = currentItem();
    return item != nullptr && item->parent() == nullptr && item != m_saved
               ? View(item->data(0, Qt::UserRole).toInt())
               : View::AllOpen;
}

QString ViewList::countText(View view) const
{
    const QTreeWidgetItem *item = builtinItem(view);
    return item != nullptr ? item->text(1) : QString();
}

void ViewList::setSavedViews(const QList<client::SavedView> &views)
{
    const QString current = currentSavedView();
    const QSignalBlocker blocker(this);
    qDeleteAll(m_saved->takeChildren());
    for (const client::SavedView &view : views) {
        auto *item = new QTreeWidgetItem(m_saved, {view.name});
        item->setData(0, SavedIdRole, view.id);
        if (view.unsaved) {
            item->setText(1, tr("not saved"));
            item->setToolTip(0, tr("Not on the server yet: it is sent when the connection is "
                                   "back."));
        }
    }
    m_saved->setHidden(views.isEmpty());
    m_saved->setExpanded(true);
    if (QTreeWidgetItem *item = savedViewItem(current))
        setCurrentItem(item);
}

QStringList ViewList::savedViewIds() const
{
    QStringList ids;
    for (int i = 0; i < m_saved->childCount(); ++i)
        ids.append(m_saved->child(i)->data(0, SavedIdRole).toString());
    return ids;
}

QTreeWidgetItem *ViewList::savedViewItem(const QString &id) const
{
    for (int i = 0; i < m_saved->childCount(); ++i)
        if (!id.isEmpty() && m_saved->child(i)->data(0, SavedIdRole).toString() == id)
            return m_saved->child(i);
    return nullptr;
}

QString ViewList::currentSavedView() const
{
    const QTreeWidgetItem *item = currentItem();
    return item != nullptr && item->parent() == m_saved ? item->data(0, SavedIdRole).toString()
                                                        : QString();
}

void ViewList::selectSavedView(const QString &id)
{
    if (QTreeWidgetItem *item = savedViewItem(id))
        setCurrentItem(item);
}

void ViewList::fillSavedViewMenu(QMenu &menu, const QString &id)
{
    menu.addAction(tr("Rename…"), this, [this, id] { emit renameRequested(id); });
    menu.addAction(tr("Delete"), this, [this, id] { emit deleteRequested(id); });
}

void ViewList::itemChosen(QTreeWidgetItem *item)
{
    if (item == nullptr || item == m_saved)
        return;
    if (item->parent() == m_saved)
        emit savedViewChosen(item->data(0, SavedIdRole).toString());
    else
        emit viewChosen(View(item->data(0, Qt::UserRole).toInt()));
}

void ViewList::showMenu(const QPoint &at)
{
    const QTreeWidgetItem *item = itemAt(at);
    if (item == nullptr || item->parent() != m_saved)
        return;
    QMenu menu(this);
    fillSavedViewMenu(menu, item->data(0, SavedIdRole).toString());
    menu.exec(viewport()->mapToGlobal(at));
}

QTreeWidgetItem *ViewList::builtinItem(View view) const
{
    for (int i = 0; i < int(Shown.size()); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(view))
            return topLevelItem(i);
    return nullptr;
}

} // namespace sd::widgets
