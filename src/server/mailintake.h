#pragma once

#include "core/message.h"
#include "core/ticket.h"
#include "mailmessage.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::server {

struct ServerConfig;

// One parsed inbound email into the ticket system, in one transaction: the message is either
// wholly delivered (ticket or message, attachments, its Message-ID) or not at all, so an MTA
// retrying after a failure never makes half a ticket, and a retry after success finds the
// Message-ID and adds nothing.
//
// Threading: our tag in the subject first, then In-Reply-To and References against the
// Message-IDs we know; a reply is a customer message with the same effects as through the
// API (reopen within the window, else a follow-up ticket). Anything else is a new ticket on
// the Email channel, its SLA started like the API's.
class MailIntake final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::MailIntake)

public:
    enum class Outcome {
        Created,   // a new ticket
        Appended,  // a message on the ticket it replies to (reopening it if due)
        FollowUp,  // a new ticket linked to the closed one it replies to
        Duplicate, // this Message-ID was delivered before: nothing written
    };

    struct Delivery
    {
        Outcome outcome = Outcome::Created;
        qint64 ticketId = 0;
        QString ticketNumber;
        qint64 messageId = 0; // the customer's message as stored; 0 for a duplicate
        QStringList refused;  // "name: reason" of each attachment dropped by the policy
    };

    MailIntake(storage::Database &db, const ServerConfig &settings);

    storage::Result<Delivery> deliver(const MailMessage &mail, qint64 queueId);

private:
    struct Sender
    {
        qint64 userId = 0; // 0: not a customer account (a contact or a prospect)
        QString name;
        QString email;
        qint64 organisationId = 0;
    };

    storage::Result<Sender> resolveSender(const MailMessage &mail);
    storage::Result<std::optional<core::Ticket>> findThread(const MailMessage &mail);
    storage::Result<core::Message> compose(const MailMessage &mail, const Sender &sender,
                                           QStringList *refused);
    storage::Result<Delivery> createTicket(const MailMessage &mail, const Sender &sender,
                                           core::Message message, qint64 queueId);
    storage::Result<Delivery> reply(const core::Ticket &ticket, core::Message message);
    storage::Result<void> noteRefused(qint64 ticketId, const QString &from,
                                      const QStringList &refused);
    storage::Result<Delivery> finish(const MailMessage &mail, Delivery delivery);

    storage::Database &m_db;
    const ServerConfig &m_settings;
};

} // namespace sd::server
