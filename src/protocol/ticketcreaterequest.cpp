#include "ticketcreaterequest.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "wirevalue.h"

namespace sd::protocol {

namespace {

using P = JsonBody::Presence;
using L = FieldLimits;

// Deliberately loose: the mail system is the judge of an address; this only catches a name
// typed into the address field.
bool looksLikeEmail(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at == text.lastIndexOf(u'@') && text.indexOf(u'.', at) > at + 1 &&
           !text.endsWith(u'.') && !text.contains(u' ');
}

bool readText(const QJsonObject &json, TicketCreateRequest *r, ApiError *error)
{
    return JsonBody::readString(json, QStringLiteral("subject"), P::Required, L::SubjectLength,
                                &r->subject, error) &&
           JsonBody::readText(json, QStringLiteral("description"), P::Required,
                              L::DescriptionLength, &r->description, error) &&
           JsonBody::readString(json, QStringLiteral("product"), P::Optional, L::ShortTextLength,
                                &r->product, error) &&
           JsonBody::readString(json, QStringLiteral("product_version"), P::Optional,
                                L::ShortTextLength, &r->productVersion, error) &&
           JsonBody::readString(json, QStringLiteral("os"), P::Optional, L::ShortTextLength, &r->os,
                                error) &&
           JsonBody::readText(json, QStringLiteral("steps"), P::Optional, L::StepsLength, &r->steps,
                              error) &&
           JsonBody::readString(json, QStringLiteral("project_code"), P::Optional,
                                L::ShortTextLength, &r->projectCode, error) &&
           JsonBody::readString(json, QStringLiteral("requester_name"), P::Optional,
                                L::ShortTextLength, &r->requesterName, error) &&
           JsonBody::readString(json, QStringLiteral("requester_email"), P::Optional,
                                L::EmailLength, &r->requesterEmail, error);
}

bool readChoices(const QJsonObject &json, TicketCreateRequest *r, ApiError *error)
{
    core::Priority priority = core::Priority::Normal;
    core::Channel channel = core::Channel::Api;
    if (!JsonBody::readEnum(json, QStringLiteral("category"), P::Required, &r->category, error) ||
        !JsonBody::readEnum(json, QStringLiteral("priority"), P::Optional, &priority, error) ||
        !JsonBody::readEnum(json, QStringLiteral("channel"), P::Optional, &channel, error) ||
        !JsonBody::readInt(json, QStringLiteral("affected_users"), P::Optional, 0, L::AffectedUsers,
                           &r->affectedUsers, error) ||
        !JsonBody::readIdList(json, QStringLiteral("attachments"), P::Optional, L::Attachments,
                              &r->attachmentIds, error))
        return false;
    if (json.contains(QStringLiteral("priority")))
        r->priority = priority;
    if (json.contains(QStringLiteral("channel")))
        r->channel = channel;
    return true;
}

void insertUnlessEmpty(QJsonObject &json, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

} // namespace

QStringList TicketCreateRequest::fieldNames()
{
    return {QStringLiteral("subject"),
            QStringLiteral("description"),
            QStringLiteral("category"),
            QStringLiteral("priority"),
            QStringLiteral("product"),
            QStringLiteral("product_version"),
            QStringLiteral("os"),
            QStringLiteral("steps"),
            QStringLiteral("affected_users"),
            QStringLiteral("project_code"),
            QStringLiteral("attachments"),
            QStringLiteral("requester_email"),
            QStringLiteral("requester_name"),
            QStringLiteral("channel")};
}

std::optional<TicketCreateRequest> TicketCreateRequest::fromJson(const QJsonObject &json,
                                                                 ApiError *error)
{
    TicketCreateRequest r;
    if (!JsonBody::rejectUnknownFields(json, fieldNames(), error) || !readText(json, &r, error) ||
        !readChoices(json, &r, error))
        return std::nullopt;
    if (!r.requesterEmail.isEmpty() && !looksLikeEmail(r.requesterEmail)) {
        JsonBody::fail(error, QStringLiteral("invalid_value"), QStringLiteral("requester_email"),
                       tr("The field %1 must be an email address such as name@example.com.")
                           .arg(QStringLiteral("requester_email")));
        return std::nullopt;
    }
    return r;
}

QJsonObject TicketCreateRequest::toJson() const
{
    QJsonObject json{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("description"), description},
        {QStringLiteral("category"), core::toString(category)},
    };
    if (priority)
        json.insert(QStringLiteral("priority"), core::toString(*priority));
    if (channel)
        json.insert(QStringLiteral("channel"), core::toString(*channel));
    if (affectedUsers > 0)
        json.insert(QStringLiteral("affected_users"), affectedUsers);
    if (!attachmentIds.isEmpty())
        json.insert(QStringLiteral("attachments"), WireValue::ids(attachmentIds));
    insertUnlessEmpty(json, QStringLiteral("product"), product);
    insertUnlessEmpty(json, QStringLiteral("product_version"), productVersion);
    insertUnlessEmpty(json, QStringLiteral("os"), os);
    insertUnlessEmpty(json, QStringLiteral("steps"), steps);
    insertUnlessEmpty(json, QStringLiteral("project_code"), projectCode);
    insertUnlessEmpty(json, QStringLiteral("requester_email"), requesterEmail);
    insertUnlessEmpty(json, QStringLiteral("requester_name"), requesterName);
    return json;
}

core::Ticket TicketCreateRequest::toTicket() const
{
    core::Ticket t;
    t.subject = subject;
    t.description = description;
    t.category = category;
    t.priority = priority.value_or(core::Priority::Normal);
    t.channel = channel.value_or(core::Channel::Api);
    t.product = product;
    t.productVersion = productVersion;
    t.os = os;
    t.stepsToReproduce = steps;
    t.affectedUsers = affectedUsers;
    t.projectCode = projectCode;
    t.requesterEmail = requesterEmail;
    t.requesterName = requesterName;
    return t;
}

} // namespace sd::protocol
