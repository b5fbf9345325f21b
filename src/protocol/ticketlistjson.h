#pragma once

#include "apierror.h"
#include "ticketview.h"

#include "core/ticket.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sd::protocol {

// The answer of GET /api/v1/tickets: {items: [TicketJson], next: cursor|null}. The cursor is
// opaque to clients: they send it back as ?after= and never parse it.
class TicketListJson final
{
public:
    struct Entry
    {
        core::Ticket ticket;
        TicketView view;
    };

    struct Page
    {
        QList<Entry> items;
        QString next; // empty on the last page
    };

    static QJsonObject toJson(const Page &page);
    static std::optional<Page> fromJson(const QJsonObject &json, ApiError *error);
};

} // namespace sd::protocol
