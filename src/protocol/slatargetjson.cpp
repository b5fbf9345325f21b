#include "slatargetjson.h"

#include "wirevalue.h"

namespace sd::protocol {

QJsonObject SlaTargetJson::toJson(const core::SlaTarget &t)
{
    QJsonObject json{
        {QStringLiteral("target"), core::toString(t.kind)},
        {QStringLiteral("state"), core::toString(t.state)},
        {QStringLiteral("started_at"), WireValue::dateTime(t.startedAt)},
        {QStringLiteral("due_at"), WireValue::dateTime(t.dueAt)},
        {QStringLiteral("warn_at"), WireValue::dateTime(t.warnAt)},
        {QStringLiteral("met_at"), WireValue::dateTime(t.metAt)},
        {QStringLiteral("used_minutes"), t.usedMinutes},
        {QStringLiteral("budget_minutes"), t.budgetMinutes},
        {QStringLiteral("breached"), t.breached},
        {QStringLiteral("cycle"), t.cycle},
    };
    if (t.state == core::SlaTargetState::Paused)
        json.insert(QStringLiteral("paused_reason"), t.pausedReason);
    return json;
}

QJsonArray SlaTargetJson::toJson(const QList<core::SlaTarget> &targets)
{
    QJsonArray out;
    for (const core::SlaTarget &target : targets)
        out.append(toJson(target));
    return out;
}

} // namespace sd::protocol
