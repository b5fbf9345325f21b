#pragma once

#include "client/ticketfilter.h"

#include <QTreeWidget>

#include <array>

namespace sd::widgets {

// The workstation's left pane: the built-in ticket views, each with its live count.
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

signals:
    void viewChosen(sd::client::TicketFilter::View view);
};

} // namespace sd::widgets
