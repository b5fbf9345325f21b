#include "slaengine.h"

#include "core/ticketworkflow.h"
#include "slaclocks.h"
#include "storage/changefeedrepository.h"
#include "storage/slalookup.h"
#include "storage/slapauserepository.h"
#include "storage/slatargetrepository.h"

#include <QLoggingCategory>
#include <algorithm>

namespace sd::server {

namespace {

Q_LOGGING_CATEGORY(lcSla, "supportdesk.sla")

QDateTime dueOf(const QList<core::SlaTarget> &targets, core::SlaTargetKind kind)
{
    for (const core::SlaTarget &target : targets)
        if (target.kind == kind)
            return target.dueAt;
    return {};
}

void applyDues(core::Ticket &ticket, const QList<core::SlaTarget> &targets)
{
    ticket.firstResponseDue = dueOf(targets, core::SlaTargetKind::FirstResponse);
    ticket.resolutionDue = dueOf(targets, core::SlaTargetKind::Resolution);
}

} // namespace

SlaEngine::SlaEngine(storage::Database &db, std::optional<double> warnShare)
    : m_db(db), m_warnShare(warnShare)
{}

QString SlaEngine::stopReason(core::TicketStatus status, const core::SlaPolicy *policy)
{
    const bool paused =
        policy ? policy->pausingStatuses.contains(status) : core::TicketWorkflow::pausesSla(status);
    if (paused || core::TicketWorkflow::isDone(status))
        return core::toString(status);
    return {};
}

core::SlaFacts SlaEngine::factsOf(const core::Ticket &ticket)
{
    core::SlaFacts facts;
    facts.createdAt = ticket.createdAt;
    facts.priority = ticket.priority;
    facts.status = ticket.status;
    facts.firstResponseAt = ticket.firstResponseAt;
    facts.resolvedAt = ticket.resolvedAt;
    return facts;
}

storage::Result<std::optional<core::SlaEvaluator>>
SlaEngine::evaluatorFor(const core::Ticket &ticket)
{
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(ticket.contractId)
                            .arg(ticket.organisationId)
                            .arg(core::toString(ticket.category), core::toString(ticket.priority));
    if (const auto cached = m_evaluators.constFind(key); cached != m_evaluators.cend())
        return *cached;
    auto rule = storage::SlaLookup(m_db).ruleFor(ticket);
    if (!rule)
        return rule.error();
    std::optional<core::SlaEvaluator> evaluator;
    if (rule->has_value()) {
        const storage::SlaRule &found = *rule.value();
        const auto clock = SlaClocks::forDefinition(found.calendarJson);
        // An admin's broken calendar must not stop tickets from being taken in.
        if (!clock)
            qCWarning(lcSla) << "the calendar of SLA policy" << found.policy.id
                             << "cannot be read; tickets under it get no targets";
        else
            evaluator.emplace(*clock, found.policy, m_warnShare.value_or(found.warningShare));
    }
    m_evaluators.insert(key, evaluator);
    return evaluator;
}

storage::Result<QList<core::SlaStop>> SlaEngine::settleStops(const core::Ticket &ticket,
                                                             const core::SlaPolicy *policy,
                                                             const QDateTime &now)
{
    storage::SlaPauseRepository pauses(m_db);
    auto stops = pauses.forTicket(ticket.id);
    if (!stops)
        return stops;
    const QString wanted = stopReason(ticket.status, policy);
    auto open = std::find_if(stops->begin(), stops->end(),
                             [](const core::SlaStop &stop) { return !stop.to.isValid(); });
    if (open != stops->end() && open->reason == wanted)
        return stops;
    if (open != stops->end()) {
        if (const auto ended = pauses.end(ticket.id, now); !ended)
            return ended.error();
        open->to = now;
    }
    if (!wanted.isEmpty()) {
        const core::SlaStop stop{now, QDateTime(), wanted};
        if (const auto added = pauses.add(ticket.id, stop); !added)
            return added.error();
        stops->append(stop);
    }
    return stops;
}

storage::Result<SlaEngine::Outcome> SlaEngine::recompute(const core::Ticket &ticket,
                                                         const QDateTime &now, Feed feed)
{
    auto found = evaluatorFor(ticket);
    if (!found)
        return found.error();
    const std::optional<core::SlaEvaluator> &evaluator = found.value();
    const core::SlaPolicy *policy = evaluator ? &evaluator->policy() : nullptr;
    auto stops = settleStops(ticket, policy, now);
    if (!stops)
        return stops.error();
    auto exchanges = storage::SlaLookup(m_db).exchanges(ticket.id);
    if (!exchanges)
        return exchanges.error();
    auto stored = storage::SlaTargetRepository(m_db).forTicket(ticket.id);
    if (!stored)
        return stored.error();
    core::SlaFacts facts = factsOf(ticket);
    facts.stops = std::move(stops).value();
    facts.exchanges = std::move(exchanges).value();
    Outcome outcome{ticket, {}};
    if (evaluator)
        outcome.targets = evaluator->evaluate(facts, now);
    applyDues(outcome.ticket, outcome.targets);
    if (const auto written = store(outcome, stored.value(), feed); !written)
        return written.error();
    return outcome;
}

storage::Result<void> SlaEngine::store(const Outcome &outcome, const QList<core::SlaTarget> &stored,
                                       Feed feed)
{
    const qint64 id = outcome.ticket.id;
    if (const auto replaced =
            storage::SlaTargetRepository(m_db).replace(id, outcome.targets, stored);
        !replaced)
        return replaced;
    if (feed == Feed::AlreadyAnnounced || outcome.targets == stored)
        return {};
    return storage::ChangeFeedRepository(m_db).append(
        storage::EntityType::Ticket, id, storage::ChangeOperation::Update,
        outcome.ticket.organisationId, outcome.ticket.queueId);
}

storage::Result<SlaEngine::Outcome> SlaEngine::start(const core::Ticket &ticket,
                                                     const QList<core::SlaExchange> &exchanges,
                                                     const QDateTime &now)
{
    auto found = evaluatorFor(ticket);
    if (!found)
        return found.error();
    const std::optional<core::SlaEvaluator> &evaluator = found.value();
    core::SlaFacts facts = factsOf(ticket);
    facts.exchanges = exchanges;
    const QString reason = stopReason(ticket.status, evaluator ? &evaluator->policy() : nullptr);
    if (!reason.isEmpty()) {
        const core::SlaStop stop{ticket.createdAt, QDateTime(), reason};
        if (const auto added = storage::SlaPauseRepository(m_db).add(ticket.id, stop); !added)
            return added.error();
        facts.stops.append(stop);
    }
    Outcome outcome{ticket, {}};
    if (evaluator)
        outcome.targets = evaluator->evaluate(facts, now);
    applyDues(outcome.ticket, outcome.targets);
    if (const auto stored = store(outcome, {}, Feed::AlreadyAnnounced); !stored)
        return stored.error();
    return outcome;
}

storage::Result<QList<core::SlaTarget>>
SlaEngine::plan(core::Ticket &ticket, const core::SlaFacts &facts, const QDateTime &now)
{
    auto found = evaluatorFor(ticket);
    if (!found)
        return found.error();
    const std::optional<core::SlaEvaluator> &evaluator = found.value();
    QList<core::SlaTarget> targets;
    if (evaluator)
        targets = evaluator->evaluate(facts, now);
    applyDues(ticket, targets);
    return targets;
}

storage::Result<void> SlaEngine::storeNew(qint64 ticketId, const QList<core::SlaTarget> &targets,
                                          const QList<core::SlaStop> &stops)
{
    storage::SlaPauseRepository pauses(m_db);
    for (const core::SlaStop &stop : stops)
        if (const auto added = pauses.add(ticketId, stop); !added)
            return added;
    return storage::SlaTargetRepository(m_db).insert(ticketId, targets);
}

} // namespace sd::server
