#include "healthinfo.h"

namespace sd::protocol {

QJsonObject HealthInfo::toJson() const
{
    QJsonObject body{
        {QStringLiteral("status"), databaseOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("ok"), databaseOk}, {QStringLiteral("kind"), databaseKind}}},
        {QStringLiteral("version"), version},
        {QStringLiteral("schema_version"), schemaVersion},
    };
    if (!message.isEmpty())
        body.insert(QStringLiteral("message"), message);
    if (attachmentMaxBytes > 0)
        body.insert(QStringLiteral("attachment_max_bytes"), attachmentMaxBytes);
    return body;
}

HealthInfo HealthInfo::fromJson(const QJsonObject &body)
{
    HealthInfo info;
    const QJsonObject db = body.value(QStringLiteral("database")).toObject();
    info.databaseOk = db.value(QStringLiteral("ok")).toBool();
    info.databaseKind = db.value(QStringLiteral("kind")).toString();
    info.version = body.value(QStringLiteral("version")).toString();
    info.schemaVersion = body.value(QStringLiteral("schema_version")).toInt();
    info.message = body.value(QStringLiteral("message")).toString();
    info.attachmentMaxBytes =
        qMax<qint64>(0, body.value(QStringLiteral("attachment_max_bytes")).toInteger());
    return info;
}

} // namespace sd::protocol
