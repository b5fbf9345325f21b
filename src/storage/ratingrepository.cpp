#include "ratingrepository.h"

#include "auditrepository.h"
#include "changefeedrepository.h"
#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace sd::storage {

RatingRepository::RatingRepository(Database &db) : m_db(db) {}

Result<std::optional<Rating>> RatingRepository::forTicket(qint64 ticketId)
{
    Statement select(m_db, QStringLiteral("SELECT id, ticket_id, user_id, score, comment, "
                                          "created_at FROM csat_ratings WHERE ticket_id = ?"));
    if (!select.bind(ticketId).exec())
        return select.error();
    if (!select.next())
        return std::optional<Rating>();
    Rating rating;
    rating.id = select.id(0);
    rating.ticketId = select.id(1);
    rating.userId = select.id(2);
    rating.score = int(select.id(3));
    rating.comment = select.text(4);
    rating.createdAt = select.time(5);
    return std::optional<Rating>(rating);
}

Result<Rating> RatingRepository::rate(const Rating &input, qint64 organisationId, qint64 queueId)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto existing = forTicket(input.ticketId);
    if (!existing)
        return existing.error();
    Rating rating = input;
    rating.createdAt = QDateTime::currentDateTimeUtc();
    const bool update = existing.value().has_value();
    if (update) {
        rating.id = existing.value()->id;
        Statement write(m_db, QStringLiteral("UPDATE csat_ratings SET user_id = ?, score = ?, "
                                             "comment = ?, created_at = ? WHERE id = ?"));
        write.bindId(rating.userId).bind(rating.score).bind(rating.comment);
        if (!write.bindTime(rating.createdAt).bind(rating.id).exec())
            return write.error();
    } else {
        Statement write(m_db, QStringLiteral("INSERT INTO csat_ratings (ticket_id, user_id, "
                                             "score, comment, created_at) VALUES (?, ?, ?, ?, ?) "
                                             "RETURNING id"));
        write.bind(rating.ticketId).bindId(rating.userId).bind(rating.score).bind(rating.comment);
        if (!write.bindTime(rating.createdAt).exec())
            return write.error();
        rating.id = write.next() ? write.id(0) : 0;
    }
    AuditEvent event;
    event.createdAt = rating.createdAt;
    event.actorId = rating.userId;
    event.entityType = EntityType::Rating;
    event.entityId = rating.id;
    event.action = update ? QStringLiteral("update") : QStringLiteral("create");
    event.field = QStringLiteral("score");
    event.oldValue = update ? QString::number(existing.value()->score) : QString();
    event.newValue = QString::number(rating.score);
    if (auto audited = AuditRepository(m_db).record(event); !audited)
        return audited.error();
    if (auto fed = ChangeFeedRepository(m_db).append(
            EntityType::Rating, rating.id,
            update ? ChangeOperation::Update : ChangeOperation::Create, organisationId, queueId);
        !fed)
        return fed.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return rating;
}

} // namespace sd::storage
