#include "ticketupdating.h"

#include "core/ticketworkflow.h"
#include "requestcontext.h"
#include "slaengine.h"
#include "storage/queuerepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "ticketpresenter.h"
#include "ticketroutes.h"

namespace sd::server {

namespace {

using Kind = storage::StorageError::Kind;

// The fields the SLA targets depend on: the policy (category, priority, organisation and
// contract pick it), the stops (status) and what ends the clocks.
bool movesSla(const core::Ticket &before, const core::Ticket &after)
{
    return before.priority != after.priority || before.category != after.category ||
           before.status != after.status || before.organisationId != after.organisationId ||
           before.contractId != after.contractId || before.resolvedAt != after.resolvedAt ||
           before.firstResponseAt != after.firstResponseAt;
}

} // namespace

std::optional<ApiResponse> TicketUpdating::checkWorkflow(const core::Ticket &current,
                                                         core::Ticket &next,
                                                         const protocol::TicketPatch &patch)
{
    if (!patch.status && !patch.resolution)
        return std::nullopt;
    const core::TicketStatus to = next.status;
    if (!patch.resolution)
        next.resolution = core::TicketWorkflow::resolutionAfter(to, current.resolution);
    const auto verdict = core::TicketWorkflow::check(current, to, next.resolution);
    if (!verdict.allowed())
        return ApiResponse::error(422, verdict.code, verdict.reason, verdict.field);
    const bool wasDone = core::TicketWorkflow::isDone(current.status);
    const bool isDone = core::TicketWorkflow::isDone(to);
    if (isDone && !wasDone)
        next.resolvedAt = QDateTime::currentDateTimeUtc();
    else if (!isDone)
        next.resolvedAt = QDateTime();
    return std::nullopt;
}

std::optional<ApiResponse> TicketUpdating::checkReferences(const protocol::TicketPatch &patch)
{
    if (patch.queueId && *patch.queueId != 0) {
        auto queue = storage::QueueRepository(m_ctx.db).get(*patch.queueId);
        if (!queue && queue.error().kind == Kind::NotFound)
            return ApiResponse::error(422, QStringLiteral("invalid_value"),
                                      tr("Queue %1 does not exist.").arg(*patch.queueId),
                                      QStringLiteral("queue_id"));
        if (!queue)
            return ApiResponse::storageError(queue.error());
    }
    if (patch.assigneeId && *patch.assigneeId != 0) {
        auto user = storage::UserRepository(m_ctx.db).get(*patch.assigneeId);
        if (!user && user.error().kind != Kind::NotFound)
            return ApiResponse::storageError(user.error());
        if (!user || !user->active || user->role == core::UserRole::Customer)
            return ApiResponse::error(422, QStringLiteral("invalid_value"),
                                      tr("Tickets can be assigned only to active agents, "
                                         "supervisors or administrators."),
                                      QStringLiteral("assignee_id"));
    }
    return std::nullopt;
}

ApiResponse TicketUpdating::conflict(const core::Ticket &stored)
{
    auto json = TicketPresenter(m_ctx).full(stored);
    if (!json)
        return ApiResponse::storageError(json.error());
    protocol::ApiError error;
    error.httpStatus = 409;
    error.code = QStringLiteral("version_conflict");
    error.message = tr("Someone changed this ticket meanwhile (it is now version %1); merge "
                       "your changes into the current ticket and try again.")
                        .arg(stored.version);
    QJsonObject body = error.toJson();
    body.insert(QStringLiteral("current"), json.value());
    return ApiResponse::json(body, 409).withHeader("ETag",
                                                   '"' + QByteArray::number(stored.version) + '"');
}

ApiResponse TicketUpdating::apply(const core::Ticket &current, const protocol::TicketPatch &patch,
                                  int expectedVersion)
{
    if (expectedVersion != current.version)
        return conflict(current);
    core::Ticket next = current;
    patch.applyTo(next);
    if (auto refused = checkWorkflow(current, next, patch))
        return *refused;
    if (auto refused = checkReferences(patch))
        return *refused;
    storage::Transaction tx(m_ctx.db);
    if (!tx)
        return ApiResponse::storageError(tx.error());
    auto updated =
        storage::TicketRepository(m_ctx.db).update(next, expectedVersion, m_ctx.userId());
    if (!updated)
        return ApiResponse::storageError(updated.error());
    if (updated->outcome == storage::TicketUpdate::Outcome::Conflict)
        return conflict(updated->ticket);
    // Nothing was written (and the repository's own rollback doomed this transaction).
    if (updated->outcome == storage::TicketUpdate::Outcome::Unchanged)
        return TicketRoutes::present(m_ctx, updated->ticket, 200);
    core::Ticket stored = updated->ticket;
    if (movesSla(current, stored)) {
        auto sla = SlaEngine(m_ctx.db).recompute(stored, QDateTime::currentDateTimeUtc());
        if (!sla)
            return ApiResponse::storageError(sla.error());
        stored = sla->ticket;
    }
    if (const auto committed = tx.commit(); !committed)
        return ApiResponse::storageError(committed.error());
    return TicketRoutes::present(m_ctx, stored, 200);
}

} // namespace sd::server
