#include "attachmentrepository.h"

#include "database.h"
#include "statement.h"
#include "ticketlistquery.h"
#include "transaction.h"

#include <QCryptographicHash>

namespace sd::storage {

namespace {

const QString InfoColumns = QStringLiteral("a.id, a.name, a.mime_type, a.size, a.sha256, "
                                           "a.created_at");

core::AttachmentInfo readInfo(const Statement &row, int offset = 0)
{
    return {row.id(offset),     row.text(offset + 1), row.text(offset + 2),
            row.id(offset + 3), row.text(offset + 4), row.time(offset + 5)};
}

} // namespace

AttachmentRepository::AttachmentRepository(Database &db) : m_db(db) {}

QString AttachmentRepository::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<core::AttachmentInfo> AttachmentRepository::store(const QString &name,
                                                         const QString &mimeType,
                                                         const QByteArray &content,
                                                         qint64 uploadedBy)
{
    core::AttachmentInfo info{
        0, name, mimeType, content.size(), sha256Hex(content), QDateTime::currentDateTimeUtc()};
    Transaction tx(m_db);
    if (!tx)
        return tx.error();
    Statement blob(m_db, QStringLiteral("INSERT INTO attachment_blobs (sha256, size, content, "
                                        "created_at) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT (sha256) DO NOTHING"));
    blob.bind(info.sha256).bind(info.size).bind(content).bindTime(info.createdAt);
    if (!blob.exec())
        return blob.error();
    Statement insert(m_db, QStringLiteral("INSERT INTO attachments (sha256, name, mime_type, "
                                          "size, uploaded_by, created_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.bind(info.sha256).bind(info.name).bind(info.mimeType).bind(info.size);
    if (!insert.bindId(uploadedBy).bindTime(info.createdAt).exec())
        return insert.error();
    info.id = insert.next() ? insert.id(0) : 0;
    if (const Result<void> committed = tx.commit(); !committed)
        return committed.error();
    return info;
}

Result<AttachmentRepository::Access> AttachmentRepository::access(qint64 id)
{
    Statement owner(m_db, QStringLiteral("SELECT uploaded_by FROM attachments WHERE id = ?"));
    if (!owner.bind(id).exec())
        return owner.error();
    if (!owner.next())
        return StorageError{StorageError::Kind::NotFound,
                            tr("Attachment %1 does not exist.").arg(id)};
    Access access;
    access.uploadedBy = owner.id(0);
    Statement uses(m_db, QStringLiteral("SELECT m.ticket_id, m.kind FROM message_attachments ma "
                                        "JOIN messages m ON m.id = ma.message_id "
                                        "WHERE ma.attachment_id = ?"));
    if (!uses.bind(id).exec())
        return uses.error();
    while (uses.next())
        access.uses.append(
            {uses.id(0),
             core::fromString<core::MessageKind>(uses.text(1)).value_or(core::MessageKind::Note)});
    return access;
}

Result<core::AttachmentInfo> AttachmentRepository::get(qint64 id)
{
    Statement select(m_db, u"SELECT " + InfoColumns + u" FROM attachments a WHERE a.id = ?");
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Attachment %1 does not exist.").arg(id)};
    }
    return readInfo(select);
}

Result<QByteArray> AttachmentRepository::content(qint64 id)
{
    Statement select(m_db, QStringLiteral("SELECT b.content FROM attachments a JOIN "
                                          "attachment_blobs b ON b.sha256 = a.sha256 "
                                          "WHERE a.id = ?"));
    if (!select.bind(id).exec())
        return select.error();
    if (!select.next()) {
        return StorageError{StorageError::Kind::NotFound,
                            tr("Attachment %1 does not exist.").arg(id)};
    }
    return select.value(0).toByteArray();
}

Result<QList<core::AttachmentInfo>> AttachmentRepository::forMessage(qint64 messageId)
{
    Statement select(m_db, u"SELECT " + InfoColumns +
                               u" FROM message_attachments ma JOIN attachments a ON "
                               u"a.id = ma.attachment_id WHERE ma.message_id = ? "
                               u"ORDER BY ma.position");
    if (!select.bind(messageId).exec())
        return select.error();
    QList<core::AttachmentInfo> out;
    while (select.next())
        out.append(readInfo(select));
    return out;
}

Result<QHash<qint64, QList<core::AttachmentInfo>>> AttachmentRepository::forTicket(qint64 ticketId)
{
    return forTickets({ticketId});
}

Result<QHash<qint64, QList<core::AttachmentInfo>>>
AttachmentRepository::forTickets(const QList<qint64> &ticketIds)
{
    QHash<qint64, QList<core::AttachmentInfo>> out;
    if (ticketIds.isEmpty())
        return out;
    const SqlFragment list = TicketListQuery::idList(ticketIds);
    Statement select(m_db, u"SELECT ma.message_id, " + InfoColumns +
                               u" FROM messages m JOIN message_attachments ma ON "
                               u"ma.message_id = m.id JOIN attachments a ON "
                               u"a.id = ma.attachment_id WHERE m.ticket_id IN (" +
                               list.sql + u") ORDER BY ma.message_id, ma.position");
    for (const QVariant &value : list.values)
        select.bind(value);
    if (!select.exec())
        return select.error();
    while (select.next())
        out[select.id(0)].append(readInfo(select, 1));
    return out;
}

} // namespace sd::storage
