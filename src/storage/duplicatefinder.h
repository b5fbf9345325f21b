#pragma once

#include "result.h"

#include "core/ticket.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::storage {

class Database;

// Earlier tickets of the same requester whose subject says much the same as a new one:
// the "possible duplicates" shown when a ticket is filed. Looks only at the requester's
// newest tickets inside the window (an index range, however large the table), compares
// stemmed subject words in memory, and never needs every word to match the way search does
// ("Зависает печать накладных" and "Печать накладных зависает при экспорте" are neighbours).
class DuplicateFinder final
{
    Q_DISABLE_COPY_MOVE(DuplicateFinder)

public:
    struct Query
    {
        qint64 requesterId = 0;
        QString requesterEmail; // used when requesterId is 0 (mail from an unknown address)
        QString subject;
        QDateTime since;
        qint64 excludeId = 0;
        int limit = 5;
    };

    // How many of the requester's newest tickets in the window are compared.
    static constexpr int CandidateLimit = 200;
    // Dice coefficient of the stem sets at which two subjects count as similar.
    static constexpr double Threshold = 0.5;

    explicit DuplicateFinder(Database &db);

    // Unmerged tickets, most similar first (newer first among equals), at most query.limit.
    Result<QList<core::Ticket>> find(const Query &query);

    // Distinct stems of the words of `subject` that carry meaning (two characters or more).
    static QStringList subjectStems(const QString &subject);
    // 2|A∩B| / (|A|+|B|) over the two stem lists; 0 when either is empty.
    static double similarity(const QStringList &a, const QStringList &b);

private:
    Database &m_db;
};

} // namespace sd::storage
