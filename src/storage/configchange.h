#pragma once

#include "changeitem.h"
#include "result.h"

#include <QString>

namespace sd::storage {

class Database;

// What every write to the installation's configuration (calendars, SLA policies) leaves
// behind, in the writing transaction: an audit event saying who changed what from what, and a
// change-feed item so workstations refresh their copy.
class ConfigChange final
{
public:
    ConfigChange() = delete;

    // The audit action is the operation's name ("create", "update", "delete"); the values
    // describe the entity before and after (empty where there is none).
    static Result<void> record(Database &db, EntityType type, qint64 id, ChangeOperation operation,
                               qint64 actorId, const QString &oldValue, const QString &newValue);
};

} // namespace sd::storage
