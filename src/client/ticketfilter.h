#pragma once

#include <QList>
#include <QString>

namespace sd::client {

// What the ticket table shows: one of the workstation's views (left pane), narrowed by the
// typed filter and the column filters. Bit masks hold one bit per enum value
// (1 << int(core::TicketStatus::Open), ...); all bits set means "any".
struct TicketFilter
{
    enum class View {
        MyOpen,
        Unassigned,
        BreachingSoon,
        PendingCustomer,
        InDevelopment,
        AllOpen,
        RecentlyResolved,
        Everything,
    };
    static constexpr int ViewCount = int(View::Everything) + 1;
    static constexpr quint32 Any = 0xffffffffu;

    View view = View::AllOpen;
    // Matches number, subject, requester (name or address) and organisation.
    QString text;
    quint32 statuses = Any;
    quint32 priorities = Any;
    quint32 categories = Any;
    // Empty: any queue / assignee. Assignee 0 stands for "unassigned".
    QList<qint64> queueIds;
    QList<qint64> assigneeIds;
    // Column filters on names: contained in the requester's or organisation's name.
    QString requesterText;
    QString organisationText;

    bool operator==(const TicketFilter &) const = default;
};

} // namespace sd::client
