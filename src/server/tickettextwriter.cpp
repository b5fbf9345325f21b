#include "tickettextwriter.h"

#include "core/slaevaluator.h"
#include "core/ticketworkflow.h"
#include "permissions.h"
#include "protocol/attachmentjson.h"
#include "protocol/ticketlinkjson.h"
#include "protocol/wirevalue.h"
#include "requestcontext.h"
#include "storage/attachmentrepository.h"
#include "storage/jsontext.h"

namespace sd::server {

namespace {

using storage::JsonText;

// Keys are written in QJsonObject's sorted order, which is what keeps the bytes equal to the
// presenter's (the test compares them).

void appendId(QByteArray &out, qint64 id)
{
    if (id == 0)
        out.append("null");
    else
        out.append(QByteArray::number(id));
}

void appendDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
}

// "2026-03-01T08:15:00.000Z", as WireValue::formatDateTime writes it, without the
// QDateTime::toString machinery (a quarter of the writer's time); other years go through it.
void appendTime(QByteArray &out, const QDateTime &at)
{
    if (!at.isValid()) {
        out.append("null");
        return;
    }
    const qint64 msecs = at.toMSecsSinceEpoch();
    const qint64 days = msecs >= 0 ? msecs / 86400000 : (msecs - 86399999) / 86400000;
    const qint64 inDay = msecs - days * 86400000;
    // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999) {
        JsonText::appendString(out, protocol::WireValue::formatDateTime(at));
        return;
    }
    char text[] = "\"0000-00-00T00:00:00.000Z\"";
    appendDigits(text + 1, int(year), 4);
    appendDigits(text + 6, month, 2);
    appendDigits(text + 9, day, 2);
    appendDigits(text + 12, int(inDay / 3600000), 2);
    appendDigits(text + 15, int(inDay / 60000 % 60), 2);
    appendDigits(text + 18, int(inDay / 1000 % 60), 2);
    appendDigits(text + 21, int(inDay % 1000), 3);
    out.append(text, sizeof text - 1);
}

// An enum's spelling (ASCII, nothing to escape) without making a QString of it.
template <typename Enum> void appendName(QByteArray &out, Enum value)
{
    out.append('"');
    for (const auto &[known, name] : core::EnumTraits<Enum>::names) {
        if (known != value)
            continue;
        for (const char16_t *c = name; *c != 0; ++c)
            out.append(char(*c));
        break;
    }
    out.append('"');
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

} // namespace

TicketTextWriter::TicketTextWriter(RequestContext &ctx)
    : m_ctx(ctx), m_staff(Permissions::isStaff(*ctx.user)), m_now(QDateTime::currentDateTimeUtc()),
      m_names(ctx)
{}

void TicketTextWriter::rememberAttachments(const QList<core::AttachmentInfo> &infos)
{
    for (const core::AttachmentInfo &info : infos)
        m_attachments.insert(info.id, info);
}

void TicketTextWriter::rememberBodies(QHash<qint64, storage::StoredBodies> bodies)
{
    m_bodies = std::move(bodies);
}

storage::Result<void> TicketTextWriter::loadSlaTargets(const QList<qint64> &ticketIds)
{
    return m_names.loadSlaTargets(ticketIds);
}

storage::Result<TicketTextWriter::Names> TicketTextWriter::names(const core::Ticket &t)
{
    auto assignee = m_names.userName(t.assigneeId);
    auto organisation = m_names.organisationName(t.organisationId);
    auto queue = m_names.queueName(t.queueId);
    auto requester = t.requesterId != 0 ? m_names.userName(t.requesterId)
                                        : storage::Result<QString>(t.requesterName);
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

// protocol::SlaTargetJson's object.
void TicketTextWriter::appendTarget(QByteArray &out, const core::SlaTarget &target) const
{
    const core::SlaTarget t = core::SlaEvaluator::asOf(target, m_now);
    out.append("{\"breached\":").append(t.breached ? "true" : "false");
    out.append(",\"budget_minutes\":").append(QByteArray::number(t.budgetMinutes));
    out.append(",\"cycle\":").append(QByteArray::number(t.cycle));
    out.append(",\"due_at\":");
    appendTime(out, t.dueAt);
    out.append(",\"met_at\":");
    appendTime(out, t.metAt);
    if (t.state == core::SlaTargetState::Paused) {
        out.append(",\"paused_reason\":");
        JsonText::appendString(out, t.pausedReason);
    }
    out.append(",\"started_at\":");
    appendTime(out, t.startedAt);
    out.append(",\"state\":");
    appendName(out, t.state);
    out.append(",\"target\":");
    appendName(out, t.kind);
    out.append(",\"used_minutes\":").append(QByteArray::number(t.usedMinutes));
    out.append(",\"warn_at\":");
    appendTime(out, t.warnAt);
    out.append('}');
}

void TicketTextWriter::appendSla(QByteArray &out, const core::Ticket &t,
                                 const QList<core::SlaTarget> &targets) const
{
    // TicketPresenter::slaJson's object, written directly (building it cost a tenth of a page).
    const QDateTime finished = core::TicketWorkflow::isDone(t.status) ? t.resolvedAt : QDateTime();
    const auto breached = [this](const QDateTime &due, const QDateTime &met) {
        return due.isValid() && (met.isValid() ? met > due : m_now > due);
    };
    out.append(",\"sla\":{\"first_response_at\":");
    appendTime(out, t.firstResponseAt);
    out.append(",\"first_response_breached\":");
    out.append(breached(t.firstResponseDue, t.firstResponseAt) ? "true" : "false");
    out.append(",\"first_response_due\":");
    appendTime(out, t.firstResponseDue);
    out.append(",\"paused\":");
    out.append(core::TicketWorkflow::pausesSla(t.status) ? "true" : "false");
    out.append(",\"resolution_breached\":");
    out.append(breached(t.resolutionDue, finished) ? "true" : "false");
    out.append(",\"resolution_due\":");
    appendTime(out, t.resolutionDue);
    out.append(",\"resolved_at\":");
    appendTime(out, t.resolvedAt);
    out.append(",\"targets\":[");
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendTarget(out, targets.at(i));
    }
    out.append("]}");
}

void TicketTextWriter::appendTail(QByteArray &out, const core::Ticket &t, const Names &names,
                                  const QList<core::SlaTarget> &targets) const
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
    appendSla(out, t, targets);
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
        auto name = m_names.userName(m.authorId);
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
    if (const auto stored = m_bodies.constFind(m.id); stored != m_bodies.cend()) {
        JsonText::appendUtf8String(out, stored->html);
        out.append(",\"body_text\":");
        JsonText::appendUtf8String(out, stored->text);
    } else {
        JsonText::appendString(out, m.bodyHtml);
        out.append(",\"body_text\":");
        JsonText::appendString(out, m.bodyText);
    }
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
    auto targets = m_names.slaTargets(ticket.id);
    if (!targets)
        return targets.error();
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
    appendTail(out, ticket, looked.value(), targets.value());
    return {};
}

} // namespace sd::server
