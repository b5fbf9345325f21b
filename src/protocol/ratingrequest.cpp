#include "ratingrequest.h"

#include "fieldlimits.h"
#include "jsonbody.h"

namespace sd::protocol {

std::optional<RatingRequest> RatingRequest::fromJson(const QJsonObject &json, ApiError *error)
{
    using P = JsonBody::Presence;
    RatingRequest r;
    if (!JsonBody::rejectUnknownFields(json, {QStringLiteral("score"), QStringLiteral("comment")},
                                       error) ||
        !JsonBody::readInt(json, QStringLiteral("score"), P::Required, MinScore, MaxScore, &r.score,
                           error) ||
        !JsonBody::readText(json, QStringLiteral("comment"), P::Optional,
                            FieldLimits::CommentLength, &r.comment, error))
        return std::nullopt;
    return r;
}

QJsonObject RatingRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("score"), score}};
    if (!comment.isEmpty())
        json.insert(QStringLiteral("comment"), comment);
    return json;
}

} // namespace sd::protocol
