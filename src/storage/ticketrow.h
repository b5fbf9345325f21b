#pragma once

#include "core/ticket.h"

#include <QString>
#include <QStringList>

namespace sd::storage {

class Statement;

// The mapping between sd::core::Ticket and a row of `tickets`, shared by every statement that
// reads or writes tickets so the column order is written down once. Tags live in their own
// table (TicketTags).
class TicketRow final
{
public:
    TicketRow() = delete;

    // "t.id, t.number, ..." in the order read() expects, for `FROM tickets t`.
    static QString selectColumns();
    static core::Ticket read(const Statement &row);

    // The columns create() and update() write from the struct (not id, number, created_at,
    // updated_at, version, merged_into_id), in the order bindWritable() binds them.
    static QStringList writableColumns();
    static void bindWritable(Statement &statement, const core::Ticket &ticket);

    static QString customFieldsText(const QVariantMap &fields);
    // The fields as they come back from the database (through JSON).
    static QVariantMap normalizedCustomFields(const QVariantMap &fields);
};

} // namespace sd::storage
