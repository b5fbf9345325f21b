#include "duplicatefinder.h"

#include "database.h"
#include "statement.h"
#include "textstemmer.h"
#include "ticketlistquery.h"
#include "ticketrow.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace sd::storage {

namespace {

struct Scored
{
    qint64 id = 0;
    double score = 0;
};

} // namespace

DuplicateFinder::DuplicateFinder(Database &db) : m_db(db) {}

QStringList DuplicateFinder::subjectStems(const QString &subject)
{
    // One stemmer per thread: libstemmer keeps state, and opening one per call costs more
    // than the comparison.
    thread_local TextStemmer stemmer;
    QStringList distinct;
    for (const QString &stem : stemmer.stems(subject)) {
        if (stem.size() >= 2 && !distinct.contains(stem))
            distinct.append(stem);
    }
    return distinct;
}

double DuplicateFinder::similarity(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const QSet<QString> left(a.cbegin(), a.cend());
    const QSet<QString> right(b.cbegin(), b.cend());
    const qsizetype shared = std::count_if(
        left.cbegin(), left.cend(), [&](const QString &stem) { return right.contains(stem); });
    return 2.0 * double(shared) / double(left.size() + right.size());
}

Result<QList<core::Ticket>> DuplicateFinder::find(const Query &query)
{
    const QStringList wanted = subjectStems(query.subject);
    if (wanted.isEmpty() || (query.requesterId == 0 && query.requesterEmail.isEmpty()))
        return QList<core::Ticket>();
    const QString who = query.requesterId != 0
                            ? QStringLiteral("requester_id = ?")
                            : QStringLiteral("requester_id IS NULL AND lower(requester_email) = ?");
    Statement candidates(m_db, u"SELECT id, subject FROM tickets WHERE " + who +
                                   u" AND created_at >= ? AND merged_into_id IS NULL AND id <> ? "
                                   u"ORDER BY id DESC LIMIT ?");
    if (query.requesterId != 0)
        candidates.bind(query.requesterId);
    else
        candidates.bind(query.requesterEmail.toLower());
    candidates.bindTime(query.since).bind(query.excludeId).bind(CandidateLimit);
    if (!candidates.exec())
        return candidates.error();
    QList<Scored> similar;
    while (candidates.next()) {
        const double score = similarity(wanted, subjectStems(candidates.text(1)));
        if (score >= Threshold)
            similar.append({candidates.id(0), score});
    }
    // Stable: candidates arrive newest first, so equals stay newest first.
    std::stable_sort(similar.begin(), similar.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    if (similar.size() > query.limit)
        similar.resize(query.limit);
    if (similar.isEmpty())
        return QList<core::Ticket>();
    QList<qint64> ids;
    for (const Scored &hit : std::as_const(similar))
        ids.append(hit.id);
    const SqlFragment rows = TicketListQuery::byIds(ids);
    Statement select(m_db, rows.sql);
    for (const QVariant &value : rows.values)
        select.bind(value);
    if (!select.exec())
        return select.error();
    QHash<qint64, core::Ticket> byId;
    while (select.next()) {
        core::Ticket ticket = TicketRow::read(select);
        byId.insert(ticket.id, ticket);
    }
    QList<core::Ticket> found;
    for (const qint64 id : std::as_const(ids))
        if (const auto it = byId.constFind(id); it != byId.cend())
            found.append(*it);
    return found;
}

} // namespace sd::storage
