#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sd::protocol {

// How values are spelled on the wire, so every shape writes them alike and JsonBody reads
// them back: instants in UTC with milliseconds, "no id" (0 in core) as null.
class WireValue final
{
public:
    // "2026-11-23T10:00:00.000Z" whatever the zone of `at`; empty for an invalid instant.
    static QString formatDateTime(const QDateTime &at);
    // The same, or null for an invalid (unset) instant.
    static QJsonValue dateTime(const QDateTime &at);
    // Null for 0, the core's "none".
    static QJsonValue id(qint64 id);
    static QJsonArray ids(const QList<qint64> &ids);
};

} // namespace sd::protocol
