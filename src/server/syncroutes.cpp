#include "syncroutes.h"

#include "permissions.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/attachmentrepository.h"
#include "storage/changefeedrepository.h"
#include "storage/jsontext.h"
#include "storage/messagerepository.h"
#include "storage/ticketrepository.h"
#include "tickettextwriter.h"

#include <limits>

namespace sd::server {

namespace {

ApiResponse badQuery(const QString &field, const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("invalid_query"), message, field);
}

} // namespace

void SyncRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/sync/tickets"), Router::Access::Authenticated,
               tickets);
}

ApiResponse SyncRoutes::tickets(RequestContext &ctx)
{
    storage::TicketFilter filter;
    filter.limit = DefaultPage;
    bool ok = true;
    if (const QString limit = ctx.request.queryValue(QStringLiteral("limit")); !limit.isEmpty())
        filter.limit = limit.toInt(&ok);
    if (!ok || filter.limit < 1 || filter.limit > MaxPage)
        return badQuery(QStringLiteral("limit"),
                        tr("limit must be a whole number from 1 to %1.").arg(MaxPage));
    if (const QString after = ctx.request.queryValue(QStringLiteral("after")); !after.isEmpty())
        filter.after = after.toLongLong(&ok);
    if (!ok || filter.after < 0)
        return badQuery(QStringLiteral("after"),
                        tr("after must be the \"next\" value of the previous page."));
    Permissions::restrict(*ctx.user, filter);

    const auto seq = storage::ChangeFeedRepository(ctx.db).latestSeq();
    if (!seq)
        return ApiResponse::storageError(seq.error());
    auto page = storage::TicketRepository(ctx.db).list(filter);
    if (!page)
        return ApiResponse::storageError(page.error());
    QList<qint64> ids;
    for (const core::Ticket &ticket : page->items)
        ids.append(ticket.id);
    const bool staff = Permissions::isStaff(*ctx.user);
    auto messages = storage::MessageRepository(ctx.db).forTickets(ids, staff);
    auto files = storage::AttachmentRepository(ctx.db).forTickets(ids);
    auto links = storage::TicketRepository(ctx.db).linksFor(ids);
    if (!messages)
        return ApiResponse::storageError(messages.error());
    if (!files)
        return ApiResponse::storageError(files.error());
    if (!links)
        return ApiResponse::storageError(links.error());

    TicketTextWriter writer(ctx);
    for (const QList<core::AttachmentInfo> &infos : std::as_const(files.value()))
        writer.rememberAttachments(infos);
    QHash<qint64, QList<core::Message>> byTicket;
    for (const core::Message &message : std::as_const(messages.value()))
        byTicket[message.ticketId].append(message);
    // Written as text, keys in sorted order like every other JSON body: a page carries
    // hundreds of tickets, and building it as a QJsonObject cost most of the request.
    ApiResponse response;
    response.body.reserve(page->items.size() * 4096);
    response.body.append("{\"items\":[");
    for (const core::Ticket &ticket : std::as_const(page->items)) {
        if (&ticket != &page->items.constFirst())
            response.body.append(',');
        const auto written = writer.append(response.body, ticket, links->value(ticket.id),
                                           byTicket.value(ticket.id));
        if (!written)
            return ApiResponse::storageError(written.error());
    }
    response.body.append("],\"next\":");
    if (page->nextAfter > 0)
        storage::JsonText::appendString(response.body, QString::number(page->nextAfter));
    else
        response.body.append("null");
    response.body.append(",\"seq\":").append(QByteArray::number(seq.value()));
    if (filter.after == 0) {
        // Once per first sync, for its progress bar: every ticket the caller will receive.
        auto total =
            storage::TicketRepository(ctx.db).count(filter, std::numeric_limits<int>::max() - 1);
        if (!total)
            return ApiResponse::storageError(total.error());
        response.body.append(",\"total\":").append(QByteArray::number(total->count));
    }
    response.body.append('}');
    return response;
}

} // namespace sd::server
