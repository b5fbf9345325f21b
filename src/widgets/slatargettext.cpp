#include "slatargettext.h"

#include "core/enumnames.h"
#include "core/ticketstatus.h"
#include "ticketvalues.h"

#include <QJsonObject>
#include <QStringList>

namespace sd::widgets {

QString SlaTargetText::describe(const QJsonArray &targets, qint64 now)
{
    QStringList parts;
    for (const QJsonValue &value : targets) {
        const QJsonObject target = value.toObject();
        const QString kind = target.value(u"target").toString();
        const QString name = kind == u"first_response"  ? tr("First response")
                             : kind == u"next_response" ? tr("Next response")
                                                        : tr("Resolution");
        const QString state = target.value(u"state").toString();
        const qint64 due = TicketValues::wireSeconds(target.value(u"due_at"));
        if (state == u"met") {
            const QString at =
                TicketValues::when(TicketValues::wireSeconds(target.value(u"met_at")));
            parts.append(target.value(u"breached").toBool() ? tr("%1: met late, %2").arg(name, at)
                                                            : tr("%1: met, %2").arg(name, at));
        } else if (state == u"paused") {
            // The clock stands still: the reason and what is used tell more than a due time.
            const auto reason =
                core::fromString<core::TicketStatus>(target.value(u"paused_reason").toString());
            parts.append(tr("%1: paused (%2), %3 of %4 business minutes used")
                             .arg(name, reason ? TicketValues::status(*reason) : tr("on hold"))
                             .arg(target.value(u"used_minutes").toInteger())
                             .arg(target.value(u"budget_minutes").toInteger()));
        } else if (due != 0) {
            const qint64 warn = TicketValues::wireSeconds(target.value(u"warn_at"));
            QString text = TicketValues::countdown(due - now);
            if (state == u"running" && warn != 0 && now >= warn && now < due)
                text = tr("at risk, %1").arg(text);
            parts.append(tr("%1: %2 (due %3)").arg(name, text, TicketValues::when(due)));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace sd::widgets
