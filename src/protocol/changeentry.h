#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace sd::protocol {

// One item of GET /api/v1/changes in plain values: the protocol cannot know storage's enums,
// so the server spells entity ("ticket", "message", ...) and op ("create", "update",
// "delete") with storage's own names before handing it over. "gone" (GoneOp) is the feed's
// own: it is never stored, but decided per caller when the list is read.
struct ChangeEntry
{
    // The op of a ticket item whose ticket the caller can no longer see (moved out of their
    // queues, say) or that no longer exists: a replica drops its copy and the messages with
    // it. Such an item tells seq, entity and id, nothing else (no at, no data).
    static constexpr QLatin1StringView GoneOp{"gone"};

    qint64 seq = 0;
    QString entity;
    qint64 id = 0;
    QString op;
    QDateTime at;
    // With ?include=data: the entity as the caller may see it now (ticket or message read
    // shape); empty when not asked for, or for entities the feed does not carry.
    QJsonObject data;

    friend bool operator==(const ChangeEntry &, const ChangeEntry &) = default;
};

} // namespace sd::protocol
