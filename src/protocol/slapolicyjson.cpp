#include "slapolicyjson.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "wirevalue.h"

#include <QJsonArray>

namespace sd::protocol {

namespace {

using Presence = JsonBody::Presence;

const QString SupportLevel = QStringLiteral("support_level");
const QString PausingStatuses = QStringLiteral("pausing_statuses");

} // namespace

QJsonObject SlaPolicyJson::toJson(const core::SlaPolicy &policy)
{
    QJsonArray statuses;
    for (const core::TicketStatus status : policy.pausingStatuses)
        statuses.append(core::toString(status));
    return QJsonObject{
        {QStringLiteral("id"), policy.id},
        {SupportLevel, policy.supportLevel},
        {QStringLiteral("category"), core::toString(policy.category)},
        {QStringLiteral("priority"), core::toString(policy.priority)},
        {QStringLiteral("first_response_minutes"), policy.firstResponseMinutes},
        {QStringLiteral("next_response_minutes"),
         policy.nextResponseMinutes > 0 ? QJsonValue(policy.nextResponseMinutes) : QJsonValue()},
        {QStringLiteral("resolution_minutes"), policy.resolutionMinutes},
        {QStringLiteral("calendar_id"), WireValue::id(policy.calendarId)},
        {PausingStatuses, statuses},
    };
}

bool SlaPolicyJson::read(const QJsonObject &body, bool creating, core::SlaPolicy *policy,
                         ApiError *error)
{
    const Presence required = creating ? Presence::Required : Presence::Optional;
    const bool ok =
        JsonBody::rejectUnknownFields(
            body,
            {SupportLevel, QStringLiteral("category"), QStringLiteral("priority"),
             QStringLiteral("first_response_minutes"), QStringLiteral("next_response_minutes"),
             QStringLiteral("resolution_minutes"), QStringLiteral("calendar_id"), PausingStatuses},
            error) &&
        JsonBody::readString(body, SupportLevel, required, FieldLimits::ShortTextLength,
                             &policy->supportLevel, error) &&
        JsonBody::readEnum(body, QStringLiteral("category"), required, &policy->category, error) &&
        JsonBody::readEnum(body, QStringLiteral("priority"), required, &policy->priority, error) &&
        JsonBody::readInt(body, QStringLiteral("first_response_minutes"), required, 1, MaxMinutes,
                          &policy->firstResponseMinutes, error) &&
        JsonBody::readInt(body, QStringLiteral("next_response_minutes"), Presence::Nullable, 1,
                          MaxMinutes, &policy->nextResponseMinutes, error) &&
        JsonBody::readInt(body, QStringLiteral("resolution_minutes"), required, 1, MaxMinutes,
                          &policy->resolutionMinutes, error) &&
        JsonBody::readId(body, QStringLiteral("calendar_id"), Presence::Nullable,
                         &policy->calendarId, error) &&
        readStatuses(body, &policy->pausingStatuses, error);
    if (ok && policy->supportLevel.isEmpty())
        return JsonBody::fail(error, QStringLiteral("required"), SupportLevel,
                              tr("The field %1 cannot be blank.").arg(SupportLevel));
    return ok;
}

bool SlaPolicyJson::readStatuses(const QJsonObject &body, QList<core::TicketStatus> *out,
                                 ApiError *error)
{
    QStringList names;
    if (!body.contains(PausingStatuses))
        return true;
    const qsizetype statusCount = core::allNames<core::TicketStatus>().size();
    if (!JsonBody::readStringList(body, PausingStatuses, Presence::Optional, statusCount,
                                  FieldLimits::ShortTextLength, &names, error))
        return false;
    QList<core::TicketStatus> statuses;
    for (const QString &name : std::as_const(names)) {
        const auto status = core::fromString<core::TicketStatus>(name);
        if (!status)
            return JsonBody::fail(
                error, QStringLiteral("invalid_value"), PausingStatuses,
                tr("The field %1 may only list these statuses: %2.")
                    .arg(PausingStatuses,
                         core::allNames<core::TicketStatus>().join(QStringLiteral(", "))));
        statuses.append(*status);
    }
    *out = statuses;
    return true;
}

} // namespace sd::protocol
