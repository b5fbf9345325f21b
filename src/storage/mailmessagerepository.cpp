#include "mailmessagerepository.h"

#include "database.h"
#include "statement.h"

namespace sd::storage {

MailMessageRepository::MailMessageRepository(Database &db) : m_db(db) {}

Result<std::optional<qint64>> MailMessageRepository::ticketOf(const QString &messageId)
{
    Statement select(m_db,
                     QStringLiteral("SELECT ticket_id FROM mail_messages WHERE message_id = ?"));
    if (!select.bind(messageId).exec())
        return select.error();
    if (!select.next())
        return std::optional<qint64>();
    return std::optional<qint64>(select.id(0));
}

Result<std::optional<qint64>> MailMessageRepository::ticketOfAny(const QStringList &messageIds)
{
    // One lookup per id keeps the statement prepared once; threads are a handful of ids long.
    for (const QString &messageId : messageIds) {
        if (messageId.isEmpty())
            continue;
        auto found = ticketOf(messageId);
        if (!found || found->has_value())
            return found;
    }
    return std::optional<qint64>();
}

Result<bool> MailMessageRepository::record(const Record &record)
{
    // ON CONFLICT instead of a failing INSERT: on PostgreSQL a unique violation would abort
    // the caller's whole transaction, and losing the race is an expected outcome here.
    Statement insert(m_db, QStringLiteral("INSERT INTO mail_messages (message_id, ticket_id, "
                                          "ticket_message_id, direction, received_at) "
                                          "VALUES (?, ?, ?, ?, ?) "
                                          "ON CONFLICT (message_id) DO NOTHING"));
    insert.bind(record.messageId).bindId(record.ticketId).bindId(record.ticketMessageId);
    insert.bind(record.direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out"));
    insert.bindTime(record.receivedAt.isValid() ? record.receivedAt
                                                : QDateTime::currentDateTimeUtc());
    if (!insert.exec())
        return insert.error();
    return insert.rowsAffected() > 0;
}

Result<std::optional<MailMessageRepository::Customer>>
MailMessageRepository::customerByEmail(const QString &email)
{
    // The oldest account wins when several customers share an address.
    Statement select(m_db, QStringLiteral("SELECT id, name, organisation_id FROM users "
                                          "WHERE lower(email) = ? AND role = 'customer' "
                                          "AND active = TRUE ORDER BY id LIMIT 1"));
    if (!select.bind(email.trimmed().toLower()).exec())
        return select.error();
    if (!select.next())
        return std::optional<Customer>();
    return std::optional<Customer>(Customer{select.id(0), select.text(1), select.id(2)});
}

} // namespace sd::storage
