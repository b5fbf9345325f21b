#include "mailintake.h"

#include "core/attachmentpolicy.h"
#include "core/subjecttag.h"
#include "core/ticketworkflow.h"
#include "followupticket.h"
#include "htmlsanitizer.h"
#include "serverconfig.h"
#include "slaengine.h"
#include "storage/attachmentrepository.h"
#include "storage/mailmessagerepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/ticketrepository.h"
#include "storage/transaction.h"

#include <algorithm>

namespace sd::server {

namespace {

using Kind = storage::StorageError::Kind;
using ReplyEffect = core::TicketWorkflow::ReplyEffect;

} // namespace

MailIntake::MailIntake(storage::Database &db, const ServerConfig &settings)
    : m_db(db), m_settings(settings)
{}

storage::Result<MailIntake::Delivery> MailIntake::deliver(const MailMessage &mail, qint64 queueId)
{
    storage::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    storage::MailMessageRepository mails(m_db);
    if (!mail.messageId.isEmpty()) {
        const auto known = mails.ticketOf(mail.messageId);
        if (!known)
            return known.error();
        if (known->has_value()) {
            const auto ticket = storage::TicketRepository(m_db).get(known->value());
            if (!ticket)
                return ticket.error();
            return Delivery{Outcome::Duplicate, ticket->id, ticket->number, 0, {}};
        }
    }
    const auto sender = resolveSender(mail);
    if (!sender)
        return sender.error();
    Delivery delivery;
    auto message = compose(mail, sender.value(), &delivery.refused);
    if (!message)
        return message.error();
    const auto thread = findThread(mail);
    if (!thread)
        return thread.error();
    auto stored = thread->has_value()
                      ? reply(thread->value(), message.value())
                      : createTicket(mail, sender.value(), message.value(), queueId);
    if (!stored)
        return stored.error();
    stored->refused = delivery.refused;
    auto finished = finish(mail, stored.value());
    if (!finished)
        return finished.error();
    if (finished->outcome == Outcome::Duplicate) {
        // Another delivery of the same message committed first: this one leaves no trace.
        tx.rollback();
        Delivery duplicate = finished.value();
        if (const auto winner = storage::TicketRepository(m_db).get(duplicate.ticketId))
            duplicate.ticketNumber = winner->number;
        return duplicate;
    }
    if (const auto committed = tx.commit(); !committed)
        return committed.error();
    return finished;
}

storage::Result<MailIntake::Sender> MailIntake::resolveSender(const MailMessage &mail)
{
    Sender sender;
    sender.email = mail.from.address.trimmed();
    sender.name = mail.from.name.trimmed().isEmpty() ? sender.email : mail.from.name.trimmed();
    const auto customer = storage::MailMessageRepository(m_db).customerByEmail(sender.email);
    if (!customer)
        return customer.error();
    if (customer->has_value()) {
        sender.userId = customer.value()->userId;
        if (!customer.value()->name.isEmpty())
            sender.name = customer.value()->name;
        sender.organisationId = customer.value()->organisationId;
        return sender;
    }
    // Organisations list the addresses allowed to write for them; there is no domain column,
    // so an unlisted colleague is a prospect until an admin adds the address.
    const auto organisation =
        storage::OrganisationRepository(m_db).findByContactEmail(sender.email.toLower());
    if (organisation)
        sender.organisationId = organisation->id;
    else if (organisation.error().kind != Kind::NotFound)
        return organisation.error();
    return sender;
}

storage::Result<std::optional<core::Ticket>> MailIntake::findThread(const MailMessage &mail)
{
    storage::TicketRepository tickets(m_db, m_settings.ticketNumberPrefix, m_settings.numberZone());
    if (const auto tag =
            core::SubjectTag::findInSubject(mail.subject, m_settings.ticketNumberPrefix)) {
        auto tagged = tickets.getByNumber(tag->toString());
        if (tagged)
            return std::optional<core::Ticket>(tagged.value());
        if (tagged.error().kind != Kind::NotFound)
            return tagged.error();
    }
    // The message answered first, then the rest of the thread from the newest back.
    QStringList candidates{mail.inReplyTo};
    std::copy(mail.references.crbegin(), mail.references.crend(), std::back_inserter(candidates));
    const auto ticketId = storage::MailMessageRepository(m_db).ticketOfAny(candidates);
    if (!ticketId)
        return ticketId.error();
    if (!ticketId->has_value())
        return std::optional<core::Ticket>();
    auto replied = tickets.get(ticketId->value());
    if (!replied)
        return replied.error();
    return std::optional<core::Ticket>(replied.value());
}

storage::Result<core::Message> MailIntake::compose(const MailMessage &mail, const Sender &sender,
                                                   QStringList *refused)
{
    core::Message message;
    message.authorId = sender.userId;
    message.authorName = sender.name;
    message.kind = core::MessageKind::Customer;
    message.emailMessageId = mail.messageId;
    message.emailInReplyTo = mail.inReplyTo;
    message.emailReferences = mail.references;
    core::AttachmentPolicy::Limits limits;
    limits.maxBytes = m_settings.attachmentLimitBytes;
    const core::AttachmentPolicy policy(limits);
    storage::AttachmentRepository attachments(m_db);
    QString html = mail.htmlBody;
    for (const MailAttachment &attachment : mail.attachments) {
        const auto verdict = policy.check(attachment.fileName, attachment.data);
        if (!verdict.allowed) {
            refused->append(QStringLiteral("%1: %2").arg(attachment.fileName, verdict.reason));
            continue;
        }
        auto stored = attachments.store(attachment.fileName, verdict.mimeType, attachment.data,
                                        sender.userId);
        if (!stored)
            return stored.error();
        message.attachmentIds.append(stored->id);
        // Inline images point at their part by Content-ID; the sanitizer keeps links to the
        // message's own attachments only, so they become those.
        if (!attachment.contentId.isEmpty())
            html.replace(QStringLiteral("cid:") + attachment.contentId,
                         QStringLiteral("attachment:%1").arg(stored->id));
    }
    if (!html.trimmed().isEmpty()) {
        HtmlSanitizer::Options options;
        options.allowedAttachmentIds =
            QSet<qint64>(message.attachmentIds.cbegin(), message.attachmentIds.cend());
        const SanitizedHtml clean = HtmlSanitizer::sanitize(html, options);
        message.bodyHtml = clean.html;
        message.bodyText = mail.textBody.isEmpty() ? clean.text : mail.textBody;
    } else {
        message.bodyText = mail.textBody;
        message.bodyHtml = HtmlSanitizer::fromPlainText(mail.textBody);
    }
    return message;
}

storage::Result<MailIntake::Delivery> MailIntake::createTicket(const MailMessage &mail,
                                                               const Sender &sender,
                                                               core::Message message,
                                                               qint64 queueId)
{
    core::Ticket ticket;
    const QString subject = mail.subject.simplified();
    ticket.subject = subject.isEmpty() ? tr("(no subject)") : subject;
    ticket.description = message.bodyText;
    ticket.channel = core::Channel::Email;
    ticket.queueId = queueId;
    ticket.requesterId = sender.userId;
    ticket.requesterName = sender.name;
    ticket.requesterEmail = sender.email;
    ticket.organisationId = sender.organisationId;
    ticket.createdAt = QDateTime::currentDateTimeUtc();
    // As the API intake: the targets go into the ticket's row before it is written.
    SlaEngine sla(m_db);
    core::SlaFacts facts = SlaEngine::factsOf(ticket);
    facts.exchanges = {{ticket.createdAt, false}};
    const auto targets = sla.plan(ticket, facts, ticket.createdAt);
    if (!targets)
        return targets.error();
    storage::TicketRepository tickets(m_db, m_settings.ticketNumberPrefix, m_settings.numberZone());
    const auto number = tickets.reserveNumber(ticket.createdAt);
    if (!number)
        return number.error();
    const auto created = tickets.create(ticket, sender.userId, number.value());
    if (!created)
        return created.error();
    message.ticketId = created->id;
    const auto first = storage::MessageRepository(m_db).appendFirst(message, created.value());
    if (!first)
        return first.error();
    if (const auto stored = sla.storeNew(created->id, targets.value(), {}); !stored)
        return stored.error();
    return Delivery{Outcome::Created, created->id, created->number, first->id, {}};
}

storage::Result<MailIntake::Delivery> MailIntake::reply(const core::Ticket &ticket,
                                                        core::Message message)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    message.ticketId = ticket.id;
    const ReplyEffect effect =
        core::TicketWorkflow::effectOfCustomerReply(ticket, now, m_settings.reopenDays);
    if (effect == ReplyEffect::NewLinkedTicket) {
        const auto opened = FollowUpTicket::open(m_db, m_settings, ticket, message);
        if (!opened)
            return opened.error();
        return Delivery{
            Outcome::FollowUp, opened->ticket.id, opened->ticket.number, opened->message.id, {}};
    }
    const auto stored = storage::MessageRepository(m_db).append(message);
    if (!stored)
        return stored.error();
    storage::TicketRepository tickets(m_db, m_settings.ticketNumberPrefix, m_settings.numberZone());
    // Read again now that the message holds the ticket's row: a change made since the first
    // read must not be computed away (as MessageRoutes does).
    auto current = tickets.get(ticket.id);
    if (!current)
        return current.error();
    auto feed = SlaEngine::Feed::Announce;
    if (effect == ReplyEffect::Resume || effect == ReplyEffect::Reopen) {
        core::Ticket next = current.value();
        next.status = core::TicketStatus::Open;
        next.resolution = core::Resolution::None;
        next.resolvedAt = QDateTime();
        const auto updated = tickets.update(next, next.version, message.authorId);
        if (!updated)
            return updated.error();
        current = updated->ticket;
        feed = SlaEngine::Feed::AlreadyAnnounced;
    }
    const auto sla = SlaEngine(m_db).recompute(current.value(), now, feed);
    if (!sla)
        return sla.error();
    return Delivery{Outcome::Appended, ticket.id, ticket.number, stored->id, {}};
}

storage::Result<void> MailIntake::noteRefused(qint64 ticketId, const QString &from,
                                              const QStringList &refused)
{
    core::Message note;
    note.ticketId = ticketId;
    note.authorName = tr("Mail gateway");
    note.kind = core::MessageKind::Note;
    QStringList lines{
        tr("Attachments of the email from %1 were refused and not stored:").arg(from)};
    for (const QString &line : refused)
        lines.append(QStringLiteral("- ") + line);
    note.bodyText = lines.join(u'\n');
    note.bodyHtml = HtmlSanitizer::fromPlainText(note.bodyText);
    const auto stored = storage::MessageRepository(m_db).append(note);
    if (!stored)
        return stored.error();
    return {};
}

storage::Result<MailIntake::Delivery> MailIntake::finish(const MailMessage &mail, Delivery delivery)
{
    if (!delivery.refused.isEmpty()) {
        if (const auto noted = noteRefused(delivery.ticketId, mail.from.address, delivery.refused);
            !noted)
            return noted.error();
    }
    // Mail without a Message-ID cannot be recognised again; it is delivered all the same.
    if (mail.messageId.isEmpty())
        return delivery;
    storage::MailMessageRepository::Record record;
    record.messageId = mail.messageId;
    record.ticketId = delivery.ticketId;
    record.ticketMessageId = delivery.messageId;
    const auto recorded = storage::MailMessageRepository(m_db).record(record);
    if (!recorded)
        return recorded.error();
    if (recorded.value())
        return delivery;
    const auto winner = storage::MailMessageRepository(m_db).ticketOf(mail.messageId);
    const qint64 winnerId = winner && winner->has_value() ? winner->value() : delivery.ticketId;
    return Delivery{Outcome::Duplicate, winnerId, QString(), 0, {}};
}

} // namespace sd::server
