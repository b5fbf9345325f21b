#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sd::storage {

class Database;

struct Rating
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 userId = 0;
    int score = 0; // 1..5
    QString comment;
    QDateTime createdAt;
};

// Customer satisfaction (seed 000: after resolution the customer rates the work and
// comments). One rating per ticket; rating again replaces it, so a customer can correct a
// hasty score. Each write records an audit event and a change-feed item.
class RatingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RatingRepository)
    Q_DISABLE_COPY_MOVE(RatingRepository)

public:
    explicit RatingRepository(Database &db);

    // `organisationId`/`queueId` go to the change feed for its permission filter.
    Result<Rating> rate(const Rating &rating, qint64 organisationId, qint64 queueId);
    Result<std::optional<Rating>> forTicket(qint64 ticketId);

private:
    Database &m_db;
};

} // namespace sd::storage
