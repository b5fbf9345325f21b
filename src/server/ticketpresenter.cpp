#include "ticketpresenter.h"

#include "core/slaevaluator.h"
#include "core/ticketworkflow.h"
#include "permissions.h"
#include "protocol/messagejson.h"
#include "protocol/slatargetjson.h"
#include "protocol/ticketjson.h"
#include "protocol/wirevalue.h"
#include "requestcontext.h"
#include "storage/attachmentrepository.h"
#include "storage/messagerepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/slatargetrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"

namespace sd::server {

namespace {

using protocol::WireValue;

template <typename Lookup>
storage::Result<QString> cachedName(QHash<qint64, QString> &cache, qint64 id, Lookup lookup)
{
    if (id == 0)
        return QString();
    if (const auto it = cache.constFind(id); it != cache.cend())
        return *it;
    auto name = lookup(id);
    if (!name) {
        // A dangling id (deleted user) shows without a name rather than failing the page.
        if (name.error().kind != storage::StorageError::Kind::NotFound)
            return name.error();
        name = QString();
    }
    cache.insert(id, name.value());
    return name.value();
}

} // namespace

TicketPresenter::TicketPresenter(RequestContext &ctx) : m_ctx(ctx)
{
    // The signed-in user is the requester or author of much of what they read.
    if (ctx.user)
        m_users.insert(ctx.user->id, ctx.user->name.isEmpty() ? ctx.user->login : ctx.user->name);
}

storage::Result<QString> TicketPresenter::userName(qint64 id)
{
    return cachedName(m_users, id, [this](qint64 id) {
        return storage::UserRepository(m_ctx.db).displayName(id);
    });
}

storage::Result<QString> TicketPresenter::queueName(qint64 id)
{
    return cachedName(m_queues, id, [this](qint64 id) -> storage::Result<QString> {
        auto queue = storage::QueueRepository(m_ctx.db).get(id);
        if (!queue)
            return queue.error();
        return queue->name;
    });
}

storage::Result<QString> TicketPresenter::organisationName(qint64 id)
{
    return cachedName(m_organisations, id, [this](qint64 id) {
        return storage::OrganisationRepository(m_ctx.db).name(id);
    });
}

storage::Result<QList<core::SlaTarget>> TicketPresenter::slaTargets(qint64 ticketId)
{
    if (const auto it = m_slaTargets.constFind(ticketId); it != m_slaTargets.cend())
        return *it;
    auto stored = storage::SlaTargetRepository(m_ctx.db).forTicket(ticketId);
    if (!stored)
        return stored;
    m_slaTargets.insert(ticketId, stored.value());
    return stored;
}

void TicketPresenter::rememberSlaTargets(qint64 ticketId, const QList<core::SlaTarget> &targets)
{
    m_slaTargets.insert(ticketId, targets);
}

storage::Result<void> TicketPresenter::loadSlaTargets(const QList<qint64> &ticketIds)
{
    auto stored = storage::SlaTargetRepository(m_ctx.db).forTickets(ticketIds);
    if (!stored)
        return stored.error();
    for (const qint64 id : ticketIds)
        m_slaTargets.insert(id, stored->value(id));
    return {};
}

QJsonObject TicketPresenter::slaJson(const core::Ticket &ticket,
                                     const QList<core::SlaTarget> &targets, const QDateTime &now)
{
    QList<core::SlaTarget> shown;
    for (const core::SlaTarget &target : targets)
        shown.append(core::SlaEvaluator::asOf(target, now));
    const bool done = core::TicketWorkflow::isDone(ticket.status);
    const QDateTime responded = ticket.firstResponseAt;
    const QDateTime finished = done ? ticket.resolvedAt : QDateTime();
    const auto breached = [&now](const QDateTime &due, const QDateTime &met) {
        if (!due.isValid())
            return false;
        return met.isValid() ? met > due : now > due;
    };
    return {
        {QStringLiteral("first_response_due"), WireValue::dateTime(ticket.firstResponseDue)},
        {QStringLiteral("first_response_at"), WireValue::dateTime(responded)},
        {QStringLiteral("first_response_breached"), breached(ticket.firstResponseDue, responded)},
        {QStringLiteral("resolution_due"), WireValue::dateTime(ticket.resolutionDue)},
        {QStringLiteral("resolved_at"), WireValue::dateTime(ticket.resolvedAt)},
        {QStringLiteral("resolution_breached"), breached(ticket.resolutionDue, finished)},
        {QStringLiteral("paused"), core::TicketWorkflow::pausesSla(ticket.status)},
        {QStringLiteral("targets"), protocol::SlaTargetJson::toJson(shown)}};
}

storage::Result<protocol::TicketView> TicketPresenter::view(const core::Ticket &ticket)
{
    protocol::TicketView view;
    view.staff = Permissions::isStaff(*m_ctx.user);
    auto queue = queueName(ticket.queueId);
    auto assignee = userName(ticket.assigneeId);
    auto organisation = organisationName(ticket.organisationId);
    for (const auto *result : {&queue, &assignee, &organisation})
        if (!*result)
            return result->error();
    view.queueName = queue.value();
    view.assigneeName = assignee.value();
    view.organisationName = organisation.value();
    if (ticket.requesterId != 0) {
        auto requester = userName(ticket.requesterId);
        if (!requester)
            return requester.error();
        view.requesterName = requester.value();
    } else {
        view.requesterName = ticket.requesterName;
    }
    auto targets = slaTargets(ticket.id);
    if (!targets)
        return targets.error();
    view.sla = slaJson(ticket, targets.value(), QDateTime::currentDateTimeUtc());
    return view;
}

void TicketPresenter::rememberAttachments(const QList<core::AttachmentInfo> &infos)
{
    for (const core::AttachmentInfo &info : infos)
        m_attachments.insert(info.id, info);
}

storage::Result<QJsonObject> TicketPresenter::summary(const core::Ticket &ticket)
{
    auto shown = view(ticket);
    if (!shown)
        return shown.error();
    return protocol::TicketJson::toJson(ticket, shown.value());
}

storage::Result<QJsonObject> TicketPresenter::message(const core::Message &message)
{
    QList<core::AttachmentInfo> attachments;
    storage::AttachmentRepository repository(m_ctx.db);
    for (const qint64 id : message.attachmentIds) {
        if (const auto known = m_attachments.constFind(id); known != m_attachments.cend()) {
            attachments.append(*known);
            continue;
        }
        auto info = repository.get(id);
        if (!info)
            return info.error();
        attachments.append(info.value());
    }
    core::Message shown = message;
    if (shown.authorName.isEmpty() && shown.authorId != 0) {
        auto name = userName(shown.authorId);
        if (!name)
            return name.error();
        shown.authorName = name.value();
    }
    return protocol::MessageJson::toJson(shown, attachments);
}

storage::Result<QJsonObject> TicketPresenter::full(const core::Ticket &ticket)
{
    auto links = storage::TicketRepository(m_ctx.db).links(ticket.id);
    if (!links)
        return links.error();
    const bool staff = Permissions::isStaff(*m_ctx.user);
    auto messages = storage::MessageRepository(m_ctx.db).forTicket(ticket.id, staff);
    if (!messages)
        return messages.error();
    return full(ticket, links.value(), messages.value());
}

storage::Result<QJsonObject> TicketPresenter::full(const core::Ticket &ticket,
                                                   const QList<core::TicketLink> &links,
                                                   const QList<core::Message> &messages)
{
    auto shown = view(ticket);
    if (!shown)
        return shown.error();
    shown->links = links;
    QJsonObject json = protocol::TicketJson::toJson(ticket, shown.value());
    QJsonArray items;
    for (const core::Message &m : messages) {
        if (!Permissions::canSeeMessage(*m_ctx.user, m.kind))
            continue;
        auto rendered = message(m);
        if (!rendered)
            return rendered.error();
        items.append(rendered.value());
    }
    json.insert(QStringLiteral("messages"), items);
    return json;
}

} // namespace sd::server
