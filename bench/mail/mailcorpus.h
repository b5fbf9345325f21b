#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace sd::bench {

// The bench's mail traffic, generated in memory: a third of the messages carry a 100 KB PDF,
// a third answer an earlier new message (half by In-Reply-To, half by our subject tag, which
// only exists once that message became a ticket), the rest open tickets of their own.
class MailCorpus final
{
public:
    enum class Kind { New, WithAttachment, ReplyByHeader, ReplyByTag };

    struct Mail
    {
        Kind kind = Kind::New;
        QString messageId;
        int repliesTo = -1; // index of the answered message; -1 for new mail
    };

    // runTag keeps the Message-IDs of two runs into one database apart.
    MailCorpus(int count, const QString &runTag);

    const QList<Mail> &mails() const { return m_mails; }
    int newTickets() const;
    int attachments() const;

    // The RFC 5322 text of mail `index`; ticketOf is the number of the ticket the answered
    // message landed in (used by tagged replies only).
    QByteArray eml(int index, const QString &ticketOf) const;

private:
    QList<Mail> m_mails;
};

} // namespace sd::bench
