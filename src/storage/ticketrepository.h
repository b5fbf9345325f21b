#pragma once

#include "core/ticket.h"
#include "core/ticketlink.h"
#include "core/ticketnumber.h"
#include "result.h"
#include "ticketchanges.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace sd::storage {

class Database;

struct TicketFilter
{
    QList<core::TicketStatus> statuses; // empty: any
    std::optional<qint64> queueId;      // 0: tickets without a queue
    std::optional<qint64> assigneeId;   // 0: unassigned tickets
    qint64 organisationId = 0;          // 0: any
    qint64 requesterId = 0;             // 0: any
    QString text;                       // full-text: every word in subject/description/messages
    bool includeInternal = true;        // false: internal notes do not count for `text`
    // Agents' visibility: when set, only tickets in these queues, without a queue, or
    // assigned to `scopeAssigneeId` are listed.
    std::optional<QList<qint64>> scopeQueueIds;
    qint64 scopeAssigneeId = 0;
    // Valid: only tickets whose running SLA clock is due by then (or overdue): unanswered
    // new/open/in-development tickets by their first-response deadline, the same statuses by
    // their resolution deadline. The "Breaching soon" view.
    QDateTime slaDueBefore;
    // Newest: newest first, `after` is the id of the previous page's last ticket. Next: the
    // "next ticket" order (seed 004): current paying customers before everyone else, then the
    // nearest running SLA due first (none last), then the oldest; `after` counts the tickets
    // of the earlier pages. Not with `text`.
    enum class Order { Newest, Next };
    Order order = Order::Newest;
    qint64 after = 0; // cursor: the previous page's nextAfter
    int limit = 50;   // 1..500
};

struct TicketPage
{
    QList<core::Ticket> items; // newest first
    qint64 nextAfter = 0;      // pass as TicketFilter::after for the next page; 0: last page
};

// How many tickets a filter selects, counted up to a cap so that a view over a million
// tickets costs no more than the cap: "10,000+" is what an agent needs to read there.
struct TicketCount
{
    qint64 count = 0;
    bool capped = false; // more than `count` match
};

struct TicketUpdate
{
    enum class Outcome {
        Updated,   // written; `ticket` is the new state
        Unchanged, // nothing differed; `ticket` is the current state, version not bumped
        Conflict,  // the expected version was stale; `ticket` is the current state
    };
    Outcome outcome = Outcome::Updated;
    core::Ticket ticket;
    QList<TicketChanges::Field> changes;
};

struct TicketMerge
{
    core::Ticket merged; // closed as a duplicate, merged_into set
    core::Ticket target;
    int movedMessages = 0;
};

// Tickets: numbering, reads, filtered lists with keyset pagination, optimistic-concurrency
// updates with a field-by-field audit trail, merges and links. Every write records audit
// events and change-feed items in its own transaction (or the caller's, when one is open).
class TicketRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TicketRepository)
    Q_DISABLE_COPY_MOVE(TicketRepository)

public:
    // Numbers are PREFIX-YYYY-NNNNNN (core::TicketNumber); the year is that of the creation
    // time in `numberZone` (invalid: the system's zone), the sequence restarts each year.
    explicit TicketRepository(
        Database &db, const QString &numberPrefix = core::TicketNumber::DefaultPrefix.toString(),
        const QTimeZone &numberZone = QTimeZone());

    // Stores a new ticket: assigns id and number, version 1, created/updated now unless
    // createdAt is set (imports, demo data). Other fields are taken as given.
    // `reservedNumber` (from reserveNumber()) is used instead of taking the next number.
    Result<core::Ticket> create(const core::Ticket &ticket, qint64 actorId,
                                const QString &reservedNumber = {});
    // Takes the next number for a ticket created at `createdAt` in a statement of its own,
    // so the year's counter row is locked only for that moment, not for the whole creation:
    // with the counter held to the end, concurrent creations ran one at a time
    // (bench-api-load). A number reserved for a creation that then fails is skipped; numbers
    // stay unique, gaps are allowed. Inside a caller's transaction it joins it, as create().
    Result<QString> reserveNumber(const QDateTime &createdAt);
    Result<core::Ticket> get(qint64 id);
    // Several tickets by id, newest first; unknown ids are left out.
    Result<QList<core::Ticket>> byIds(const QList<qint64> &ids);
    // Accepts the number as people type it (any case, without zero padding).
    Result<core::Ticket> getByNumber(const QString &number);
    Result<TicketPage> list(const TicketFilter &filter);
    // Counts what list() would page through (the cursor and limit aside), up to `cap`.
    Result<TicketCount> count(const TicketFilter &filter, int cap = DefaultCountCap);
    static constexpr int DefaultCountCap = 10000;

    // Writes every updatable field of `ticket` (see TicketChanges) if the stored version is
    // still `expectedVersion`; bumps the version and records one audit event per change.
    Result<TicketUpdate> update(const core::Ticket &ticket, int expectedVersion, qint64 actorId);
    // Sets first_response_at once; later calls leave it alone and return the ticket.
    Result<core::Ticket> recordFirstResponse(qint64 ticketId, const QDateTime &at, qint64 actorId);
    // Moves the messages of `sourceId` to `targetId`; the source is closed as a duplicate with
    // merged_into set and linked to the target.
    Result<TicketMerge> merge(qint64 sourceId, qint64 targetId, qint64 actorId);

    Result<core::TicketLink> link(qint64 fromId, qint64 toId, core::TicketLinkKind kind,
                                  qint64 actorId);
    Result<void> unlink(qint64 linkId, qint64 actorId);
    // Links in which the ticket is on either side.
    Result<QList<core::TicketLink>> links(qint64 ticketId);
    // Links of several tickets at once, by ticket (a link between two of them is listed for
    // both).
    Result<QHash<qint64, QList<core::TicketLink>>> linksFor(const QList<qint64> &ticketIds);

private:
    Result<core::Ticket> fetch(qint64 id, bool lock);
    enum class Counter { InTransaction, Standalone };
    Result<QString> nextNumber(const QDateTime &createdAt, Counter mode);
    Result<void> writeUpdate(const core::Ticket &ticket, int expectedVersion, const QDateTime &now);
    Result<void> audit(const core::Ticket &ticket, qint64 actorId, const QString &action,
                       const QList<TicketChanges::Field> &changes);
    Result<void> feed(const core::Ticket &ticket, bool created);
    Result<int> moveMessages(const core::Ticket &source, const core::Ticket &target);
    Result<void> closeAsDuplicate(const core::Ticket &source, const core::Ticket &target,
                                  qint64 actorId);
    Result<core::TicketLink> insertLink(qint64 fromId, qint64 toId, core::TicketLinkKind kind,
                                        qint64 actorId, bool ignoreExisting);
    StorageError notFound(qint64 id) const;

    Database &m_db;
    QString m_numberPrefix;
    QTimeZone m_numberZone;
};

} // namespace sd::storage
