#include "changeroutes.h"

#include "permissions.h"
#include "protocol/changelistjson.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/changefeedrepository.h"
#include "storage/messagerepository.h"
#include "storage/ticketrepository.h"

namespace sd::server {

namespace {

using storage::EntityType;

// For items the feed row alone cannot decide (agents' tickets assigned to them in another
// queue, customers without an organisation), the ticket itself is checked.
bool visible(RequestContext &ctx, const storage::ChangeItem &item, QHash<qint64, bool> &tickets)
{
    if (Permissions::canSeeChangeOutright(*ctx.user, item))
        return true;
    qint64 ticketId = 0;
    if (item.entityType == EntityType::Ticket)
        ticketId = item.entityId;
    else if (item.entityType == EntityType::Message)
        if (auto message = storage::MessageRepository(ctx.db).get(item.entityId))
            ticketId = Permissions::canSeeMessage(*ctx.user, message->kind) ? message->ticketId : 0;
    if (ticketId == 0)
        return false;
    if (const auto it = tickets.constFind(ticketId); it != tickets.cend())
        return *it;
    auto ticket = storage::TicketRepository(ctx.db).get(ticketId);
    const bool seen = ticket && Permissions::canView(*ctx.user, ticket.value());
    tickets.insert(ticketId, seen);
    return seen;
}

} // namespace

void ChangeRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/changes"), Router::Access::Authenticated, changes);
}

ApiResponse ChangeRoutes::changes(RequestContext &ctx)
{
    bool ok = true;
    qint64 since = 0;
    int limit = 200;
    if (const QString value = ctx.request.queryValue(QStringLiteral("since")); !value.isEmpty())
        since = value.toLongLong(&ok);
    if (!ok || since < 0)
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("since must be the last_seq of the previous answer, or 0."),
                                  QStringLiteral("since"));
    if (const QString value = ctx.request.queryValue(QStringLiteral("limit")); !value.isEmpty())
        limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("limit must be a whole number from 1 to 1000."),
                                  QStringLiteral("limit"));
    auto page = storage::ChangeFeedRepository(ctx.db).since(since, limit,
                                                            Permissions::changeFilter(*ctx.user));
    if (!page)
        return ApiResponse::storageError(page.error());
    protocol::ChangeListJson::Page out;
    out.lastSeq = page->lastSeq;
    QHash<qint64, bool> tickets;
    for (const storage::ChangeItem &item : page->items) {
        if (!visible(ctx, item, tickets))
            continue;
        out.items.append({item.seq, core::toString(item.entityType), item.entityId,
                          core::toString(item.operation), item.createdAt});
    }
    return ApiResponse::json(protocol::ChangeListJson::toJson(out));
}

} // namespace sd::server
