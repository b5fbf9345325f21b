#include "ticketstore.h"

#include "textfold.h"

#include <algorithm>

namespace sd::client {

namespace {

template <typename T> void grow(std::vector<T> &column, std::size_t size, T value = T())
{
    column.resize(size, value);
}

} // namespace

void TicketStore::reserve(std::size_t rows)
{
    m_id.reserve(rows);
    m_rowById.reserve(qsizetype(rows));
    m_numbers.reserve(rows, qsizetype(rows) * 16);
    m_subjects.reserve(rows, qsizetype(rows) * 48);
    m_search.reserve(rows, qsizetype(rows) * 64);
    m_subjectRank.reserve(rows);
    for (auto *column : {&m_requester, &m_organisation, &m_queue, &m_assignee})
        column->reserve(rows);
    for (auto *column : {&m_queueId, &m_assigneeId, &m_createdAt, &m_updatedAt, &m_firstResponseAt,
                         &m_firstResponseDue, &m_resolutionDue, &m_resolvedAt})
        column->reserve(rows);
    for (auto *column : {&m_status, &m_priority, &m_category})
        column->reserve(rows);
}

std::optional<TicketStore::Row> TicketStore::rowOf(qint64 id) const
{
    const auto found = m_rowById.constFind(id);
    if (found == m_rowById.cend())
        return std::nullopt;
    return found.value();
}

TicketStore::Row TicketStore::upsert(const TicketRowInput &ticket)
{
    m_scratch.clear();
    TextFold::appendFolded(m_scratch, ticket.number);
    m_scratch.append(' ');
    TextFold::appendFolded(m_scratch, ticket.subject);
    if (const auto known = rowOf(ticket.id)) {
        const Row row = *known;
        // Where foldedSubject() will find the new subject in the new search text.
        const QByteArrayView subject =
            QByteArrayView(m_scratch).sliced(std::min(m_scratch.size(), ticket.number.size() + 1));
        const bool subjectChanged = foldedSubject(row) != subject;
        if (subjectChanged)
            m_subjectRank.subjectChanging(row, foldedSubject(row));
        m_numbers.replace(row, ticket.number);
        m_subjects.replace(row, ticket.subject);
        m_search.replace(row, m_scratch);
        if (subjectChanged)
            m_subjectRank.assign(*this, row, foldedSubject(row));
        if (!m_alive[row]) {
            m_alive[row] = true;
            ++m_live;
        }
        write(row, ticket);
        return row;
    }
    const Row row = Row(m_id.size());
    m_id.push_back(ticket.id);
    m_rowById.insert(ticket.id, row);
    m_numbers.append(ticket.number);
    m_subjects.append(ticket.subject);
    m_search.append(m_scratch);
    const std::size_t size = m_id.size();
    for (auto *column : {&m_requester, &m_organisation, &m_queue, &m_assignee})
        grow(*column, size);
    for (auto *column : {&m_queueId, &m_assigneeId, &m_createdAt, &m_updatedAt, &m_firstResponseAt,
                         &m_firstResponseDue, &m_resolutionDue, &m_resolvedAt})
        grow(*column, size);
    for (auto *column : {&m_status, &m_priority, &m_category})
        grow(*column, size);
    for (auto *column : {&m_pending, &m_unread, &m_alive})
        column->resize(size);
    m_alive[row] = true;
    ++m_live;
    m_subjectRank.assign(*this, row, foldedSubject(row));
    write(row, ticket);
    return row;
}

void TicketStore::write(Row row, const TicketRowInput &ticket)
{
    // Requesters have no id in the replica's columns; name and address together identify one.
    m_key.clear();
    m_key.append(ticket.requesterName).append('\x1f').append(ticket.requesterEmail);
    m_requester[row] = ticket.requesterName.isEmpty() && ticket.requesterEmail.isEmpty()
                           ? NameTable::None
                           : m_requesters.intern(m_key, ticket.requesterName);
    m_organisation[row] =
        ticket.organisationId == 0
            ? NameTable::None
            : m_organisations.internId(ticket.organisationId, ticket.organisationName);
    m_queue[row] =
        ticket.queueId == 0 ? NameTable::None : m_queues.internId(ticket.queueId, ticket.queueName);
    m_assignee[row] = ticket.assigneeId == 0
                          ? NameTable::None
                          : m_agents.internId(ticket.assigneeId, ticket.assigneeName);
    m_queueId[row] = ticket.queueId;
    m_assigneeId[row] = ticket.assigneeId;
    m_status[row] = std::uint8_t(ticket.status);
    m_priority[row] = std::uint8_t(ticket.priority);
    m_category[row] = std::uint8_t(ticket.category);
    m_createdAt[row] = ticket.createdAt;
    m_updatedAt[row] = ticket.updatedAt;
    m_firstResponseAt[row] = ticket.firstResponseAt;
    m_firstResponseDue[row] = ticket.firstResponseDue;
    m_resolutionDue[row] = ticket.resolutionDue;
    m_resolvedAt[row] = ticket.resolvedAt;
    m_pending[row] = ticket.pending;
    m_unread[row] = ticket.unread;
}

void TicketStore::remove(qint64 id)
{
    if (const auto row = rowOf(id); row && m_alive[*row]) {
        m_alive[*row] = false;
        --m_live;
    }
}

QByteArrayView TicketStore::foldedSubject(Row row) const
{
    const QByteArrayView text = m_search.view(row);
    return text.sliced(std::min(text.size(), m_numbers.length(row) + 1));
}

void TicketStore::compactSearchText()
{
    if (!m_search.inIndexOrder())
        m_search.compact();
    m_numbers.compactIfWasteful();
    m_subjects.compactIfWasteful();
}

} // namespace sd::client
