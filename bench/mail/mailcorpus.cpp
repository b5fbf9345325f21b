#include "mailcorpus.h"

#include "core/subjecttag.h"
#include "core/ticketnumber.h"

#include <QRandomGenerator>

#include <algorithm>

namespace sd::bench {

namespace {

constexpr qsizetype AttachmentBytes = 100 * 1024;

QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// Distinct bytes per message, so attachment storage cannot share one blob between them.
QByteArray attachmentData(int index)
{
    QRandomGenerator random(quint32(index) + 1);
    QByteArray data(AttachmentBytes, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    return "%PDF-1.4\n" + data;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38);
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        out += encoded.mid(at, 76) + "\r\n";
    return out;
}

QString subjectOf(int index)
{
    return QStringLiteral("Касса %1 не печатает чек").arg(index);
}

} // namespace

MailCorpus::MailCorpus(int count, const QString &runTag)
{
    QRandomGenerator random(20261207);
    QList<int> opened;
    for (int i = 0; i < count; ++i) {
        Mail mail;
        mail.messageId = QStringLiteral("bench-%1-%2@mail.example.org").arg(runTag).arg(i);
        if (i % 3 == 2 && !opened.isEmpty()) {
            mail.repliesTo = opened.at(random.bounded(int(opened.size())));
            mail.kind = (i / 3) % 2 ? Kind::ReplyByTag : Kind::ReplyByHeader;
        } else {
            mail.kind = i % 3 == 0 ? Kind::WithAttachment : Kind::New;
            opened.append(i);
        }
        m_mails.append(mail);
    }
}

int MailCorpus::newTickets() const
{
    return int(std::count_if(m_mails.cbegin(), m_mails.cend(),
                             [](const Mail &mail) { return mail.repliesTo < 0; }));
}

int MailCorpus::attachments() const
{
    return int(std::count_if(m_mails.cbegin(), m_mails.cend(),
                             [](const Mail &mail) { return mail.kind == Kind::WithAttachment; }));
}

QByteArray MailCorpus::eml(int index, const QString &ticketOf) const
{
    const Mail &mail = m_mails.at(index);
    QString subject = subjectOf(mail.repliesTo < 0 ? index : mail.repliesTo);
    if (mail.repliesTo >= 0)
        subject = QStringLiteral("Re: ") + subject;
    if (mail.kind == Kind::ReplyByTag)
        if (const auto number = core::TicketNumber::parse(ticketOf))
            subject = core::SubjectTag::tagSubject(subject, *number);
    QByteArray out = "From: " + encodedWord(QStringLiteral("Клиент %1").arg(index % 50)) +
                     " <client" + QByteArray::number(index % 50) + "@example.org>\r\n";
    out += "To: support@desk.example\r\nSubject: " + encodedWord(subject) + "\r\n";
    out += "Date: Mon, 07 Dec 2026 10:00:00 +0300\r\nMessage-ID: <" + mail.messageId.toUtf8() +
           ">\r\n";
    if (mail.kind == Kind::ReplyByHeader) {
        const QByteArray parent = m_mails.at(mail.repliesTo).messageId.toUtf8();
        out += "In-Reply-To: <" + parent + ">\r\nReferences: <" + parent + ">\r\n";
    }
    out += "MIME-Version: 1.0\r\n";
    const QByteArray text = "Content-Type: text/plain; charset=utf-8\r\n"
                            "Content-Transfer-Encoding: 8bit\r\n\r\n" +
                            QStringLiteral("После обновления касса %1 перестала печатать чеки. "
                                           "Перезагрузка не помогла.\r\n")
                                .arg(index)
                                .toUtf8();
    if (mail.kind != Kind::WithAttachment)
        return out + text;
    return out + "Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n\r\n--BOUNDARY\r\n" +
           text +
           "--BOUNDARY\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"check-" +
           QByteArray::number(index) + ".pdf\"\r\n\r\n" + base64Lines(attachmentData(index)) +
           "--BOUNDARY--\r\n";
}

} // namespace sd::bench
