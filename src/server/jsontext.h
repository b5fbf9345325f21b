#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace sd::server {

// Appends compact JSON text (UTF-8) of Qt's JSON values to a buffer, byte for byte what
// QJsonDocument::toJson(Compact) writes (keys in QJsonObject's sorted order, the same
// escapes and number forms), so that parts of a body can be written straight from stored
// data (TicketTextWriter) and the rest from QJsonObjects, without building one document.
class JsonText final
{
public:
    static void appendValue(QByteArray &out, const QJsonValue &value);
    static void appendObject(QByteArray &out, const QJsonObject &object);
    // A JSON string literal, quotes included.
    static void appendString(QByteArray &out, QStringView text);
};

} // namespace sd::server
