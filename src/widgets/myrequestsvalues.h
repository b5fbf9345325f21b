#pragma once

#include "core/ticketstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

namespace sd::widgets {

// How "My requests" tells a customer where a request stands: the status in their words and
// when the team's next answer is due under the SLA.
class MyRequestsValues final
{
    Q_DECLARE_TR_FUNCTIONS(MyRequestsValues)

public:
    static QString status(core::TicketStatus status);
    // The due (Unix seconds) of the earliest SLA target still running (or running late) in
    // the server's sla.targets; 0 when none runs.
    static qint64 nextResponseDue(const QJsonArray &targets);
    // "waiting for you" while the team waits for the customer, nothing once resolved or
    // closed, otherwise the due of nextResponseDue() ("—" when the SLA sets none).
    static QString nextResponse(core::TicketStatus status, const QJsonArray &targets, qint64 now);
};

} // namespace sd::widgets
