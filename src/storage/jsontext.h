#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace sd::storage {

// Appends compact JSON text (UTF-8) to a buffer, byte for byte what
// QJsonDocument::toJson(Compact) writes for the same values (keys in QJsonObject's sorted
// order, the same escapes and number forms). For bulk writers: the server's first-sync pages
// write most of a ticket straight from stored data with appendString and only the rare parts
// from QJsonObjects, and the replica's JSON columns skip building a document per row (about a
// quarter faster than toJson, and no copy of a ticket to drop its messages).
class JsonText final
{
public:
    static void appendValue(QByteArray &out, const QJsonValue &value);
    // `leaveOut` names a member not to write (e.g. a ticket's "messages").
    static void appendObject(QByteArray &out, const QJsonObject &object, QStringView leaveOut = {});
    // A JSON string literal, quotes included.
    static void appendString(QByteArray &out, QStringView text);
    // The same literal from valid UTF-8 (e.g. text as SQLite stores it), without decoding it:
    // the first sync's message bodies go from the database into the page this way.
    static void appendUtf8String(QByteArray &out, QByteArrayView utf8);
    // The offset of the first quote, backslash or control character in `utf8` at or after
    // `from`, or its size: what a JSON string cannot hold as it is. Sixteen bytes a step.
    static qsizetype specialByte(QByteArrayView utf8, qsizetype from);
};

} // namespace sd::storage
