#pragma once

#include "result.h"
#include "slaevent.h"

#include <QList>

namespace sd::storage {

class Database;

// The SLA scheduler's view of sla_targets and its record of what it fired (sla_events).
// record() is the election: of all processes trying to fire the same event, exactly one gets
// `true`, and it must escalate inside the same transaction.
class SlaEventRepository final
{
    Q_DISABLE_COPY_MOVE(SlaEventRepository)

public:
    explicit SlaEventRepository(Database &db);

    // Targets whose warning (warn_at <= now, due still ahead) or breach (running past the
    // due, or marked breached by the SLA engine) has not been fired, oldest first, at most
    // `limit`. Read through the partial indexes on running and breached targets.
    Result<QList<SlaDue>> pending(SlaEventKind kind, const QDateTime &now, int limit);
    // True when this call inserted the event; false when it was fired already (or is being
    // fired by a transaction that then commits).
    Result<bool> record(const SlaDue &due, SlaEventKind kind, const QDateTime &firedAt);
    // record() for many targets in one statement: the ones this call inserted, in order.
    Result<QList<SlaDue>> recordAll(const QList<SlaDue> &dues, SlaEventKind kind,
                                    const QDateTime &firedAt);
    // The scheduler's half of a breach: a running target past its due becomes breached.
    Result<void> markBreached(qint64 ticketId, core::SlaTargetKind target);
    Result<void> markBreached(const QList<SlaDue> &dues);
    // Internal notes by the system (what the scheduler tells supervisors), one per ticket
    // and text, in two statements; each is touched and fed as MessageRepository::append does.
    Result<void> addNotes(const QList<std::pair<SlaDue, QString>> &notes, const QString &author,
                          const QDateTime &at);
    // For targets computed after the fact (tickets older than the SLA engine): the warnings
    // and breaches that `ticketIds`' targets already passed at `now` are recorded as fired
    // without escalating, and running targets past their due are marked breached, so the
    // scheduler does not flood supervisors with history. Returns how many events it recorded.
    Result<int> settleHistory(const QList<qint64> &ticketIds, const QDateTime &now);
    Result<QList<SlaEvent>> forTicket(qint64 ticketId);
    Result<qint64> count();

private:
    Database &m_db;
};

} // namespace sd::storage
