#pragma once

#include "changeitem.h"

#include <QDateTime>
#include <QString>

namespace sd::storage {

// Who changed what: one event per changed field (old -> new) for updates, one per create,
// merge or link. Values are the wire spellings (enum names, ids, ISO-8601 times).
struct AuditEvent
{
    qint64 id = 0;
    QDateTime createdAt;
    qint64 actorId = 0; // 0: the system (SLA scheduler, mail gateway without a known sender)
    EntityType entityType = EntityType::Ticket;
    qint64 entityId = 0;
    QString action; // "create", "update", "merge", "link", "unlink", "first_response"
    QString field;  // empty for events about the whole entity
    QString oldValue;
    QString newValue;
};

} // namespace sd::storage
