#pragma once

#include <QJsonObject>
#include <QString>

namespace sd::client {

// The replica keeps JSON objects as compact text in its columns (tickets, messages, outbox).
class ReplicaJson final
{
public:
    ReplicaJson() = delete;

    static QString text(const QJsonObject &json);
    // An empty object for NULL or damaged text.
    static QJsonObject object(const QString &text);
};

} // namespace sd::client
