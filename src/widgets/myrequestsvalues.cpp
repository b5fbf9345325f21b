#include "myrequestsvalues.h"

#include "core/ticketworkflow.h"
#include "ticketvalues.h"

#include <QJsonObject>

namespace sd::widgets {

QString MyRequestsValues::status(core::TicketStatus status)
{
    // "Pending customer" is the team's word; the customer needs to know it is their turn.
    if (status == core::TicketStatus::PendingCustomer)
        return tr("Waiting for your reply");
    return TicketValues::status(status);
}

qint64 MyRequestsValues::nextResponseDue(const QJsonArray &targets)
{
    qint64 earliest = 0;
    for (const QJsonValue &value : targets) {
        const QJsonObject target = value.toObject();
        const QString state = target.value(u"state").toString();
        if (state != u"running" && state != u"breached")
            continue;
        const qint64 due = TicketValues::wireSeconds(target.value(u"due_at"));
        if (due != 0 && (earliest == 0 || due < earliest))
            earliest = due;
    }
    return earliest;
}

QString MyRequestsValues::nextResponse(core::TicketStatus status, const QJsonArray &targets,
                                       qint64 now)
{
    if (core::TicketWorkflow::isDone(status))
        return {};
    if (status == core::TicketStatus::PendingCustomer)
        return tr("waiting for you");
    const qint64 due = nextResponseDue(targets);
    if (due == 0)
        return QStringLiteral("—");
    const QString when = TicketValues::when(due);
    return due < now ? tr("%1 (late)").arg(when) : when;
}

} // namespace sd::widgets
