#pragma once

namespace sd::client {

// The ticket table's columns, in their default order.
enum class TicketColumn {
    Number,
    Subject,
    Requester,
    Organisation,
    Status,
    Priority,
    Category,
    Queue,
    Assignee,
    Sla,
    Updated,
    Created,
};

constexpr int TicketColumnCount = int(TicketColumn::Created) + 1;

} // namespace sd::client
