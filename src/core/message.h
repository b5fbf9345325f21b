#pragma once

#include "messagekind.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::core {

// One entry in a ticket's conversation. Messages are append-only; the HTML is already
// sanitized by the server, the plain text is kept beside it for search and email.
struct Message
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 authorId = 0; // 0 for system messages and unknown email senders
    QString authorName;
    MessageKind kind = MessageKind::Reply;
    QString bodyHtml;
    QString bodyText;
    QDateTime createdAt;
    QList<qint64> attachmentIds;
    QString emailMessageId;
    QString emailInReplyTo;
    QStringList emailReferences;
};

} // namespace sd::core
