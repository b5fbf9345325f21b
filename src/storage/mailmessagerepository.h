#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::storage {

class Database;

// The Message-IDs of mail the gateway received or sent (mail_messages) and the lookups the
// gateway makes about a sender. Message-IDs are stored without <> as the parser gives them.
class MailMessageRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MailMessageRepository)
    Q_DISABLE_COPY_MOVE(MailMessageRepository)

public:
    enum class Direction {
        In,
        Out,
    };

    struct Record
    {
        QString messageId;
        qint64 ticketId = 0;
        qint64 ticketMessageId = 0; // the row in messages; 0 when none
        Direction direction = Direction::In;
        QDateTime receivedAt; // now when invalid
    };

    // An active customer account whose email is the sender's (case-insensitive).
    struct Customer
    {
        qint64 userId = 0;
        QString name;
        qint64 organisationId = 0;
    };

    explicit MailMessageRepository(Database &db);

    // The ticket a Message-ID belongs to; nullopt when the message is new to us.
    Result<std::optional<qint64>> ticketOf(const QString &messageId);
    // The ticket of the first of `messageIds` we know (the caller orders them by preference).
    Result<std::optional<qint64>> ticketOfAny(const QStringList &messageIds);
    // False when the Message-ID was already recorded (another delivery won): nothing written.
    Result<bool> record(const Record &record);
    Result<std::optional<Customer>> customerByEmail(const QString &email);

private:
    Database &m_db;
};

} // namespace sd::storage
