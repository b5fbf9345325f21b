#pragma once

#include "core/slafacts.h"
#include "core/slapolicy.h"
#include "core/ticket.h"
#include "result.h"

#include <QList>
#include <optional>

namespace sd::storage {

class Database;

// The SLA policy of a ticket with its calendar's definition (the calendar JSON; empty when
// the policy names no calendar).
struct SlaRule
{
    core::SlaPolicy policy;
    QString calendarJson;
    double warningShare = 0; // server_settings' sla_warning_share, read in the same statement
};

// What the SLA engine reads besides the targets and pauses: which policy applies to a ticket
// and the public exchanges of its conversation.
class SlaLookup final
{
    Q_DISABLE_COPY_MOVE(SlaLookup)

public:
    // Prospects and unknown senders are served on this level (seed 004), and so is every
    // level the admins gave no policy for the ticket's category and priority.
    static constexpr QLatin1StringView DefaultLevel{"default"};

    explicit SlaLookup(Database &db);

    // The policy of the support level of the ticket's contract (or, without one, of its
    // organisation's primary contract), falling back to DefaultLevel; an inactive or prospect
    // contract counts as none. Nothing when not even DefaultLevel has a policy.
    Result<std::optional<SlaRule>> ruleFor(const core::Ticket &ticket);
    // Customer messages, replies and phone calls, in the order they were written.
    Result<QList<core::SlaExchange>> exchanges(qint64 ticketId);

private:
    Database &m_db;
};

} // namespace sd::storage
