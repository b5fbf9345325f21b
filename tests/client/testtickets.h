#pragma once

// Tickets for TicketSelection's tests (testticketselection.cpp) and the rules they are checked
// against, written plainly.
#include "client/subjectrank.h"
#include "client/ticketstore.h"
#include "core/ticketworkflow.h"

#include <QCollator>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>
#include <vector>

namespace sd::testtickets {

using namespace Qt::StringLiterals;
using client::SubjectRank;
using client::TicketColumn;
using client::TicketRowInput;
using client::TicketStore;
using core::TicketStatus;

inline constexpr qint64 Now = 1'790'000'000;
inline constexpr qint64 Me = 7;

// Owns the texts a TicketRowInput points at.
struct Ticket
{
    qint64 id = 0;
    QByteArray number, subject, requester, email, organisation, queue, assignee;
    qint64 organisationId = 0, queueId = 0, assigneeId = 0;
    TicketStatus status = TicketStatus::Open;
    sd::core::Priority priority = sd::core::Priority::Normal;
    sd::core::Category category = sd::core::Category::Question;
    qint64 created = 0, updated = 0, responded = 0, responseDue = 0, resolutionDue = 0,
           resolved = 0;

    TicketRowInput input() const
    {
        TicketRowInput t;
        t.id = id;
        t.number = number;
        t.subject = subject;
        t.requesterName = requester;
        t.requesterEmail = email;
        t.organisationId = organisationId;
        t.organisationName = organisation;
        t.queueId = queueId;
        t.queueName = queue;
        t.assigneeId = assigneeId;
        t.assigneeName = assignee;
        t.status = status;
        t.priority = priority;
        t.category = category;
        t.createdAt = created;
        t.updatedAt = updated;
        t.firstResponseAt = responded;
        t.firstResponseDue = responseDue;
        t.resolutionDue = resolutionDue;
        t.resolvedAt = resolved;
        return t;
    }
};

inline const QList<QByteArray> Words = {"Invoice", "printing",   "hangs",  "Счёт",
                                        "не",      "печатается", "ОШИБКА", "License",
                                        "server",  "обновление", "crash",  "отчёт"};
inline const QList<QByteArray> People = {"Anna Petrova", "Иван Сидоров", "John Smith",
                                         "Ольга Ёлкина"};
inline const QList<QByteArray> Orgs = {"Romashka LLC", "ООО Ромашка", "Acme"};

inline Ticket randomTicket(qint64 id, QRandomGenerator &random)
{
    Ticket t;
    t.id = id;
    t.number = "SD-2026-" + QByteArray::number(id).rightJustified(6, '0');
    for (int i = 0, n = 1 + random.bounded(4); i < n; ++i)
        t.subject += (i ? " " : "") + Words[random.bounded(Words.size())];
    const int person = random.bounded(People.size());
    t.requester = People[person];
    t.email = "user" + QByteArray::number(person) + "@example.org";
    t.organisationId = random.bounded(Orgs.size() + 1);
    t.organisation = t.organisationId ? Orgs[t.organisationId - 1] : QByteArray();
    t.queueId = 1 + random.bounded(2);
    t.queue = t.queueId == 1 ? "Support" : "Development";
    t.assigneeId = random.bounded(3) == 0 ? 0 : (random.bounded(2) ? Me : 9);
    t.assignee = t.assigneeId == Me ? "Me Agent" : (t.assigneeId ? "Other Agent" : "");
    t.status = TicketStatus(random.bounded(6));
    t.priority = sd::core::Priority(random.bounded(4));
    t.category = sd::core::Category(random.bounded(4));
    t.created = Now - 3600 * random.bounded(1, 200);
    t.updated = t.created + random.bounded(3600);
    t.responseDue = t.created + 3600 * random.bounded(1, 100);
    if (random.bounded(2))
        t.responded = t.created + 60;
    t.resolutionDue = t.created + 3600 * random.bounded(1, 300);
    if (sd::core::TicketWorkflow::isDone(t.status))
        t.resolved = t.created + 3600 * random.bounded(1, 250);
    return t;
}

inline QString folded(const QByteArray &text)
{
    return QString::fromUtf8(text).toCaseFolded().replace(QChar(0x451), QChar(0x435));
}

// The order of the rules for one column, written plainly (names: empty first, then the
// locale's collation; subjects: folded UTF-8 bytes).
inline int plainCompare(TicketColumn column, const Ticket &a, const Ticket &b,
                        const QHash<qint64, QByteArray> &subjects, const QCollator &collator)
{
    const auto names = [&collator](const QByteArray &x, const QByteArray &y) {
        if (x.isEmpty() != y.isEmpty())
            return x.isEmpty() ? -1 : 1;
        return collator.compare(QString::fromUtf8(x), QString::fromUtf8(y));
    };
    switch (column) {
    case TicketColumn::Number:
        return a.number.compare(b.number);
    case TicketColumn::Subject:
        return subjects[a.id].compare(subjects[b.id]);
    case TicketColumn::Requester:
        return names(a.requester, b.requester);
    case TicketColumn::Organisation:
        return names(a.organisation, b.organisation);
    case TicketColumn::Priority:
        return int(a.priority) - int(b.priority);
    case TicketColumn::Created:
        return a.created < b.created ? -1 : (a.created > b.created ? 1 : 0);
    default:
        qFatal("plainCompare: column %d is not written out here", int(column));
    }
}

// What SubjectRank promises, checked between neighbours in byte order: every row ranked,
// ranks never going down, equal subjects sharing their rank, different subjects sharing one
// only when it is inexact.
inline QString rankViolation(const TicketStore &store)
{
    std::vector<TicketStore::Row> rows(store.rowCount());
    std::iota(rows.begin(), rows.end(), TicketStore::Row(0));
    std::vector<QByteArray> subjects;
    for (const TicketStore::Row row : rows)
        subjects.push_back(store.foldedSubject(row).toByteArray());
    std::sort(rows.begin(), rows.end(), [&subjects](TicketStore::Row a, TicketStore::Row b) {
        return subjects[a] < subjects[b];
    });
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TicketStore::Row b = rows[i];
        const SubjectRank::Rank rb = store.subjectRank(b);
        if (rb == SubjectRank::Unranked)
            return u"row %1 has no rank"_s.arg(b);
        if (i == 0)
            continue;
        const TicketStore::Row a = rows[i - 1];
        const SubjectRank::Rank ra = store.subjectRank(a);
        const bool equal = subjects[a] == subjects[b];
        if (rb < ra || (equal && ra != rb) || (!equal && ra == rb && SubjectRank::isExact(ra)))
            return u"rows %1 (\"%2\", rank %3) and %4 (\"%5\", rank %6)"_s.arg(a)
                .arg(QString::fromUtf8(subjects[a]))
                .arg(ra)
                .arg(b)
                .arg(QString::fromUtf8(subjects[b]))
                .arg(rb);
    }
    return {};
}

} // namespace sd::testtickets
