#pragma once

#include "resolution.h"
#include "ticket.h"
#include "ticketstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sd::core {

// The ticket lifecycle: which status changes are allowed, which resolution each status needs,
// what a customer's reply does, and which statuses pause the SLA clock by default. Server,
// client and GUI ask this one place, so a change the GUI offers is a change the server takes.
class TicketWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(TicketWorkflow)

public:
    // Empty code = allowed. Otherwise a machine-readable code, the wire field it concerns
    // ("status" or "resolution") and a translated reason for the person who tried.
    struct Verdict
    {
        QString code;
        QString field;
        QString reason;

        bool allowed() const { return code.isEmpty(); }
    };

    // What a customer's message does to the ticket it threads into.
    enum class ReplyEffect {
        Append,          // the ticket stays where it is (new, open, in development)
        Resume,          // pending_customer -> open: the answer came, the SLA clock runs again
        Reopen,          // resolved within the reopen window -> open, resolution cleared
        NewLinkedTicket, // closed, or resolved longer ago: a new ticket linked to this one
    };

    // A resolved ticket reopens when the customer answers within this many days; after that a
    // reply starts a new ticket. A week covers "I tried it on Monday" without keeping tickets
    // open forever; installations may choose their own window.
    static constexpr int DefaultReopenWindowDays = 7;

    // The targets the transition table allows from a status, in declaration order; the GUI
    // offers exactly these. The status itself is not listed (it is no transition).
    static QList<TicketStatus> allowedTargets(TicketStatus from);
    static bool isTransitionAllowed(TicketStatus from, TicketStatus to);

    // Checks moving `ticket` (its current status, category and merge target) to `to` with
    // `resolution` as the resolution it will have afterwards. `to == ticket.status` checks a
    // resolution change alone. Closed tickets are final: every change is refused.
    static Verdict check(const Ticket &ticket, TicketStatus to, Resolution resolution);

    // Resolved and closed tickets carry a resolution and their SLA clock has stopped.
    static bool isDone(TicketStatus status);

    // The resolution a ticket keeps when it moves to `to`: cleared when it becomes active again.
    static Resolution resolutionAfter(TicketStatus to, Resolution current);

    // Default statuses in which the SLA clock pauses (the team waits for the customer,
    // DESIGN rule 7); an SLA policy may configure its own list.
    static QList<TicketStatus> defaultSlaPausingStatuses();
    static bool pausesSla(TicketStatus status);

    // The window is inclusive: a reply exactly reopenWindowDays after resolvedAt still reopens.
    static ReplyEffect effectOfCustomerReply(const Ticket &ticket, const QDateTime &replyAt,
                                             int reopenWindowDays);
};

} // namespace sd::core
