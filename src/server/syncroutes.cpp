#include "syncroutes.h"

#include "permissions.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/attachmentrepository.h"
#include "storage/changefeedrepository.h"
#include "storage/jsontext.h"
#include "storage/snapshotrepository.h"
#include "storage/ticketrepository.h"
#include "tickettextwriter.h"

#include <algorithm>
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

std::optional<ApiResponse> SyncRoutes::readQuery(RequestContext &ctx, storage::TicketFilter *filter)
{
    filter->limit = DefaultPage;
    bool ok = true;
    if (const QString limit = ctx.request.queryValue(QStringLiteral("limit")); !limit.isEmpty())
        filter->limit = limit.toInt(&ok);
    if (!ok || filter->limit < 1 || filter->limit > MaxPage)
        return badQuery(QStringLiteral("limit"),
                        tr("limit must be a whole number from 1 to %1.").arg(MaxPage));
    if (const QString after = ctx.request.queryValue(QStringLiteral("after")); !after.isEmpty())
        filter->after = after.toLongLong(&ok);
    if (!ok || filter->after < 0)
        return badQuery(QStringLiteral("after"),
                        tr("after must be the \"next\" value of the previous page."));
    Permissions::restrict(*ctx.user, *filter);
    return std::nullopt;
}

ApiResponse SyncRoutes::tickets(RequestContext &ctx)
{
    storage::TicketFilter filter;
    if (auto refused = readQuery(ctx, &filter))
        return *refused;
    const auto seq = storage::ChangeFeedRepository(ctx.db).latestSeq();
    if (!seq)
        return ApiResponse::storageError(seq.error());
    storage::SnapshotRepository snapshot(ctx.db);
    // Read after `seq`, like the page: when a later change shifts a page past its cursor, the
    // client asks for what lies between (see SyncEngine), and the change itself comes with the
    // feed from `seq`.
    QList<qint64> cursors;
    const bool planned =
        filter.after == 0 && ctx.request.queryValue(QStringLiteral("cursors")) == u"1";
    if (planned) {
        auto found = snapshot.pageCursors(filter, filter.limit);
        if (!found)
            return ApiResponse::storageError(found.error());
        cursors = std::move(found).value();
    }
    auto page = snapshot.tickets(filter);
    if (!page)
        return ApiResponse::storageError(page.error());
    // Written as text, keys in sorted order like every other JSON body: a page carries
    // hundreds of tickets, and building it as a QJsonObject cost most of the request.
    ApiResponse response;
    response.body.reserve(page->items.size() * 4096);
    if (planned) {
        response.body.append("{\"cursors\":[");
        for (qsizetype i = 0; i < cursors.size(); ++i) {
            if (i > 0)
                response.body.append(',');
            storage::JsonText::appendString(response.body, QString::number(cursors.at(i)));
        }
        response.body.append("],\"items\":");
    } else {
        response.body.append("{\"items\":");
    }
    if (auto written = writeItems(ctx, page->items, response.body); !written)
        return ApiResponse::storageError(written.error());
    response.body.append(",\"next\":");
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

storage::Result<void> SyncRoutes::writeItems(RequestContext &ctx,
                                             const QList<core::Ticket> &tickets, QByteArray &out)
{
    if (tickets.isEmpty()) {
        out.append("[]");
        return {};
    }
    QList<qint64> ids;
    for (const core::Ticket &ticket : tickets)
        ids.append(ticket.id);
    const bool staff = Permissions::isStaff(*ctx.user);
    auto messages = storage::SnapshotRepository(ctx.db).messages(ids, staff);
    if (!messages)
        return messages.error();
    // Most pages have no attachment and no link: no query for them (each binds 256 ids).
    TicketTextWriter writer(ctx);
    const QList<core::Message> &list = messages->messages;
    const bool attached = std::any_of(list.cbegin(), list.cend(), [](const core::Message &message) {
        return !message.attachmentIds.isEmpty();
    });
    if (attached) {
        auto files = storage::AttachmentRepository(ctx.db).forTickets(ids);
        if (!files)
            return files.error();
        for (const QList<core::AttachmentInfo> &infos : std::as_const(files.value()))
            writer.rememberAttachments(infos);
    }
    const auto links = linksOf(ctx, ids);
    if (!links)
        return links.error();
    QHash<qint64, QList<core::Message>> byTicket;
    for (const core::Message &message : list)
        byTicket[message.ticketId].append(message);
    writer.rememberBodies(std::move(messages->bodies));
    if (auto targets = writer.loadSlaTargets(ids); !targets)
        return targets;
    out.append('[');
    for (const core::Ticket &ticket : tickets) {
        if (&ticket != &tickets.constFirst())
            out.append(',');
        const auto written =
            writer.append(out, ticket, links->value(ticket.id), byTicket.value(ticket.id));
        if (!written)
            return written;
    }
    out.append(']');
    return {};
}

storage::Result<QHash<qint64, QList<core::TicketLink>>>
SyncRoutes::linksOf(RequestContext &ctx, const QList<qint64> &ids)
{
    const auto linked = storage::SnapshotRepository(ctx.db).anyLinks(
        *std::min_element(ids.cbegin(), ids.cend()), *std::max_element(ids.cbegin(), ids.cend()));
    if (!linked)
        return linked.error();
    if (!linked.value())
        return QHash<qint64, QList<core::TicketLink>>();
    return storage::TicketRepository(ctx.db).linksFor(ids);
}

} // namespace sd::server
