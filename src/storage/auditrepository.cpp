#include "auditrepository.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

AuditRepository::AuditRepository(Database &db) : m_db(db) {}

Result<void> AuditRepository::record(const AuditEvent &event)
{
    return record(QList<AuditEvent>{event});
}

Result<void> AuditRepository::record(const QList<AuditEvent> &events)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AuditEvent &event : events) {
        Statement insert(m_db, QStringLiteral("INSERT INTO audit_events (created_at, actor_id, "
                                              "entity_type, entity_id, action, field, "
                                              "old_value, new_value) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bindTime(event.createdAt.isValid() ? event.createdAt : now).bindId(event.actorId);
        insert.bind(core::toString(event.entityType)).bind(event.entityId).bind(event.action);
        insert.bind(event.field).bind(event.oldValue).bind(event.newValue);
        if (!insert.exec())
            return insert.error();
    }
    return tx.commit();
}

Result<QList<AuditEvent>> AuditRepository::forEntity(EntityType type, qint64 entityId)
{
    Statement select(m_db, QStringLiteral("SELECT id, created_at, actor_id, action, field, "
                                          "old_value, new_value FROM audit_events "
                                          "WHERE entity_type = ? AND entity_id = ? ORDER BY id"));
    if (!select.bind(core::toString(type)).bind(entityId).exec())
        return select.error();
    QList<AuditEvent> events;
    while (select.next()) {
        AuditEvent event;
        event.id = select.id(0);
        event.createdAt = select.time(1);
        event.actorId = select.id(2);
        event.entityType = type;
        event.entityId = entityId;
        event.action = select.text(3);
        event.field = select.text(4);
        event.oldValue = select.text(5);
        event.newValue = select.text(6);
        events.append(event);
    }
    return events;
}

} // namespace sd::storage
