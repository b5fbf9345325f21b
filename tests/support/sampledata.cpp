#include "sampledata.h"

#include <QAtomicInteger>

namespace sd::testing {

QString uniqueName(const QString &prefix)
{
    static QAtomicInteger<quint32> counter;
    return prefix + QString::number(counter.fetchAndAddRelaxed(1) + 1);
}

core::Ticket sampleTicket(const QString &subject)
{
    core::Ticket ticket;
    ticket.subject = subject;
    ticket.description = QStringLiteral("Описание: %1").arg(subject);
    ticket.category = core::Category::Incident;
    ticket.priority = core::Priority::High;
    ticket.channel = core::Channel::SubmitDialog;
    ticket.requesterEmail = QStringLiteral("client@example.org");
    ticket.requesterName = QStringLiteral("Иван Петров");
    ticket.product = QStringLiteral("SupportDesk");
    ticket.productVersion = QStringLiteral("2.3.1");
    ticket.os = QStringLiteral("Windows 11");
    ticket.stepsToReproduce = QStringLiteral("1. Open\n2. Click");
    ticket.affectedUsers = 12;
    return ticket;
}

core::Message sampleMessage(qint64 ticketId, core::MessageKind kind, const QString &text)
{
    core::Message message;
    message.ticketId = ticketId;
    message.kind = kind;
    message.bodyText = text;
    message.bodyHtml = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    message.authorName = QStringLiteral("Agent Smith");
    return message;
}

} // namespace sd::testing
