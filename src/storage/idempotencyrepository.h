#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sd::storage {

class Database;

// What the server answered to one Idempotency-Key, so a retried request (an outbox resend, a
// customer pressing "send" twice) gets the same answer instead of a second ticket.
struct IdempotencyRecord
{
    qint64 userId = 0; // keys are per user; 0 for requests without a session
    QString key;
    QString requestHash; // the same key with a different request is an error, not a replay
    QString entityType;
    qint64 entityId = 0;
    int responseStatus = 0;
    QString responseBody;
    QDateTime createdAt;
};

class IdempotencyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(IdempotencyRepository)
    Q_DISABLE_COPY_MOVE(IdempotencyRepository)

public:
    explicit IdempotencyRepository(Database &db);

    // nullopt when the key was never used by this user.
    Result<std::optional<IdempotencyRecord>> find(qint64 userId, const QString &key);
    // Call in the transaction that made the entity: a concurrent request with the same key
    // then fails as Duplicate and its whole transaction (the second ticket) rolls back.
    Result<void> remember(const IdempotencyRecord &record);
    // Forgets keys older than `cutoff`; returns how many.
    Result<int> purgeOlderThan(const QDateTime &cutoff);

private:
    Database &m_db;
};

} // namespace sd::storage
