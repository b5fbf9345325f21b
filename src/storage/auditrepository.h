#pragma once

#include "auditevent.h"
#include "result.h"

#include <QList>

namespace sd::storage {

class Database;

// The audit trail supervisors read: ticket repositories record into it in the same
// transaction as the change; other server code may record its own events (sign-ins, exports).
class AuditRepository final
{
    Q_DISABLE_COPY_MOVE(AuditRepository)

public:
    explicit AuditRepository(Database &db);

    // createdAt defaults to now when invalid.
    Result<void> record(const AuditEvent &event);
    Result<void> record(const QList<AuditEvent> &events);
    // Oldest first.
    Result<QList<AuditEvent>> forEntity(EntityType type, qint64 entityId);

private:
    Database &m_db;
};

} // namespace sd::storage
