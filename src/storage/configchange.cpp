#include "configchange.h"

#include "auditrepository.h"
#include "changefeedrepository.h"

namespace sd::storage {

Result<void> ConfigChange::record(Database &db, EntityType type, qint64 id,
                                  ChangeOperation operation, qint64 actorId,
                                  const QString &oldValue, const QString &newValue)
{
    AuditEvent event;
    event.actorId = actorId;
    event.entityType = type;
    event.entityId = id;
    event.action = core::toString(operation);
    event.oldValue = oldValue;
    event.newValue = newValue;
    if (Result<void> audited = AuditRepository(db).record(event); !audited)
        return audited;
    return ChangeFeedRepository(db).append(type, id, operation);
}

} // namespace sd::storage
