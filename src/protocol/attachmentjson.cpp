#include "attachmentjson.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "wirevalue.h"

namespace sd::protocol {

QJsonObject AttachmentJson::toJson(const core::AttachmentInfo &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("type"), a.mimeType},
        {QStringLiteral("size"), a.size},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("created_at"), WireValue::dateTime(a.createdAt)},
    };
}

std::optional<core::AttachmentInfo> AttachmentJson::fromJson(const QJsonObject &json,
                                                             ApiError *error)
{
    using P = JsonBody::Presence;
    constexpr qsizetype U = JsonBody::Unlimited;
    core::AttachmentInfo a;
    if (!JsonBody::readId(json, QStringLiteral("id"), P::Required, &a.id, error) ||
        !JsonBody::readString(json, QStringLiteral("name"), P::Nullable, U, &a.name, error) ||
        !JsonBody::readString(json, QStringLiteral("type"), P::Nullable, U, &a.mimeType, error) ||
        !JsonBody::readInteger(json, QStringLiteral("size"), P::Required, 0,
                               FieldLimits::MaxSafeInteger, &a.size, error) ||
        !JsonBody::readString(json, QStringLiteral("sha256"), P::Nullable, U, &a.sha256, error) ||
        !JsonBody::readDateTime(json, QStringLiteral("created_at"), P::Nullable, &a.createdAt,
                                error))
        return std::nullopt;
    return a;
}

} // namespace sd::protocol
