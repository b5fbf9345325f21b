#include "ticketjson.h"

#include "jsonbody.h"
#include "ticketlinkjson.h"
#include "wirevalue.h"

#include <QJsonArray>

#include <climits>

namespace sd::protocol {

namespace {

using P = JsonBody::Presence;

static_assert(core::Resolution{} == core::Resolution::None,
              "a null resolution on the wire reads as Resolution::None");

QJsonValue named(qint64 id, const QString &name)
{
    if (id == 0)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QJsonValue assignee(const core::Ticket &ticket, const TicketView &view)
{
    if (view.staff || ticket.assigneeId == 0)
        return named(ticket.assigneeId, view.assigneeName);
    return QJsonObject{{QStringLiteral("name"), view.assigneeName}};
}

QJsonObject requester(const core::Ticket &ticket, const TicketView &view)
{
    return QJsonObject{
        {QStringLiteral("id"), WireValue::id(ticket.requesterId)},
        {QStringLiteral("name"),
         view.requesterName.isEmpty() ? ticket.requesterName : view.requesterName},
        {QStringLiteral("email"), ticket.requesterEmail},
    };
}

QJsonArray links(const QList<core::TicketLink> &links)
{
    QJsonArray out;
    for (const core::TicketLink &link : links)
        out.append(TicketLinkJson::toJson(link));
    return out;
}

// {id, name}|null into an id and a name; the customer view's assignee has no id.
bool readNamed(const QJsonObject &json, const QString &key, qint64 *id, QString *name,
               ApiError *error)
{
    QJsonObject inner;
    if (!JsonBody::readObject(json, key, P::Nullable, &inner, error))
        return false;
    if (!JsonBody::readId(inner, QStringLiteral("id"), P::Nullable, id, error) ||
        !JsonBody::readString(inner, QStringLiteral("name"), P::Nullable, JsonBody::Unlimited, name,
                              error)) {
        JsonBody::nestField(key, error);
        return false;
    }
    return true;
}

bool readHeadline(const QJsonObject &json, core::Ticket *t, ApiError *error)
{
    return JsonBody::readId(json, QStringLiteral("id"), P::Required, &t->id, error) &&
           JsonBody::readString(json, QStringLiteral("number"), P::Required, JsonBody::Unlimited,
                                &t->number, error) &&
           JsonBody::readString(json, QStringLiteral("subject"), P::Required, JsonBody::Unlimited,
                                &t->subject, error) &&
           JsonBody::readText(json, QStringLiteral("description"), P::Nullable, JsonBody::Unlimited,
                              &t->description, error) &&
           JsonBody::readEnum(json, QStringLiteral("status"), P::Required, &t->status, error) &&
           JsonBody::readEnum(json, QStringLiteral("resolution"), P::Nullable, &t->resolution,
                              error) &&
           JsonBody::readEnum(json, QStringLiteral("priority"), P::Required, &t->priority, error) &&
           JsonBody::readEnum(json, QStringLiteral("category"), P::Required, &t->category, error) &&
           JsonBody::readEnum(json, QStringLiteral("channel"), P::Required, &t->channel, error) &&
           JsonBody::readInt(json, QStringLiteral("version"), P::Required, 1, INT_MAX, &t->version,
                             error) &&
           JsonBody::readId(json, QStringLiteral("merged_into"), P::Nullable, &t->mergedIntoId,
                            error);
}

bool readPeople(const QJsonObject &json, core::Ticket *t, TicketView *view, ApiError *error)
{
    QString requesterName;
    if (!readNamed(json, QStringLiteral("queue"), &t->queueId, &view->queueName, error) ||
        !readNamed(json, QStringLiteral("assignee"), &t->assigneeId, &view->assigneeName, error) ||
        !readNamed(json, QStringLiteral("organisation"), &t->organisationId,
                   &view->organisationName, error) ||
        !readNamed(json, QStringLiteral("requester"), &t->requesterId, &requesterName, error) ||
        !JsonBody::readId(json, QStringLiteral("contract_id"), P::Nullable, &t->contractId, error))
        return false;
    t->requesterName = requesterName;
    view->requesterName = requesterName;
    const QJsonObject requester = json.value(QStringLiteral("requester")).toObject();
    if (!JsonBody::readString(requester, QStringLiteral("email"), P::Nullable, JsonBody::Unlimited,
                              &t->requesterEmail, error)) {
        JsonBody::nestField(QStringLiteral("requester"), error);
        return false;
    }
    return true;
}

bool readDetails(const QJsonObject &json, core::Ticket *t, ApiError *error)
{
    constexpr qsizetype U = JsonBody::Unlimited;
    QJsonObject customFields;
    if (!JsonBody::readString(json, QStringLiteral("product"), P::Nullable, U, &t->product,
                              error) ||
        !JsonBody::readString(json, QStringLiteral("product_version"), P::Nullable, U,
                              &t->productVersion, error) ||
        !JsonBody::readString(json, QStringLiteral("os"), P::Nullable, U, &t->os, error) ||
        !JsonBody::readText(json, QStringLiteral("steps"), P::Nullable, U, &t->stepsToReproduce,
                            error) ||
        !JsonBody::readInt(json, QStringLiteral("affected_users"), P::Nullable, 0, INT_MAX,
                           &t->affectedUsers, error) ||
        !JsonBody::readString(json, QStringLiteral("project_code"), P::Nullable, U, &t->projectCode,
                              error) ||
        !JsonBody::readStringList(json, QStringLiteral("tags"), P::Nullable, U, U, &t->tags,
                                  error) ||
        !JsonBody::readObject(json, QStringLiteral("custom_fields"), P::Nullable, &customFields,
                              error))
        return false;
    t->customFields = customFields.toVariantMap();
    return true;
}

bool readTimes(const QJsonObject &json, core::Ticket *t, ApiError *error)
{
    return JsonBody::readDateTime(json, QStringLiteral("created_at"), P::Required, &t->createdAt,
                                  error) &&
           JsonBody::readDateTime(json, QStringLiteral("updated_at"), P::Nullable, &t->updatedAt,
                                  error) &&
           JsonBody::readDateTime(json, QStringLiteral("first_response_at"), P::Nullable,
                                  &t->firstResponseAt, error) &&
           JsonBody::readDateTime(json, QStringLiteral("first_response_due"), P::Nullable,
                                  &t->firstResponseDue, error) &&
           JsonBody::readDateTime(json, QStringLiteral("resolution_due"), P::Nullable,
                                  &t->resolutionDue, error) &&
           JsonBody::readDateTime(json, QStringLiteral("resolved_at"), P::Nullable, &t->resolvedAt,
                                  error);
}

bool readLinks(const QJsonObject &json, TicketView *view, ApiError *error)
{
    QList<QJsonObject> items;
    if (!JsonBody::readObjectList(json, QStringLiteral("links"), P::Nullable, &items, error) ||
        !JsonBody::readObject(json, QStringLiteral("sla"), P::Nullable, &view->sla, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto link = TicketLinkJson::fromJson(items.at(i), error);
        if (!link) {
            JsonBody::nestField(QStringLiteral("links[%1]").arg(i), error);
            return false;
        }
        view->links.append(*link);
    }
    return true;
}

} // namespace

QJsonObject TicketJson::toJson(const core::Ticket &t, const TicketView &view)
{
    QJsonObject json{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("number"), t.number},
        {QStringLiteral("subject"), t.subject},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("status"), core::toString(t.status)},
        {QStringLiteral("resolution"), t.resolution == core::Resolution::None
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(core::toString(t.resolution))},
        {QStringLiteral("priority"), core::toString(t.priority)},
        {QStringLiteral("category"), core::toString(t.category)},
        {QStringLiteral("channel"), core::toString(t.channel)},
        {QStringLiteral("queue"), named(t.queueId, view.queueName)},
        {QStringLiteral("assignee"), assignee(t, view)},
        {QStringLiteral("requester"), requester(t, view)},
        {QStringLiteral("organisation"), named(t.organisationId, view.organisationName)},
        {QStringLiteral("contract_id"), WireValue::id(t.contractId)},
        {QStringLiteral("product"), t.product},
        {QStringLiteral("product_version"), t.productVersion},
        {QStringLiteral("os"), t.os},
        {QStringLiteral("steps"), t.stepsToReproduce},
        {QStringLiteral("affected_users"), t.affectedUsers},
        {QStringLiteral("project_code"), t.projectCode},
        {QStringLiteral("created_at"), WireValue::dateTime(t.createdAt)},
        {QStringLiteral("updated_at"), WireValue::dateTime(t.updatedAt)},
        {QStringLiteral("first_response_at"), WireValue::dateTime(t.firstResponseAt)},
        {QStringLiteral("first_response_due"), WireValue::dateTime(t.firstResponseDue)},
        {QStringLiteral("resolution_due"), WireValue::dateTime(t.resolutionDue)},
        {QStringLiteral("resolved_at"), WireValue::dateTime(t.resolvedAt)},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("merged_into"), WireValue::id(t.mergedIntoId)},
        {QStringLiteral("links"), links(view.links)},
        {QStringLiteral("sla"), view.sla},
    };
    if (view.staff) {
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(t.tags));
        json.insert(QStringLiteral("custom_fields"), QJsonObject::fromVariantMap(t.customFields));
    }
    return json;
}

std::optional<core::Ticket> TicketJson::fromJson(const QJsonObject &json, TicketView *view,
                                                 ApiError *error)
{
    core::Ticket ticket;
    TicketView seen;
    seen.staff = json.contains(QStringLiteral("tags"));
    if (!readHeadline(json, &ticket, error) || !readPeople(json, &ticket, &seen, error) ||
        !readDetails(json, &ticket, error) || !readTimes(json, &ticket, error) ||
        !readLinks(json, &seen, error))
        return std::nullopt;
    if (view)
        *view = seen;
    return ticket;
}

} // namespace sd::protocol
