#include "viewlist.h"

#include <QHeaderView>
#include <QLocale>

namespace sd::widgets {

using View = client::TicketFilter::View;

namespace {

// The order agents meet them in: their own work first, then the team's.
constexpr std::array Shown{View::MyOpen,          View::Unassigned,    View::BreachingSoon,
                           View::PendingCustomer, View::InDevelopment, View::AllOpen,
                           View::RecentlyResolved};

} // namespace

ViewList::ViewList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("viewList"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const View view : Shown) {
        auto *item = new QTreeWidgetItem(this, {title(view), QString()});
        item->setData(0, Qt::UserRole, int(view));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item != nullptr)
            emit viewChosen(View(item->data(0, Qt::UserRole).toInt()));
    });
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
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const int view = item->data(0, Qt::UserRole).toInt();
        item->setText(1, QLocale().toString(qulonglong(counts[std::size_t(view)])));
    }
}

void ViewList::selectView(View view)
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(view))
            setCurrentItem(topLevelItem(i));
}

View ViewList::currentView() const
{
    return currentItem() != nullptr ? View(currentItem()->data(0, Qt::UserRole).toInt())
                                    : View::AllOpen;
}

QString ViewList::countText(View view) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(view))
            return topLevelItem(i)->text(1);
    return {};
}

} // namespace sd::widgets
