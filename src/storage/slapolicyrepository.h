#pragma once

#include "core/slapolicy.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

#include <optional>

namespace sd::storage {

class Database;

// SLA policies, one per support level x category x priority.
class SlaPolicyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyRepository)
    Q_DISABLE_COPY_MOVE(SlaPolicyRepository)

public:
    explicit SlaPolicyRepository(Database &db);

    // By support level, then category and priority in their declaration order.
    Result<QList<core::SlaPolicy>> list();
    Result<core::SlaPolicy> get(qint64 id);
    // Writes record an audit event by `actorId` and a change-feed item.
    // Duplicate when the level x category x priority already has a policy; Invalid for a
    // blank level, targets that are not positive or a calendar that does not exist.
    Result<core::SlaPolicy> create(const core::SlaPolicy &policy, qint64 actorId);
    Result<core::SlaPolicy> update(const core::SlaPolicy &policy, qint64 actorId);
    Result<void> remove(qint64 id, qint64 actorId);
    // The policy for a ticket of an organisation with `supportLevel`; nullopt when the admins
    // set none for it.
    Result<std::optional<core::SlaPolicy>> match(const QString &supportLevel,
                                                 core::Category category, core::Priority priority);

private:
    Result<void> check(const core::SlaPolicy &policy);
    Result<core::SlaPolicy> write(const core::SlaPolicy &policy, qint64 actorId);
    Result<QList<core::SlaPolicy>> select(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace sd::storage
