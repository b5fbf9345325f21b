#include "replicajson.h"

#include <QJsonDocument>

namespace sd::client {

QString ReplicaJson::text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject ReplicaJson::object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace sd::client
