#include "ticketworkflow.h"

#include <algorithm>
#include <array>

namespace sd::core {

namespace {

constexpr std::size_t StatusCount = EnumTraits<TicketStatus>::names.size();
static_assert(StatusCount == 6, "a new status needs its row and column in Transitions");

// The one transition table: row = from, column = to, in TicketStatus declaration order.
// Nothing returns to new (it means "no agent has looked yet"), nothing leaves closed (final,
// so reports and CSAT stay stable), and a resolved ticket may go back to any active status.
// The diagonal is false: staying put is no transition.
// clang-format off
constexpr std::array<std::array<bool, StatusCount>, StatusCount> Transitions{{
    //                      new    open   pending dev    resolved closed
    /* new              */ {false, true,  true,   true,  true,    true },
    /* open             */ {false, false, true,   true,  true,    true },
    /* pending_customer */ {false, true,  false,  true,  true,    true },
    /* in_development   */ {false, true,  true,   false, true,    true },
    /* resolved         */ {false, true,  true,   true,  false,   true },
    /* closed           */ {false, false, false,  false, false,   false},
}};
// clang-format on

constexpr std::array SlaPausingStatuses{TicketStatus::PendingCustomer};

std::size_t indexOf(TicketStatus status)
{
    return static_cast<std::size_t>(status);
}

TicketWorkflow::Verdict refuse(const char16_t *code, const char16_t *field, const QString &reason)
{
    return {QString::fromUtf16(code), QString::fromUtf16(field), reason};
}

// Resolutions a ticket may be closed with straight away, skipping resolved: a merged duplicate
// has nothing left to confirm, and an abusive request must not reopen by the next reply.
bool closesWithoutResolving(Resolution resolution)
{
    return resolution == Resolution::Duplicate || resolution == Resolution::DeclinedAbusive;
}

TicketWorkflow::Verdict checkResolution(const Ticket &ticket, TicketStatus to,
                                        Resolution resolution)
{
    const bool done = TicketWorkflow::isDone(to);
    if (done && resolution == Resolution::None)
        return refuse(u"resolution_required", u"resolution",
                      to == TicketStatus::Resolved
                          ? TicketWorkflow::tr("Resolving needs a resolution")
                          : TicketWorkflow::tr("Closing needs a resolution"));
    if (!done && resolution != Resolution::None)
        return refuse(u"resolution_not_allowed", u"resolution",
                      TicketWorkflow::tr("Only resolved and closed tickets have a resolution; "
                                         "clear it while the ticket is being worked on"));
    if (resolution == Resolution::Duplicate && ticket.mergedIntoId == 0)
        return refuse(u"duplicate_needs_merge", u"resolution",
                      TicketWorkflow::tr("Only duplicate tickets may be resolved as duplicate: "
                                         "merge this ticket into the original one"));
    if (resolution == Resolution::FeatureAccepted && ticket.category != Category::FeatureRequest)
        return refuse(u"feature_accepted_needs_feature_request", u"resolution",
                      TicketWorkflow::tr("Only a feature request can be resolved as feature "
                                         "accepted; change the category first"));
    if (to == TicketStatus::Closed && ticket.status != TicketStatus::Resolved &&
        !closesWithoutResolving(resolution))
        return refuse(u"resolve_before_close", u"status",
                      TicketWorkflow::tr("Resolve the ticket first so the customer can confirm "
                                         "or reopen it; only duplicates and abusive requests are "
                                         "closed at once"));
    return {};
}

} // namespace

QList<TicketStatus> TicketWorkflow::allowedTargets(TicketStatus from)
{
    QList<TicketStatus> targets;
    for (const auto &[status, name] : EnumTraits<TicketStatus>::names)
        if (isTransitionAllowed(from, status))
            targets.append(status);
    return targets;
}

bool TicketWorkflow::isTransitionAllowed(TicketStatus from, TicketStatus to)
{
    return Transitions[indexOf(from)][indexOf(to)];
}

TicketWorkflow::Verdict TicketWorkflow::check(const Ticket &ticket, TicketStatus to,
                                              Resolution resolution)
{
    if (ticket.status == TicketStatus::Closed)
        return refuse(u"closed_is_final", u"status",
                      tr("A closed ticket cannot be reopened or changed; open a new one linked "
                         "to it"));
    // Outside the closed row the table refuses only moves back into new.
    if (to != ticket.status && !isTransitionAllowed(ticket.status, to))
        return refuse(u"back_to_new", u"status",
                      tr("A ticket cannot go back to new once it has been worked on"));
    return checkResolution(ticket, to, resolution);
}

bool TicketWorkflow::isDone(TicketStatus status)
{
    return status == TicketStatus::Resolved || status == TicketStatus::Closed;
}

Resolution TicketWorkflow::resolutionAfter(TicketStatus to, Resolution current)
{
    return isDone(to) ? current : Resolution::None;
}

QList<TicketStatus> TicketWorkflow::defaultSlaPausingStatuses()
{
    return {SlaPausingStatuses.begin(), SlaPausingStatuses.end()};
}

bool TicketWorkflow::pausesSla(TicketStatus status)
{
    return std::find(SlaPausingStatuses.begin(), SlaPausingStatuses.end(), status) !=
           SlaPausingStatuses.end();
}

TicketWorkflow::ReplyEffect TicketWorkflow::effectOfCustomerReply(const Ticket &ticket,
                                                                  const QDateTime &replyAt,
                                                                  int reopenWindowDays)
{
    if (ticket.status == TicketStatus::PendingCustomer)
        return ReplyEffect::Resume;
    if (ticket.status == TicketStatus::Closed)
        return ReplyEffect::NewLinkedTicket;
    if (ticket.status != TicketStatus::Resolved)
        return ReplyEffect::Append;
    // Without a recorded resolution time the window cannot be measured; reopening keeps the
    // customer's words on the ticket they belong to.
    if (!ticket.resolvedAt.isValid() || replyAt <= ticket.resolvedAt.addDays(reopenWindowDays))
        return ReplyEffect::Reopen;
    return ReplyEffect::NewLinkedTicket;
}

} // namespace sd::core
