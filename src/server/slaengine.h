#pragma once

#include "core/slaevaluator.h"
#include "core/ticket.h"
#include "storage/result.h"

#include <QHash>
#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::server {

// Keeps a ticket's SLA targets (sla_targets), its pause history (sla_pauses) and its due
// columns in step with the ticket, inside the transaction of the change that moves them:
// creation on every channel, field changes, messages, merges and splits, demo data. The one
// place where the server turns stored facts into core::SlaEvaluator's input, so every path
// computes the same targets.
//
// The policy is that of the ticket's contract level (storage::SlaLookup), counted on the
// policy's calendar (SlaClocks). Status changes open and end stops: a pausing status of the
// policy, resolved and closed each stop the clocks, with the status as the reason.
class SlaEngine final
{
    Q_DISABLE_COPY_MOVE(SlaEngine)

public:
    // Whether the change feed still has to hear of the ticket when its targets change (a
    // message alone announces the message, not the ticket).
    enum class Feed {
        Announce,
        AlreadyAnnounced,
    };

    struct Outcome
    {
        core::Ticket ticket; // with first_response_due and resolution_due as stored
        QList<core::SlaTarget> targets;
    };

    // Warnings at `warnShare` of each target; by default at the share stored for every server
    // of the database (storage::ServerSettings), read with the policy (storage::SlaLookup).
    explicit SlaEngine(storage::Database &db, std::optional<double> warnShare = std::nullopt);

    // After a change to a stored ticket: `ticket` is its state after the change.
    storage::Result<Outcome> recompute(const core::Ticket &ticket, const QDateTime &now,
                                       Feed feed = Feed::AlreadyAnnounced);
    // A ticket just stored with its first messages (mail intake, split, follow-up): nothing to
    // read but the policy. Every creation path goes through start() or plan() + storeNew().
    storage::Result<Outcome> start(const core::Ticket &ticket,
                                   const QList<core::SlaExchange> &exchanges, const QDateTime &now);
    // A ticket about to be stored whose history is known (API intake, demo data): sets the
    // due fields of `ticket` before it is written, so its row is written once, and returns its
    // targets for storeNew() once it has an id. Policies are looked up once per engine.
    storage::Result<QList<core::SlaTarget>> plan(core::Ticket &ticket, const core::SlaFacts &facts,
                                                 const QDateTime &now);
    storage::Result<void> storeNew(qint64 ticketId, const QList<core::SlaTarget> &targets,
                                   const QList<core::SlaStop> &stops);

    // The stop a status means under `policy` (its pausing statuses; without a policy the
    // workflow's default ones): the status's name, or empty when the clocks run.
    static QString stopReason(core::TicketStatus status, const core::SlaPolicy *policy);
    // The ticket's facts apart from stops and exchanges.
    static core::SlaFacts factsOf(const core::Ticket &ticket);

private:
    // Looked up once per engine and ticket class (contract, organisation, category, priority).
    storage::Result<std::optional<core::SlaEvaluator>> evaluatorFor(const core::Ticket &ticket);
    storage::Result<QList<core::SlaStop>>
    settleStops(const core::Ticket &ticket, const core::SlaPolicy *policy, const QDateTime &now);
    storage::Result<void> store(const Outcome &outcome, const QList<core::SlaTarget> &stored,
                                Feed feed);

    storage::Database &m_db;
    const std::optional<double> m_warnShare;
    QHash<QString, std::optional<core::SlaEvaluator>> m_evaluators;
};

} // namespace sd::server
