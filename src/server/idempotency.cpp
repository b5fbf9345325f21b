#include "idempotency.h"

#include "requestcontext.h"
#include "storage/idempotencyrepository.h"
#include "storage/transaction.h"

#include <QCryptographicHash>

namespace sd::server {

QString Idempotency::key(const RequestContext &ctx)
{
    return QString::fromLatin1(ctx.request.header("idempotency-key").trimmed());
}

QString Idempotency::requestHash(const RequestContext &ctx)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(ctx.request.method);
    hash.addData(ctx.request.path.toUtf8());
    hash.addData(ctx.request.body);
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<ApiResponse> Idempotency::replay(RequestContext &ctx)
{
    const QString k = key(ctx);
    if (k.isEmpty())
        return std::nullopt;
    const bool printable = std::all_of(
        k.cbegin(), k.cend(), [](QChar c) { return c.unicode() > 32 && c.unicode() < 127; });
    if (k.size() > 200 || !printable)
        return ApiResponse::error(400, QStringLiteral("bad_idempotency_key"),
                                  tr("The Idempotency-Key header must be 1 to 200 visible ASCII "
                                     "characters, such as a UUID."));
    auto found = storage::IdempotencyRepository(ctx.db).find(ctx.userId(), k);
    if (!found)
        return ApiResponse::storageError(found.error());
    if (!found.value())
        return std::nullopt;
    const storage::IdempotencyRecord &record = *found.value();
    if (record.requestHash != requestHash(ctx))
        return ApiResponse::error(
            422, QStringLiteral("idempotency_key_reused"),
            tr("This Idempotency-Key was already used for a different request; make a new key "
               "for every new change."));
    ApiResponse response;
    response.status = record.responseStatus;
    response.body = record.responseBody.toUtf8();
    response.withHeader("Idempotent-Replayed", "true");
    return response;
}

storage::Result<void> Idempotency::remember(RequestContext &ctx, const QString &entityType,
                                            qint64 entityId, const ApiResponse &response)
{
    const QString k = key(ctx);
    if (k.isEmpty())
        return {};
    storage::IdempotencyRecord record;
    record.userId = ctx.userId();
    record.key = k;
    record.requestHash = requestHash(ctx);
    record.entityType = entityType;
    record.entityId = entityId;
    record.responseStatus = response.status;
    record.responseBody = QString::fromUtf8(response.body);
    record.createdAt = QDateTime::currentDateTimeUtc();
    return storage::IdempotencyRepository(ctx.db).remember(record);
}

ApiResponse Idempotency::commit(RequestContext &ctx, storage::Transaction &tx,
                                const QString &entityType, qint64 entityId,
                                const ApiResponse &response)
{
    if (auto remembered = remember(ctx, entityType, entityId, response); !remembered) {
        tx.rollback();
        if (remembered.error().kind == storage::StorageError::Kind::Duplicate)
            if (auto winner = replay(ctx))
                return *winner;
        return ApiResponse::storageError(remembered.error());
    }
    if (auto committed = tx.commit(); !committed)
        return ApiResponse::storageError(committed.error());
    return response;
}

} // namespace sd::server
