#include "ticketactionroutes.h"

#include "idempotency.h"
#include "permissions.h"
#include "protocol/linkrequest.h"
#include "protocol/mergerequest.h"
#include "protocol/splitrequest.h"
#include "protocol/ticketlinkjson.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "slaengine.h"
#include "storage/messagerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "ticketroutes.h"

#include <QJsonArray>

namespace sd::server {

namespace {

using Kind = storage::StorageError::Kind;

// The route's ticket, if the user may edit it.
std::optional<ApiResponse> loadEditable(RequestContext &ctx, core::Ticket *ticket)
{
    if (auto refused = TicketRoutes::load(ctx, ctx.idArg(), ticket))
        return refused;
    if (!Permissions::canEdit(*ctx.user, *ticket))
        return ApiResponse::forbidden();
    return std::nullopt;
}

// The new ticket a split starts: the source's classification and people, the message's text.
core::Ticket splitOff(const core::Ticket &source, const QString &subject,
                      const core::Message &message)
{
    core::Ticket ticket = source;
    ticket.id = 0;
    ticket.number.clear();
    ticket.subject = subject;
    ticket.description = message.bodyText;
    ticket.status = core::TicketStatus::New;
    ticket.resolution = core::Resolution::None;
    ticket.createdAt = ticket.updatedAt = ticket.firstResponseAt = ticket.resolvedAt = {};
    ticket.firstResponseDue = ticket.resolutionDue = {};
    ticket.mergedIntoId = 0;
    ticket.version = 1;
    return ticket;
}

// What the split-off message means to the new ticket's SLA clocks.
QList<core::SlaExchange> exchangesOf(const core::Message &message)
{
    if (message.kind == core::MessageKind::Note || message.kind == core::MessageKind::System)
        return {};
    return {{message.createdAt, message.kind != core::MessageKind::Customer}};
}

} // namespace

void TicketActionRoutes::add(Router &router)
{
    const auto auth = Router::Access::Authenticated;
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/merge"), auth, merge);
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/split"), auth, split);
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/links"), auth, links);
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/links"), auth, link);
    router.add("DELETE", QStringLiteral("/api/v1/tickets/{id}/links/{link}"), auth, unlink);
}

std::optional<ApiResponse> TicketActionRoutes::resolve(RequestContext &ctx,
                                                       const protocol::TicketRef &ref,
                                                       const QString &field, core::Ticket *out)
{
    storage::TicketRepository tickets(ctx.db);
    auto found = ref.id > 0 ? tickets.get(ref.id) : tickets.getByNumber(ref.number);
    if (!found && found.error().kind != Kind::NotFound)
        return ApiResponse::storageError(found.error());
    if (!found || !Permissions::canView(*ctx.user, found.value()))
        return ApiResponse::error(422, QStringLiteral("invalid_value"),
                                  tr("There is no ticket %1 you can see.")
                                      .arg(ref.id > 0 ? QString::number(ref.id) : ref.number),
                                  field);
    *out = found.value();
    return std::nullopt;
}

ApiResponse TicketActionRoutes::merge(RequestContext &ctx)
{
    core::Ticket source;
    if (auto refused = loadEditable(ctx, &source))
        return *refused;
    // A merge whose answer was lost is sent again by the outbox: the key answers it as the
    // first time instead of "already merged".
    if (auto replay = Idempotency::replay(ctx))
        return *replay;
    ApiResponse refused;
    const auto request = RequestBody::parse(ctx, protocol::MergeRequest::fromJson, &refused);
    if (!request)
        return refused;
    core::Ticket target;
    if (auto missing = resolve(ctx, request->into, QStringLiteral("into"), &target))
        return *missing;
    storage::Transaction tx(ctx.db);
    if (!tx)
        return ApiResponse::storageError(tx.error());
    auto merged = storage::TicketRepository(ctx.db).merge(source.id, target.id, ctx.userId());
    if (!merged && merged.error().kind == Kind::Conflict)
        return ApiResponse::error(409, QStringLiteral("cannot_merge"), merged.error().message,
                                  QStringLiteral("into"));
    if (!merged)
        return ApiResponse::storageError(merged.error());
    // Both were announced by the merge: the duplicate's clocks stop, the original's
    // conversation took in the duplicate's messages.
    SlaEngine sla(ctx.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto closed = sla.recompute(merged->merged, now);
    if (!closed)
        return ApiResponse::storageError(closed.error());
    auto survivor = sla.recompute(merged->target, now);
    if (!survivor)
        return ApiResponse::storageError(survivor.error());
    const ApiResponse response = TicketRoutes::present(ctx, survivor->ticket, 200);
    return Idempotency::commit(ctx, tx, QStringLiteral("ticket"), merged->target.id, response);
}

ApiResponse TicketActionRoutes::split(RequestContext &ctx)
{
    core::Ticket source;
    if (auto refused = loadEditable(ctx, &source))
        return *refused;
    ApiResponse refused;
    if (auto replay = Idempotency::replay(ctx))
        return *replay;
    const auto request = RequestBody::parse(ctx, protocol::SplitRequest::fromJson, &refused);
    if (!request)
        return refused;
    storage::MessageRepository messages(ctx.db);
    auto message = messages.get(request->messageId);
    if (!message && message.error().kind != Kind::NotFound)
        return ApiResponse::storageError(message.error());
    if (!message || message->ticketId != source.id)
        return ApiResponse::error(
            422, QStringLiteral("invalid_value"),
            tr("Message %1 is not part of ticket %2.").arg(request->messageId).arg(source.number),
            QStringLiteral("message_id"));
    const core::Ticket ticket = splitOff(source, request->subject, message.value());
    storage::Transaction tx(ctx.db);
    if (!tx)
        return ApiResponse::storageError(tx.error());
    storage::TicketRepository tickets(ctx.db, ctx.services.settings.ticketNumberPrefix,
                                      ctx.services.settings.numberZone());
    auto created = tickets.create(ticket, ctx.userId());
    if (!created)
        return ApiResponse::storageError(created.error());
    core::Message copy = message.value();
    copy.id = 0;
    copy.ticketId = created->id;
    copy.createdAt = {};
    copy.emailMessageId.clear();
    auto appended = messages.append(copy);
    if (!appended)
        return ApiResponse::storageError(appended.error());
    auto sla = SlaEngine(ctx.db).start(created.value(), exchangesOf(appended.value()),
                                       QDateTime::currentDateTimeUtc());
    if (!sla)
        return ApiResponse::storageError(sla.error());
    if (auto linked =
            tickets.link(source.id, created->id, core::TicketLinkKind::RelatedTo, ctx.userId());
        !linked)
        return ApiResponse::storageError(linked.error());
    const ApiResponse response = TicketRoutes::present(ctx, sla->ticket, 201);
    return Idempotency::commit(ctx, tx, QStringLiteral("ticket"), created->id, response);
}

ApiResponse TicketActionRoutes::links(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = TicketRoutes::load(ctx, ctx.idArg(), &ticket))
        return *refused;
    auto found = storage::TicketRepository(ctx.db).links(ticket.id);
    if (!found)
        return ApiResponse::storageError(found.error());
    QJsonArray items;
    for (const core::TicketLink &l : found.value())
        items.append(protocol::TicketLinkJson::toJson(l));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse TicketActionRoutes::link(RequestContext &ctx)
{
    core::Ticket from;
    if (auto refused = loadEditable(ctx, &from))
        return *refused;
    ApiResponse refused;
    const auto request = RequestBody::parse(ctx, protocol::LinkRequest::fromJson, &refused);
    if (!request)
        return refused;
    core::Ticket to;
    if (auto missing = resolve(ctx, request->to, QStringLiteral("to"), &to))
        return *missing;
    auto created =
        storage::TicketRepository(ctx.db).link(from.id, to.id, request->kind, ctx.userId());
    if (!created &&
        (created.error().kind == Kind::Conflict || created.error().kind == Kind::Duplicate ||
         created.error().kind == Kind::Invalid))
        return ApiResponse::error(409, QStringLiteral("cannot_link"), created.error().message,
                                  QStringLiteral("to"));
    if (!created)
        return ApiResponse::storageError(created.error());
    return ApiResponse::json(protocol::TicketLinkJson::toJson(created.value()), 201);
}

ApiResponse TicketActionRoutes::unlink(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = loadEditable(ctx, &ticket))
        return *refused;
    const qint64 linkId = ctx.idArg(1);
    auto existing = storage::TicketRepository(ctx.db).links(ticket.id);
    if (!existing)
        return ApiResponse::storageError(existing.error());
    const bool ours = std::any_of(existing->cbegin(), existing->cend(),
                                  [linkId](const core::TicketLink &l) { return l.id == linkId; });
    if (!ours)
        return ApiResponse::notFound(tr("This link"));
    if (auto removed = storage::TicketRepository(ctx.db).unlink(linkId, ctx.userId()); !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

} // namespace sd::server
