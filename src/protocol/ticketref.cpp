#include "ticketref.h"

#include "jsonbody.h"

#include "core/ticketnumber.h"

namespace sd::protocol {

QJsonValue TicketRef::toJson() const
{
    if (id > 0)
        return id;
    return number;
}

bool TicketRef::read(const QJsonObject &obj, const QString &key, TicketRef *out, ApiError *error)
{
    const QJsonValue value = obj.value(key);
    const QString hint =
        tr("The field %1 must be a ticket id or a ticket number such as SD-2026-000123.").arg(key);
    if (value.isBool() || value.isArray() || value.isObject())
        return JsonBody::fail(error, QStringLiteral("wrong_type"), key, hint);
    if (value.isString()) {
        const auto number = core::TicketNumber::parse(value.toString().trimmed());
        if (!number)
            return JsonBody::fail(error, QStringLiteral("invalid_value"), key, hint);
        *out = TicketRef{0, number->toString()};
        return true;
    }
    TicketRef ref;
    if (!JsonBody::readId(obj, key, JsonBody::Presence::Required, &ref.id, error))
        return false;
    *out = ref;
    return true;
}

} // namespace sd::protocol
