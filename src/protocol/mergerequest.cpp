#include "mergerequest.h"

#include "jsonbody.h"

namespace sd::protocol {

std::optional<MergeRequest> MergeRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    MergeRequest r;
    if (!JsonBody::rejectUnknownFields(json, {QStringLiteral("into")}, error) ||
        !TicketRef::read(json, QStringLiteral("into"), &r.into, error))
        return std::nullopt;
    return r;
}

QJsonObject MergeRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("into"), into.toJson()}};
}

} // namespace sd::protocol
