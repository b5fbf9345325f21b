#include "messageroutes.h"

#include "attachmentroutes.h"
#include "core/ticketworkflow.h"
#include "followupticket.h"
#include "htmlsanitizer.h"
#include "idempotency.h"
#include "permissions.h"
#include "protocol/messagejson.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "slaengine.h"
#include "storage/attachmentrepository.h"
#include "storage/messagerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "ticketroutes.h"

namespace sd::server {

namespace {

using core::MessageKind;
using Kind = storage::StorageError::Kind;

} // namespace

void MessageRoutes::add(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/messages"),
               Router::Access::Authenticated, post);
}

std::optional<ApiResponse> MessageRoutes::check(RequestContext &ctx, const core::Ticket &ticket,
                                                const protocol::MessageCreateRequest &request)
{
    if (!Permissions::canPost(*ctx.user, ticket, request.kind))
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  Permissions::isStaff(*ctx.user)
                                      ? tr("Staff answer with a reply, a note or a phone-call log.")
                                      : tr("Customers add messages of kind \"customer\"."),
                                  QStringLiteral("kind"));
    if (request.kind == MessageKind::PhoneCall && ticket.priority != core::Priority::Critical)
        return ApiResponse::error(422, QStringLiteral("phone_calls_for_critical_only"),
                                  tr("Phone calls are logged for critical tickets only; raise "
                                     "the priority first if the problem is critical."),
                                  QStringLiteral("kind"));
    if (!request.ticketNumber.isEmpty() && request.ticketNumber != ticket.number)
        return ApiResponse::error(422, QStringLiteral("ticket_number_mismatch"),
                                  tr("The call was about %1, but this is ticket %2.")
                                      .arg(request.ticketNumber, ticket.number),
                                  QStringLiteral("ticket_number"));
    // A customer writing about a closed ticket starts a follow-up (see post()).
    if (ticket.status == core::TicketStatus::Closed && request.kind != MessageKind::Note &&
        request.kind != MessageKind::Customer)
        return ApiResponse::error(409, QStringLiteral("ticket_closed"),
                                  tr("Ticket %1 is closed; open a new ticket and mention this "
                                     "number in it.")
                                      .arg(ticket.number));
    return AttachmentRoutes::requireExisting(ctx, request.attachmentIds);
}

std::optional<ApiResponse> MessageRoutes::applyEffects(RequestContext &ctx,
                                                       const core::Ticket &ticket, MessageKind kind,
                                                       core::Ticket *after, bool *announced)
{
    storage::TicketRepository tickets(ctx.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::Ticket next = ticket;
    *after = ticket;
    *announced = false;
    if (kind == MessageKind::Reply || kind == MessageKind::PhoneCall) {
        if (!ticket.firstResponseAt.isValid()) {
            auto recorded = tickets.recordFirstResponse(ticket.id, now, ctx.userId());
            if (!recorded)
                return ApiResponse::storageError(recorded.error());
            next = recorded.value();
            *after = next;
            *announced = true;
        }
        if (next.status == core::TicketStatus::New)
            next.status = core::TicketStatus::Open;
    } else if (kind == MessageKind::Customer) {
        switch (core::TicketWorkflow::effectOfCustomerReply(ticket, now,
                                                            ctx.services.settings.reopenDays)) {
        case core::TicketWorkflow::ReplyEffect::Append:
            break;
        case core::TicketWorkflow::ReplyEffect::Resume:
        case core::TicketWorkflow::ReplyEffect::Reopen:
            next.status = core::TicketStatus::Open;
            next.resolution = core::Resolution::None;
            next.resolvedAt = QDateTime();
            break;
        case core::TicketWorkflow::ReplyEffect::NewLinkedTicket:
            break; // post() sent the message to a follow-up ticket instead
        }
    }
    if (next.status == after->status && next.resolution == after->resolution)
        return std::nullopt;
    auto updated = tickets.update(next, next.version, ctx.userId());
    if (!updated)
        return ApiResponse::storageError(updated.error());
    *after = updated->ticket;
    *announced = true;
    return std::nullopt;
}

std::optional<ApiResponse> MessageRoutes::updateSla(RequestContext &ctx, const core::Ticket &ticket,
                                                    MessageKind kind, bool announced)
{
    if (kind != MessageKind::Customer && kind != MessageKind::Reply &&
        kind != MessageKind::PhoneCall)
        return std::nullopt;
    // The ticket was read before this transaction; unless this request wrote it, read it again
    // now that the message holds its row, so a change made meanwhile is not computed away.
    core::Ticket current = ticket;
    if (!announced) {
        auto reread = storage::TicketRepository(ctx.db).get(ticket.id);
        if (!reread)
            return ApiResponse::storageError(reread.error());
        current = reread.value();
    }
    const auto feed = announced ? SlaEngine::Feed::AlreadyAnnounced : SlaEngine::Feed::Announce;
    auto sla = SlaEngine(ctx.db).recompute(current, QDateTime::currentDateTimeUtc(), feed);
    if (!sla)
        return ApiResponse::storageError(sla.error());
    return std::nullopt;
}

ApiResponse MessageRoutes::post(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = TicketRoutes::load(ctx, ctx.idArg(), &ticket))
        return *refused;
    if (auto replay = Idempotency::replay(ctx))
        return *replay;
    ApiResponse refused;
    const auto request =
        RequestBody::parse(ctx, protocol::MessageCreateRequest::fromJson, &refused);
    if (!request)
        return refused;
    if (auto refused = check(ctx, ticket, *request))
        return *refused;

    core::Message message;
    message.ticketId = ticket.id;
    message.authorId = ctx.userId();
    message.authorName = ctx.user->name;
    message.kind = request->kind;
    message.attachmentIds = request->attachmentIds;
    if (!request->bodyHtml.isEmpty()) {
        HtmlSanitizer::Options options;
        options.allowedAttachmentIds =
            QSet<qint64>(request->attachmentIds.cbegin(), request->attachmentIds.cend());
        const SanitizedHtml clean = HtmlSanitizer::sanitize(request->bodyHtml, options);
        message.bodyHtml = clean.html;
        message.bodyText = request->bodyText.isEmpty() ? clean.text : request->bodyText;
    } else {
        message.bodyText = request->bodyText;
        message.bodyHtml = HtmlSanitizer::fromPlainText(request->bodyText);
    }

    storage::Transaction tx(ctx.db);
    if (!tx)
        return ApiResponse::storageError(tx.error());
    if (request->kind == MessageKind::Customer &&
        core::TicketWorkflow::effectOfCustomerReply(ticket, QDateTime::currentDateTimeUtc(),
                                                    ctx.services.settings.reopenDays) ==
            core::TicketWorkflow::ReplyEffect::NewLinkedTicket)
        return postFollowUp(ctx, tx, ticket, message);
    auto stored = storage::MessageRepository(ctx.db).append(message);
    if (!stored)
        return ApiResponse::storageError(stored.error());
    core::Ticket after;
    bool announced = false;
    if (auto refused = applyEffects(ctx, ticket, request->kind, &after, &announced))
        return *refused;
    if (auto refused = updateSla(ctx, after, request->kind, announced))
        return *refused;
    const ApiResponse response = ApiResponse::json(messageJson(ctx, stored.value()), 201);
    return Idempotency::commit(ctx, tx, QStringLiteral("message"), stored->id, response);
}

ApiResponse MessageRoutes::postFollowUp(RequestContext &ctx, storage::Transaction &tx,
                                        const core::Ticket &previous, const core::Message &message)
{
    auto opened = FollowUpTicket::open(ctx.db, ctx.services.settings, previous, message);
    if (!opened)
        return ApiResponse::storageError(opened.error());
    QJsonObject body = messageJson(ctx, opened->message);
    body.insert(QStringLiteral("follow_up"),
                QJsonObject{{QStringLiteral("id"), opened->ticket.id},
                            {QStringLiteral("number"), opened->ticket.number},
                            {QStringLiteral("message"),
                             tr("Ticket %1 is closed, so your message started ticket %2, linked "
                                "to it.")
                                 .arg(previous.number, opened->ticket.number)}});
    ApiResponse response = ApiResponse::json(body, 201);
    response.withHeader("Location", "/api/v1/tickets/" + QByteArray::number(opened->ticket.id));
    return Idempotency::commit(ctx, tx, QStringLiteral("message"), opened->message.id, response);
}

QJsonObject MessageRoutes::messageJson(RequestContext &ctx, const core::Message &message)
{
    QList<core::AttachmentInfo> infos;
    for (const qint64 id : message.attachmentIds)
        if (auto info = storage::AttachmentRepository(ctx.db).get(id))
            infos.append(info.value());
    return protocol::MessageJson::toJson(message, infos);
}

} // namespace sd::server
