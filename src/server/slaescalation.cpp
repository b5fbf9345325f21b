#include "slaescalation.h"

#include "slaengine.h"
#include "storage/changefeedrepository.h"
#include "storage/queuerepository.h"
#include "storage/slaeventrepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"

#include <QStringList>

#include <cmath>

namespace sd::server {

namespace {

QString targetName(core::SlaTargetKind kind)
{
    switch (kind) {
    case core::SlaTargetKind::FirstResponse:
        return SlaEscalation::tr("First response");
    case core::SlaTargetKind::NextResponse:
        return SlaEscalation::tr("Next response");
    case core::SlaTargetKind::Resolution:
        return SlaEscalation::tr("Resolution");
    }
    return {};
}

} // namespace

SlaEscalation::SlaEscalation(storage::Database &db, QList<storage::EscalationRule> rules,
                             double warnShare)
    : m_db(db), m_rules(std::move(rules)), m_warnShare(warnShare)
{}

QString SlaEscalation::headline(const storage::SlaDue &due, storage::SlaEventKind kind,
                                const QDateTime &now)
{
    if (kind == storage::SlaEventKind::Breach)
        return tr("%1 target breached.").arg(targetName(due.target));
    const int minutes = int(std::ceil(double(now.msecsTo(due.dueAt)) / 60000.0));
    return tr("%1 due in %n min.", nullptr, std::max(minutes, 0)).arg(targetName(due.target));
}

SlaEscalation::Actions SlaEscalation::actionsFor(const storage::SlaDue &due,
                                                 storage::SlaEventKind kind,
                                                 core::Priority priority) const
{
    Actions actions;
    for (const storage::EscalationRule &rule : m_rules) {
        if (!rule.matches(kind, due.target, priority))
            continue;
        actions.notify = actions.notify || rule.notifySupervisors;
        actions.raisePriority = actions.raisePriority || rule.raisePriority;
        if (rule.moveQueueId != 0)
            actions.moveQueueId = rule.moveQueueId; // the newest rule wins
    }
    return actions;
}

storage::Result<bool> SlaEscalation::fire(const storage::SlaDue &due, storage::SlaEventKind kind,
                                          const QDateTime &now)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    const auto fired = fireAll({due}, kind, now);
    if (!fired)
        return fired.error();
    // Also when another process fired it: a rollback would doom a caller's transaction.
    if (const auto committed = tx.commit(); !committed)
        return committed.error();
    return fired.value() == 1;
}

storage::Result<int> SlaEscalation::fireAll(const QList<storage::SlaDue> &dues,
                                            storage::SlaEventKind kind, const QDateTime &now)
{
    storage::SlaEventRepository events(m_db);
    const auto won = events.recordAll(dues, kind, now);
    if (!won)
        return won.error();
    if (kind == storage::SlaEventKind::Breach) {
        if (const auto marked = events.markBreached(won.value()); !marked)
            return marked.error();
    }
    QList<std::pair<storage::SlaDue, QString>> notes;
    for (const storage::SlaDue &due : won.value()) {
        const Actions actions = actionsFor(due, kind, due.priority);
        auto done = applyChanges(due, actions, now);
        if (!done)
            return done.error();
        // Without a field change the ticket's own feed item still has to say that its SLA
        // state moved (a breach), so replicas and dashboards refresh.
        if (done->isEmpty() && kind == storage::SlaEventKind::Breach) {
            if (const auto fed = storage::ChangeFeedRepository(m_db).append(
                    storage::EntityType::Ticket, due.ticketId, storage::ChangeOperation::Update,
                    due.organisationId, due.queueId);
                !fed)
                return fed.error();
        }
        if (actions.notify)
            notes.append({due, (QStringList{headline(due, kind, now)} + done.value()).join(u' ')});
    }
    if (const auto noted = events.addNotes(notes, tr("SLA scheduler"), now); !noted)
        return noted.error();
    return int(won->size());
}

// Returns a sentence per change made, for the note. Reads the ticket only to change it.
storage::Result<QStringList> SlaEscalation::applyChanges(const storage::SlaDue &due,
                                                         const Actions &actions,
                                                         const QDateTime &now)
{
    const bool raise = actions.raisePriority && due.priority != core::Priority::Critical;
    const bool move = actions.moveQueueId != 0 && actions.moveQueueId != due.queueId;
    if (!raise && !move)
        return QStringList();
    auto ticket = storage::TicketRepository(m_db).get(due.ticketId);
    if (!ticket)
        return ticket.error();
    core::Ticket next = ticket.value();
    QStringList said;
    if (raise && next.priority != core::Priority::Critical) {
        next.priority = core::Priority(int(next.priority) + 1);
        said << tr("Priority raised to %1.").arg(core::toString(next.priority));
    }
    if (move && next.queueId != actions.moveQueueId) {
        auto queue = storage::QueueRepository(m_db).get(actions.moveQueueId);
        if (!queue)
            return queue.error();
        next.queueId = queue->id;
        said << tr("Moved to queue %1.").arg(queue->name);
    }
    if (said.isEmpty())
        return said;
    // A concurrent edit between the read and this update fails the whole transaction; the
    // event is then not recorded and the next pass fires it again.
    auto updated = storage::TicketRepository(m_db).update(next, ticket->version, 0);
    if (!updated)
        return updated.error();
    if (updated->outcome != storage::TicketUpdate::Outcome::Updated)
        return storage::StorageError{
            storage::StorageError::Kind::Conflict,
            tr("Ticket %1 changed while it was escalated.").arg(ticket->number)};
    if (updated->ticket.priority != ticket->priority) {
        if (auto sla = SlaEngine(m_db, m_warnShare).recompute(updated->ticket, now); !sla)
            return sla.error();
    }
    return said;
}

} // namespace sd::server
