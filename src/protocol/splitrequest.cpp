#include "splitrequest.h"

#include "fieldlimits.h"
#include "jsonbody.h"

namespace sd::protocol {

std::optional<SplitRequest> SplitRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    using P = JsonBody::Presence;
    SplitRequest r;
    if (!JsonBody::rejectUnknownFields(
            json, {QStringLiteral("message_id"), QStringLiteral("subject")}, error) ||
        !JsonBody::readId(json, QStringLiteral("message_id"), P::Required, &r.messageId, error) ||
        !JsonBody::readString(json, QStringLiteral("subject"), P::Required,
                              FieldLimits::SubjectLength, &r.subject, error))
        return std::nullopt;
    return r;
}

QJsonObject SplitRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("message_id"), messageId},
                       {QStringLiteral("subject"), subject}};
}

} // namespace sd::protocol
