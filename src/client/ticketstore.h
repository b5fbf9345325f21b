#pragma once

#include "nametable.h"
#include "stringarena.h"
#include "subjectrank.h"
#include "ticketrowinput.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace sd::client {

// Every ticket of the replica in columns, for a table that sorts and filters a million rows
// while the agent types: times and enums in plain vectors, names interned (NameTable), number
// and subject in one arena for display and one folded arena for the typed filter. Rows keep
// their index for the store's life; a ticket that leaves the replica becomes a dead row.
class TicketStore final
{
public:
    using Row = std::uint32_t;

    void reserve(std::size_t rows);
    // Adds the ticket or overwrites its row; returns the row.
    Row upsert(const TicketRowInput &ticket);
    // The ticket left the replica; its row stays dead until the store is rebuilt.
    void remove(qint64 id);
    void setUnread(Row row, bool unread) { m_unread[row] = unread; }

    std::size_t rowCount() const { return m_id.size(); }
    std::size_t liveCount() const { return m_live; }
    bool isLive(Row row) const { return m_alive[row]; }
    std::optional<Row> rowOf(qint64 id) const;

    qint64 id(Row row) const { return m_id[row]; }
    QString number(Row row) const { return m_numbers.string(row); }
    QString subject(Row row) const { return m_subjects.string(row); }
    NameTable::Index requester(Row row) const { return m_requester[row]; }
    NameTable::Index organisation(Row row) const { return m_organisation[row]; }
    NameTable::Index queue(Row row) const { return m_queue[row]; }
    NameTable::Index assignee(Row row) const { return m_assignee[row]; }
    qint64 queueId(Row row) const { return m_queueId[row]; }
    qint64 assigneeId(Row row) const { return m_assigneeId[row]; }
    core::TicketStatus status(Row row) const { return core::TicketStatus(m_status[row]); }
    core::Priority priority(Row row) const { return core::Priority(m_priority[row]); }
    core::Category category(Row row) const { return core::Category(m_category[row]); }
    qint64 createdAt(Row row) const { return m_createdAt[row]; }
    qint64 updatedAt(Row row) const { return m_updatedAt[row]; }
    qint64 firstResponseAt(Row row) const { return m_firstResponseAt[row]; }
    qint64 firstResponseDue(Row row) const { return m_firstResponseDue[row]; }
    qint64 resolutionDue(Row row) const { return m_resolutionDue[row]; }
    qint64 resolvedAt(Row row) const { return m_resolvedAt[row]; }
    bool isPending(Row row) const { return m_pending[row]; }
    bool isUnread(Row row) const { return m_unread[row]; }

    const NameTable &requesters() const { return m_requesters; }
    const NameTable &organisations() const { return m_organisations; }
    const NameTable &queues() const { return m_queues; }
    const NameTable &agents() const { return m_agents; }
    // "number subject", folded (TextFold), one string per row in row order.
    const StringArena &searchText() const { return m_search; }
    // The number (ASCII) for sorting by number without building QStrings.
    QByteArrayView numberBytes(Row row) const { return m_numbers.view(row); }
    QByteArrayView foldedSubject(Row row) const;
    // The folded subject's place in byte order (see SubjectRank), for sorting by subject.
    SubjectRank::Rank subjectRank(Row row) const { return m_subjectRank.of(row); }
    // Whether rankSubjects() should run before the next sort by subject.
    bool subjectRanksStale() const { return m_subjectRank.isStale(); }
    // Ranks every row's subject: 0.2-0.4 s at a million rows, so TicketTableModel's loading
    // thread does it once the store is full.
    void rankSubjects() { m_subjectRank.rankAll(*this); }
    // Rewrites the search arena in row order once edits have scattered it (see StringArena).
    void compactSearchText();

private:
    void write(Row row, const TicketRowInput &ticket);

    std::vector<qint64> m_id;
    QHash<qint64, Row> m_rowById;
    std::size_t m_live = 0;
    StringArena m_numbers;
    StringArena m_subjects;
    StringArena m_search;
    SubjectRank m_subjectRank;
    NameTable m_requesters;
    NameTable m_organisations;
    NameTable m_queues;
    NameTable m_agents;
    std::vector<NameTable::Index> m_requester;
    std::vector<NameTable::Index> m_organisation;
    std::vector<NameTable::Index> m_queue;
    std::vector<NameTable::Index> m_assignee;
    std::vector<qint64> m_queueId;
    std::vector<qint64> m_assigneeId;
    std::vector<std::uint8_t> m_status;
    std::vector<std::uint8_t> m_priority;
    std::vector<std::uint8_t> m_category;
    std::vector<qint64> m_createdAt;
    std::vector<qint64> m_updatedAt;
    std::vector<qint64> m_firstResponseAt;
    std::vector<qint64> m_firstResponseDue;
    std::vector<qint64> m_resolutionDue;
    std::vector<qint64> m_resolvedAt;
    std::vector<bool> m_pending;
    std::vector<bool> m_unread;
    std::vector<bool> m_alive;
    QByteArray m_scratch;
    QByteArray m_key;
};

} // namespace sd::client
