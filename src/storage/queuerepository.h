#pragma once

#include "core/queue.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace sd::storage {

class Database;

// Work queues; a new database already has "Support" and "Development".
class QueueRepository final
{
    Q_DECLARE_TR_FUNCTIONS(QueueRepository)
    Q_DISABLE_COPY_MOVE(QueueRepository)

public:
    explicit QueueRepository(Database &db);

    // Duplicate when the name is taken.
    Result<core::Queue> create(const core::Queue &queue);
    Result<core::Queue> get(qint64 id);
    Result<core::Queue> findByName(const QString &name);
    // By name.
    Result<QList<core::Queue>> list();
    // Ids of the users who work the queue.
    Result<QList<qint64>> members(qint64 queueId);

private:
    Result<QList<core::Queue>> select(const QString &where, const QVariantList &values);
    Result<core::Queue> single(const QString &where, const QVariant &value, const QString &who);

    Database &m_db;
};

} // namespace sd::storage
