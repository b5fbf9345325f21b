#include "tickettextwriter.h"

#include "jsontext.h"
#include "permissions.h"
#include "protocol/attachmentjson.h"
#include "protocol/ticketlinkjson.h"
#include "protocol/wirevalue.h"
#include "requestcontext.h"
#include "storage/attachmentrepository.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/userrepository.h"
#include "ticketpresenter.h"

namespace sd::server {

namespace {

// Keys are written in QJsonObject's sorted order, which is what keeps the bytes equal to the
// presenter's (the test compares them).

void appendId(QByteArray &out, qint64 id)
{
    if (id == 0)
        out.append("null");
    else
        out.append(QByteArray::number(id));
}

void appendTime(QByteArray &out, const QDateTime &at)
{
    if (at.isValid())
        JsonText::appendString(out, protocol::WireValue::formatDateTime(at));
    else
        out.append("null");
}

// {"id":..,"name":..} or null for no id.
void appendNamed(QByteArray &out, qint64 id, const QString &name)
{
    if (id == 0) {
        out.append("null");
        return;
    }
    out.append("{\"id\":").append(QByteArray::number(id)).append(",\"name\":");
    JsonText::appendString(out, name);
    out.append('}');
}

template <typename Lookup>
storage::Result<QString> cachedName(QHash<qint64, QString> &cache, qint64 id, Lookup lookup)
{
    if (id == 0)
        return QString();
    if (const auto it = cache.constFind(id); it != cache.cend())
        return *it;
    auto name = lookup(id);
    if (!name) {
        // A dangling id (deleted user) shows without a name, as in TicketPresenter.
        if (name.error().kind != storage::StorageError::Kind::NotFound)
            return name.error();
        name = QString();
    }
    cache.insert(id, name.value());
    return name.value();
}

} // namespace

TicketTextWriter::TicketTextWriter(RequestContext &ctx)
    : m_ctx(ctx), m_staff(Permissions::isStaff(*ctx.user)), m_now(QDateTime::currentDateTimeUtc())
{
    m_users.insert(ctx.user->id, ctx.user->name.isEmpty() ? ctx.user->login : ctx.user->name);
}

void TicketTextWriter::rememberAttachments(const QList<core::AttachmentInfo> &infos)
{
    for (const core::AttachmentInfo &info : infos)
        m_attachments.insert(info.id, info);
}

storage::Result<QString> TicketTextWriter::userName(qint64 id)
{
    return cachedName(m_users, id, [this](qint64 id) {
        return storage::UserRepository(m_ctx.db).displayName(id);
    });
}

storage::Result<QString> TicketTextWriter::queueName(qint64 id)
{
    return cachedName(m_queues, id, [this](qint64 id) -> storage::Result<QString> {
        auto queue = storage::QueueRepository(m_ctx.db).get(id);
        if (!queue)
            return queue.error();
        return queue->name;
    });
}

storage::Result<QString> TicketTextWriter::organisationName(qint64 id)
{
    return cachedName(m_organisations, id, [this](qint64 id) {
        return storage::OrganisationRepository(m_ctx.db).name(id);
    });
}

storage::Result<TicketTextWriter::Names> TicketTextWriter::names(const core::Ticket &t)
{
    auto assignee = userName(t.assigneeId);
    auto organisation = organisationName(t.organisationId);
    auto queue = queueName(t.queueId);
    auto requester =
        t.requesterId != 0 ? userName(t.requesterId) : storage::Result<QString>(t.requesterName);
    for (const auto *result : {&assignee, &organisation, &queue, &requester})
        if (!*result)
            return result->error();
    if (requester->isEmpty())
        requester = t.requesterName;
    return Names{assignee.value(), organisation.value(), queue.value(), requester.value()};
}

void TicketTextWriter::appendHead(QByteArray &out, const core::Ticket &t, const Names &names) const
{
    out.append("{\"affected_users\":").append(QByteArray::number(t.affectedUsers));
    out.append(",\"assignee\":");
    if (m_staff || t.assigneeId == 0) {
        appendNamed(out, t.assigneeId, names.assignee);
    } else {
        // Customers see who works on their ticket, not the agent's id.
        out.append("{\"name\":");
        JsonText::appendString(out, names.assignee);
        out.append('}');
    }
    out.append(",\"category\":");
    JsonText::appendString(out, core::toString(t.category));
    out.append(",\"channel\":");
    JsonText::appendString(out, core::toString(t.channel));
    out.append(",\"contract_id\":");
    appendId(out, t.contractId);
    out.append(",\"created_at\":");
    appendTime(out, t.createdAt);
    if (m_staff) {
        out.append(",\"custom_fields\":");
        JsonText::appendObject(out, QJsonObject::fromVariantMap(t.customFields));
    }
    out.append(",\"description\":");
    JsonText::appendString(out, t.description);
    out.append(",\"first_response_at\":");
    appendTime(out, t.firstResponseAt);
    out.append(",\"first_response_due\":");
    appendTime(out, t.firstResponseDue);
    out.append(",\"id\":").append(QByteArray::number(t.id));
}

void TicketTextWriter::appendTail(QByteArray &out, const core::Ticket &t, const Names &names) const
{
    out.append(",\"number\":");
    JsonText::appendString(out, t.number);
    out.append(",\"organisation\":");
    appendNamed(out, t.organisationId, names.organisation);
    const std::pair<const char *, QString> texts[] = {
        {",\"os\":", t.os},
        {",\"priority\":", core::toString(t.priority)},
        {",\"product\":", t.product},
        {",\"product_version\":", t.productVersion},
        {",\"project_code\":", t.projectCode},
    };
    for (const auto &[key, text] : texts) {
        out.append(key);
        JsonText::appendString(out, text);
    }
    out.append(",\"queue\":");
    appendNamed(out, t.queueId, names.queue);
    out.append(",\"requester\":{\"email\":");
    JsonText::appendString(out, t.requesterEmail);
    out.append(",\"id\":");
    appendId(out, t.requesterId);
    out.append(",\"name\":");
    JsonText::appendString(out, names.requester);
    out.append("},\"resolution\":");
    if (t.resolution == core::Resolution::None)
        out.append("null");
    else
        JsonText::appendString(out, core::toString(t.resolution));
    out.append(",\"resolution_due\":");
    appendTime(out, t.resolutionDue);
    out.append(",\"resolved_at\":");
    appendTime(out, t.resolvedAt);
    out.append(",\"sla\":");
    JsonText::appendObject(out, TicketPresenter::slaJson(t, m_now));
    const std::pair<const char *, QString> more[] = {
        {",\"status\":", core::toString(t.status)},
        {",\"steps\":", t.stepsToReproduce},
        {",\"subject\":", t.subject},
    };
    for (const auto &[key, text] : more) {
        out.append(key);
        JsonText::appendString(out, text);
    }
    if (m_staff) {
        out.append(",\"tags\":[");
        for (qsizetype i = 0; i < t.tags.size(); ++i) {
            if (i > 0)
                out.append(',');
            JsonText::appendString(out, t.tags.at(i));
        }
        out.append(']');
    }
    out.append(",\"updated_at\":");
    appendTime(out, t.updatedAt);
    out.append(",\"version\":").append(QByteArray::number(t.version)).append('}');
}

storage::Result<void> TicketTextWriter::appendMessage(QByteArray &out, const core::Message &m)
{
    out.append("{\"attachments\":[");
    storage::AttachmentRepository repository(m_ctx.db);
    for (qsizetype i = 0; i < m.attachmentIds.size(); ++i) {
        const qint64 id = m.attachmentIds.at(i);
        auto info = m_attachments.contains(id)
                        ? storage::Result<core::AttachmentInfo>(m_attachments.value(id))
                        : repository.get(id);
        if (!info)
            return info.error();
        if (i > 0)
            out.append(',');
        JsonText::appendObject(out, protocol::AttachmentJson::toJson(info.value()));
    }
    QString author = m.authorName;
    if (author.isEmpty() && m.authorId != 0) {
        auto name = userName(m.authorId);
        if (!name)
            return name.error();
        author = name.value();
    }
    out.append("],\"author\":");
    if (m.authorId == 0 && author.isEmpty()) {
        out.append("null");
    } else {
        out.append("{\"id\":");
        appendId(out, m.authorId);
        out.append(",\"name\":");
        JsonText::appendString(out, author);
        out.append('}');
    }
    out.append(",\"body_html\":");
    JsonText::appendString(out, m.bodyHtml);
    out.append(",\"body_text\":");
    JsonText::appendString(out, m.bodyText);
    out.append(",\"created_at\":");
    appendTime(out, m.createdAt);
    out.append(",\"id\":").append(QByteArray::number(m.id)).append(",\"kind\":");
    JsonText::appendString(out, core::toString(m.kind));
    out.append(",\"ticket_id\":").append(QByteArray::number(m.ticketId)).append('}');
    return {};
}

storage::Result<void> TicketTextWriter::appendMessages(QByteArray &out,
                                                       const QList<core::Message> &messages)
{
    out.append(",\"messages\":[");
    bool first = true;
    for (const core::Message &message : messages) {
        if (!Permissions::canSeeMessage(*m_ctx.user, message.kind))
            continue;
        if (!first)
            out.append(',');
        first = false;
        if (auto written = appendMessage(out, message); !written)
            return written;
    }
    out.append(']');
    return {};
}

storage::Result<void> TicketTextWriter::append(QByteArray &out, const core::Ticket &ticket,
                                               const QList<core::TicketLink> &links,
                                               const QList<core::Message> &messages)
{
    auto looked = names(ticket);
    if (!looked)
        return looked.error();
    appendHead(out, ticket, looked.value());
    out.append(",\"links\":[");
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (i > 0)
            out.append(',');
        JsonText::appendObject(out, protocol::TicketLinkJson::toJson(links.at(i)));
    }
    out.append("],\"merged_into\":");
    appendId(out, ticket.mergedIntoId);
    if (auto written = appendMessages(out, messages); !written)
        return written;
    appendTail(out, ticket, looked.value());
    return {};
}

} // namespace sd::server
