#pragma once

#include "mailmessage.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

typedef struct _GMimeObject GMimeObject;
typedef struct _GMimeMessage GMimeMessage;
typedef struct _GMimePart GMimePart;

namespace sd::server {

// Turns one RFC 5322 message into a MailMessage with GMime 3. Broken mail is read as well as
// it can be (a wrong charset, a missing boundary); only input that is not a message at all
// is refused. Safe to call from several threads at once.
class MailParser final
{
    Q_DECLARE_TR_FUNCTIONS(MailParser)

public:
    struct Result
    {
        std::optional<MailMessage> message;
        QString error; // translated, set when message is empty
    };

    static Result parse(const QByteArray &raw);

    // Bytes in a declared charset to text: the charset when it converts cleanly, otherwise
    // UTF-8 when the bytes are valid UTF-8, otherwise windows-1251 (most of our senders).
    static QString decodeText(const QByteArray &bytes, const char *charset);

private:
    MailParser() = default;
    Q_DISABLE_COPY_MOVE(MailParser)

    void readHeaders(GMimeMessage *message);
    void visit(GMimeObject *object, int depth);
    void visitMultipart(GMimeObject *multipart, int depth);
    void visitRelated(GMimeObject *multipart, int depth);
    void visitPart(GMimePart *part);
    void addAttachment(GMimeObject *object, const QByteArray &data, bool isInline);
    void deriveTextBody();

    MailMessage m_message;
};

} // namespace sd::server
