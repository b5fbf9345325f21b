#pragma once

#include "core/ticket.h"

#include <QList>
#include <QString>

namespace sd::storage {

// The field-by-field difference between two states of a ticket, in wire names and wire
// spellings: what the audit trail records for an update (one event per changed field).
class TicketChanges final
{
public:
    struct Field
    {
        QString name;
        QString oldValue;
        QString newValue;
    };

    TicketChanges() = delete;

    // Fields an update may change; identity, number, version and merge state are excluded.
    static QList<Field> between(const core::Ticket &before, const core::Ticket &after);
    static QStringList names(const QList<Field> &fields);
};

} // namespace sd::storage
