#pragma once

#include "enumnames.h"

namespace sd::core {

// Lifecycle of a ticket. PendingCustomer pauses the SLA clock; InDevelopment is the hand-over
// to the development department (seeds 001, 003).
enum class TicketStatus {
    New,
    Open,
    PendingCustomer,
    InDevelopment,
    Resolved,
    Closed,
};

template <> struct EnumTraits<TicketStatus>
{
    static constexpr EnumNames<TicketStatus, 6> names{{
        {TicketStatus::New, u"new"},
        {TicketStatus::Open, u"open"},
        {TicketStatus::PendingCustomer, u"pending_customer"},
        {TicketStatus::InDevelopment, u"in_development"},
        {TicketStatus::Resolved, u"resolved"},
        {TicketStatus::Closed, u"closed"},
    }};
};

} // namespace sd::core
