#include "apierror.h"

namespace sd::protocol {

QJsonObject ApiError::toJson() const
{
    QJsonObject inner{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        inner.insert(QStringLiteral("field"), field);
    return QJsonObject{{QStringLiteral("error"), inner}};
}

bool ApiError::fromJson(const QJsonObject &body, int status, ApiError *out)
{
    const QJsonValue inner = body.value(QStringLiteral("error"));
    if (!inner.isObject())
        return false;
    const QJsonObject e = inner.toObject();
    const QString code = e.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return false;
    out->httpStatus = status;
    out->code = code;
    out->message = e.value(QStringLiteral("message")).toString();
    out->field = e.value(QStringLiteral("field")).toString();
    return true;
}

} // namespace sd::protocol
