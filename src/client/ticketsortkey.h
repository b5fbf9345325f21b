#pragma once

#include "ticketcolumn.h"

#include <Qt>

namespace sd::client {

// One level of the ticket table's multi-column sort.
struct TicketSortKey
{
    TicketColumn column = TicketColumn::Updated;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const TicketSortKey &) const = default;
};

} // namespace sd::client
