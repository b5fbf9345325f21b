#include "ratingroutes.h"

#include "core/ticketworkflow.h"
#include "permissions.h"
#include "protocol/ratingrequest.h"
#include "protocol/wirevalue.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/ratingrepository.h"
#include "ticketroutes.h"

namespace sd::server {

namespace {

QJsonObject ratingJson(const storage::Rating &rating)
{
    return {{QStringLiteral("ticket_id"), rating.ticketId},
            {QStringLiteral("score"), rating.score},
            {QStringLiteral("comment"), rating.comment},
            {QStringLiteral("created_at"), protocol::WireValue::dateTime(rating.createdAt)}};
}

} // namespace

void RatingRoutes::add(Router &router)
{
    const auto auth = Router::Access::Authenticated;
    router.add("POST", QStringLiteral("/api/v1/tickets/{id}/rating"), auth, rate);
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}/rating"), auth, read);
}

ApiResponse RatingRoutes::rate(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = TicketRoutes::load(ctx, ctx.idArg(), &ticket))
        return *refused;
    if (!Permissions::canRate(*ctx.user, ticket))
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  tr("Only the customer who asked can rate the work."));
    if (!core::TicketWorkflow::isDone(ticket.status))
        return ApiResponse::error(409, QStringLiteral("not_resolved"),
                                  tr("Ticket %1 is still being worked on; rate it once it is "
                                     "resolved.")
                                      .arg(ticket.number));
    ApiResponse refused;
    const auto request = RequestBody::parse(ctx, protocol::RatingRequest::fromJson, &refused);
    if (!request)
        return refused;
    storage::Rating rating;
    rating.ticketId = ticket.id;
    rating.userId = ctx.userId();
    rating.score = request->score;
    rating.comment = request->comment;
    auto stored =
        storage::RatingRepository(ctx.db).rate(rating, ticket.organisationId, ticket.queueId);
    if (!stored)
        return ApiResponse::storageError(stored.error());
    return ApiResponse::json(ratingJson(stored.value()), 201);
}

ApiResponse RatingRoutes::read(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = TicketRoutes::load(ctx, ctx.idArg(), &ticket))
        return *refused;
    auto found = storage::RatingRepository(ctx.db).forTicket(ticket.id);
    if (!found)
        return ApiResponse::storageError(found.error());
    if (!found.value())
        return ApiResponse::notFound(tr("A rating of this ticket"));
    return ApiResponse::json(ratingJson(*found.value()));
}

} // namespace sd::server
