#include "messagerepository.h"

#include "changefeedrepository.h"
#include "database.h"
#include "statement.h"
#include "ticketlistquery.h"
#include "transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace sd::storage {

namespace {

QString referencesText(const QStringList &references)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(references)).toJson(QJsonDocument::Compact));
}

QStringList referencesFrom(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        out.append(value.toString());
    return out;
}

} // namespace

MessageRepository::MessageRepository(Database &db) : m_db(db) {}

Result<core::Message> MessageRepository::append(const core::Message &input)
{
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    core::Message message = input;
    message.createdAt =
        input.createdAt.isValid() ? input.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    // Checks the ticket exists, touches it and learns what the change feed needs, at once.
    Statement ticket(m_db, QStringLiteral("UPDATE tickets SET updated_at = ? WHERE id = ? "
                                          "RETURNING organisation_id, queue_id"));
    if (!ticket.bindTime(message.createdAt).bind(input.ticketId).exec())
        return ticket.error();
    if (!ticket.next()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Ticket %1 does not exist.").arg(input.ticketId)};
    }
    auto stored = insert(message, ticket.id(0), ticket.id(1));
    if (!stored)
        return stored.error();
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return stored;
}

Result<core::Message> MessageRepository::appendFirst(const core::Message &input,
                                                     const core::Ticket &ticket)
{
    if (!m_db.inTransaction()) {
        return StorageError{StorageError::Kind::Internal,
                            tr("The first message of ticket %1 was written outside the "
                               "transaction that created it.")
                                .arg(ticket.number)};
    }
    core::Message message = input;
    message.ticketId = ticket.id;
    message.createdAt = input.createdAt.isValid() ? input.createdAt.toUTC() : ticket.createdAt;
    return insert(message, ticket.organisationId, ticket.queueId);
}

Result<core::Message> MessageRepository::insert(core::Message message, qint64 organisationId,
                                                qint64 queueId)
{
    const bool internal = isInternal(message.kind);
    Statement insert(m_db, QStringLiteral("INSERT INTO messages (ticket_id, author_id, "
                                          "author_name, kind, internal, body_html, body_text, "
                                          "created_at, email_message_id, email_in_reply_to, "
                                          "email_references) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?) RETURNING id"));
    insert.bind(message.ticketId).bindId(message.authorId).bind(message.authorName);
    insert.bind(core::toString(message.kind)).bind(internal).bind(message.bodyHtml);
    insert.bind(message.bodyText).bindTime(message.createdAt).bind(message.emailMessageId);
    insert.bind(message.emailInReplyTo).bind(referencesText(message.emailReferences));
    if (!insert.exec())
        return insert.error();
    message.id = insert.next() ? insert.id(0) : 0;
    if (const Result<void> linked = linkAttachments(message.id, message.attachmentIds); !linked)
        return linked.error();
    if (const Result<void> fed = ChangeFeedRepository(m_db).append(
            EntityType::Message, message.id, ChangeOperation::Create, organisationId, queueId,
            internal);
        !fed)
        return fed.error();
    return message;
}

Result<void> MessageRepository::linkAttachments(qint64 messageId,
                                                const QList<qint64> &attachmentIds)
{
    for (qsizetype position = 0; position < attachmentIds.size(); ++position) {
        Statement link(m_db, QStringLiteral("INSERT INTO message_attachments (message_id, "
                                            "attachment_id, position) VALUES (?, ?, ?)"));
        link.bind(messageId).bind(attachmentIds.at(position)).bind(int(position));
        if (!link.exec()) {
            if (link.error().kind == StorageError::Kind::Invalid) {
                return StorageError{
                    StorageError::Kind::NotFound,
                    tr("Attachment %1 does not exist.").arg(attachmentIds.at(position))};
            }
            return link.error();
        }
    }
    return {};
}

Result<core::Message> MessageRepository::get(qint64 id)
{
    const Result<QList<core::Message>> found = select(QStringLiteral("m.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StorageError{StorageError::Kind::NotFound, tr("Message %1 does not exist.").arg(id)};
    }
    return found->constFirst();
}

Result<QList<core::Message>> MessageRepository::forTicket(qint64 ticketId, bool includeInternal)
{
    return select(includeInternal ? QStringLiteral("m.ticket_id = ?")
                                  : QStringLiteral("m.ticket_id = ? AND m.internal = FALSE"),
                  {ticketId});
}

Result<core::Message> MessageRepository::findByEmailMessageId(const QString &messageId)
{
    const Result<QList<core::Message>> found =
        messageId.isEmpty() ? Result<QList<core::Message>>(QList<core::Message>())
                            : select(QStringLiteral("m.email_message_id = ?"), {messageId});
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("No message has the email Message-ID %1.").arg(messageId)};
    }
    return found->constFirst();
}

Result<QList<core::Message>> MessageRepository::byIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<core::Message>();
    const SqlFragment list = TicketListQuery::idList(ids);
    return select(u"m.id IN (" + list.sql + u')', list.values);
}

Result<QList<core::Message>> MessageRepository::forTickets(const QList<qint64> &ticketIds,
                                                           bool includeInternal)
{
    if (ticketIds.isEmpty())
        return QList<core::Message>();
    const SqlFragment list = TicketListQuery::idList(ticketIds);
    return select(u"m.ticket_id IN (" + list.sql + u')' +
                      (includeInternal ? QString() : QStringLiteral(" AND m.internal = FALSE")),
                  list.values);
}

Result<QList<core::Message>> MessageRepository::select(const QString &where,
                                                       const QVariantList &values)
{
    Statement rows(m_db, u"SELECT m.id, m.ticket_id, m.author_id, m.author_name, m.kind, "
                         u"m.body_html, m.body_text, m.created_at, m.email_message_id, "
                         u"m.email_in_reply_to, m.email_references FROM messages m WHERE " +
                             where + u" ORDER BY m.id");
    for (const QVariant &value : values)
        rows.bind(value);
    if (!rows.exec())
        return rows.error();
    QList<core::Message> messages;
    QHash<qint64, qsizetype> index;
    while (rows.next()) {
        core::Message m;
        m.id = rows.id(0);
        m.ticketId = rows.id(1);
        m.authorId = rows.id(2);
        m.authorName = rows.text(3);
        m.kind = core::fromString<core::MessageKind>(rows.text(4)).value_or(m.kind);
        m.bodyHtml = rows.text(5);
        m.bodyText = rows.text(6);
        m.createdAt = rows.time(7);
        m.emailMessageId = rows.text(8);
        m.emailInReplyTo = rows.text(9);
        m.emailReferences = referencesFrom(rows.text(10));
        index.insert(m.id, messages.size());
        messages.append(m);
    }
    Statement files(m_db, u"SELECT ma.message_id, ma.attachment_id FROM message_attachments ma "
                          u"JOIN messages m ON m.id = ma.message_id WHERE " +
                              where + u" ORDER BY ma.message_id, ma.position");
    for (const QVariant &value : values)
        files.bind(value);
    if (!files.exec())
        return files.error();
    while (files.next())
        messages[index.value(files.id(0))].attachmentIds.append(files.id(1));
    return messages;
}

} // namespace sd::storage
