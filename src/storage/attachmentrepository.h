#pragma once

#include "core/attachmentinfo.h"
#include "core/messagekind.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace sd::storage {

class Database;

// Attachment content is stored once per SHA-256 (the same screenshot sent to ten tickets
// takes its bytes once); each upload gets its own attachments row with its name and type.
// The caller sniffs the MIME type and enforces the size policy before storing.
class AttachmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)
    Q_DISABLE_COPY_MOVE(AttachmentRepository)

public:
    explicit AttachmentRepository(Database &db);

    Result<core::AttachmentInfo> store(const QString &name, const QString &mimeType,
                                       const QByteArray &content, qint64 uploadedBy = 0);
    Result<core::AttachmentInfo> get(qint64 id);
    Result<QByteArray> content(qint64 id);
    // In the order they were attached.
    Result<QList<core::AttachmentInfo>> forMessage(qint64 messageId);
    // Every attachment of the ticket's messages, by message id.
    Result<QHash<qint64, QList<core::AttachmentInfo>>> forTicket(qint64 ticketId);
    // The same for several tickets at once (a sync page).
    Result<QHash<qint64, QList<core::AttachmentInfo>>> forTickets(const QList<qint64> &ticketIds);

    // Who may read an attachment: its uploader, and whoever may see a ticket whose message
    // carries it (with that message's kind, since internal notes hide their files).
    struct Use
    {
        qint64 ticketId = 0;
        core::MessageKind kind = core::MessageKind::Reply;
    };
    struct Access
    {
        qint64 uploadedBy = 0;
        QList<Use> uses;
    };
    Result<Access> access(qint64 id);

    static QString sha256Hex(const QByteArray &content);

private:
    Database &m_db;
};

} // namespace sd::storage
