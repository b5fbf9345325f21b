#pragma once

#include "apierror.h"

#include "core/slapolicy.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sd::protocol {

// An SLA policy on the wire: {id, support_level, category, priority, first_response_minutes,
// next_response_minutes|null, resolution_minutes, calendar_id|null, pausing_statuses: [status
// names]}. "No next-response target" and "no calendar" (0 in core) are null.
class SlaPolicyJson final
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyJson)

public:
    // A year of round-the-clock minutes: real targets are far below it, so the bound only
    // stops nonsense (and int overflow in the SLA clock).
    static constexpr int MaxMinutes = 366 * 24 * 60;

    static QJsonObject toJson(const core::SlaPolicy &policy);
    // Reads a create body (level, category, priority and the first-response and resolution
    // targets required) or a patch body (the fields present change *policy). Unknown fields
    // are refused, so is the id: it is in the path.
    static bool read(const QJsonObject &body, bool creating, core::SlaPolicy *policy,
                     ApiError *error);

private:
    static bool readStatuses(const QJsonObject &body, QList<core::TicketStatus> *out,
                             ApiError *error);
};

} // namespace sd::protocol
