#pragma once

#include "core/message.h"
#include "core/ticket.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace sd::storage {

class Database;

// A ticket's conversation. Messages are append-only; internal notes (MessageKind::Note) are
// stored with an `internal` flag so customer-facing reads and the change feed can leave them
// out.
class MessageRepository final
{
    Q_DECLARE_TR_FUNCTIONS(MessageRepository)
    Q_DISABLE_COPY_MOVE(MessageRepository)

public:
    explicit MessageRepository(Database &db);

    // Stores the message (createdAt now unless set) and links its attachmentIds, which must
    // exist; touches the ticket's updated_at. The ticket's version is not bumped: messages are
    // not ticket fields, so they never cause an edit conflict.
    Result<core::Message> append(const core::Message &message);
    // The first message of `ticket`, created in the caller's transaction: nothing to check
    // or touch, one statement fewer on every ticket creation.
    Result<core::Message> appendFirst(const core::Message &message, const core::Ticket &ticket);
    Result<core::Message> get(qint64 id);
    // Oldest first; without internal notes when includeInternal is false.
    Result<QList<core::Message>> forTicket(qint64 ticketId, bool includeInternal = true);
    // Several messages by id (a change-feed page), oldest first; unknown ids are left out.
    Result<QList<core::Message>> byIds(const QList<qint64> &ids);
    // The messages of several tickets at once (a sync page), oldest first.
    Result<QList<core::Message>> forTickets(const QList<qint64> &ticketIds, bool includeInternal);
    // The message whose email Message-ID is `messageId` (mail threading); NotFound if none.
    Result<core::Message> findByEmailMessageId(const QString &messageId);

    static bool isInternal(core::MessageKind kind) { return kind == core::MessageKind::Note; }

private:
    Result<QList<core::Message>> select(const QString &where, const QVariantList &values);
    Result<void> linkAttachments(qint64 messageId, const QList<qint64> &attachmentIds);
    // Inserts the message, its attachment links and its change-feed item.
    Result<core::Message> insert(core::Message message, qint64 organisationId, qint64 queueId);

    Database &m_db;
};

} // namespace sd::storage
