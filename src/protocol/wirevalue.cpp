#include "wirevalue.h"

namespace sd::protocol {

QString WireValue::formatDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue WireValue::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return formatDateTime(at);
}

QJsonValue WireValue::id(qint64 id)
{
    if (id == 0)
        return QJsonValue::Null;
    return id;
}

QJsonArray WireValue::ids(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace sd::protocol
