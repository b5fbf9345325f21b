#pragma once

#include "apiresponse.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <optional>

namespace sd::storage {
class Transaction;
}

namespace sd::server {

class RequestContext;

// Every client write carries a client-made key (the outbox's UUID) in the Idempotency-Key
// header; the server applies each key at most once per user and answers a retry with the
// first answer, so a request whose reply was lost can be sent again safely.
class Idempotency final
{
    Q_DECLARE_TR_FUNCTIONS(Idempotency)

public:
    // The key of the request, empty when none was sent. Keys are 1-200 visible ASCII.
    static QString key(const RequestContext &ctx);
    // The stored answer for a retry, 422 when the key came with a different request, 400 for
    // a malformed key, nullopt for a new key (or none).
    static std::optional<ApiResponse> replay(RequestContext &ctx);
    // Stores the answer, inside the caller's transaction so it commits with the write. A
    // Duplicate error means a concurrent retry won: roll back and call replay() again.
    static storage::Result<void> remember(RequestContext &ctx, const QString &entityType,
                                          qint64 entityId, const ApiResponse &response);
    // remember() then commits `tx`: the answer to give. When a concurrent retry with the same
    // key won, this write is rolled back and the winner's answer is returned.
    static ApiResponse commit(RequestContext &ctx, storage::Transaction &tx,
                              const QString &entityType, qint64 entityId,
                              const ApiResponse &response);

private:
    static QString requestHash(const RequestContext &ctx);
};

} // namespace sd::server
