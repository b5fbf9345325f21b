#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd::server {

struct MailAddress
{
    QString address;
    QString name; // display name, RFC 2047 decoded; empty when the sender gave none
};

struct MailAttachment
{
    QString fileName;  // never empty and never a path: safe to show and to store
    QString mimeType;  // lowercase "type/subtype"
    QString contentId; // without <>, what cid: links in the html body point at
    bool isInline = false;
    QByteArray data; // transfer encoding removed
};

// One inbound message, decoded to UTF-8 and ready for the mail gateway to turn into a ticket.
// The html body is as the sender wrote it: it must go through HtmlSanitizer before display.
struct MailMessage
{
    QString messageId;      // without <>
    QString inReplyTo;      // without <>
    QStringList references; // oldest first, as in the header
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QDateTime date;        // UTC; invalid when the header is missing or unreadable
    QString autoSubmitted; // RFC 3834 header value, empty when absent
    QString precedence;
    QString textBody;
    QString htmlBody;
    QList<MailAttachment> attachments;
};

} // namespace sd::server
