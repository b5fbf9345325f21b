#include "messagecreaterequest.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "wirevalue.h"

#include "core/ticketnumber.h"

namespace sd::protocol {

namespace {

bool readTicketNumber(const QJsonObject &json, QString *out, ApiError *error)
{
    const QString key = QStringLiteral("ticket_number");
    QString typed;
    if (!JsonBody::readString(json, key, JsonBody::Presence::Optional, FieldLimits::ShortTextLength,
                              &typed, error))
        return false;
    if (!json.contains(key))
        return true;
    const auto number = core::TicketNumber::parse(typed);
    if (!number)
        return JsonBody::fail(
            error, QStringLiteral("invalid_value"), key,
            MessageCreateRequest::tr("The field %1 must be a ticket number such as "
                                     "SD-2026-000123.")
                .arg(key));
    *out = number->toString();
    return true;
}

} // namespace

QStringList MessageCreateRequest::fieldNames()
{
    return {QStringLiteral("kind"), QStringLiteral("body_html"), QStringLiteral("body_text"),
            QStringLiteral("attachments"), QStringLiteral("ticket_number")};
}

QList<core::MessageKind> MessageCreateRequest::postableKinds()
{
    return {core::MessageKind::Reply, core::MessageKind::Note, core::MessageKind::Customer,
            core::MessageKind::PhoneCall};
}

std::optional<MessageCreateRequest> MessageCreateRequest::fromJson(const QJsonObject &json,
                                                                   ApiError *error)
{
    using P = JsonBody::Presence;
    MessageCreateRequest r;
    if (!JsonBody::rejectUnknownFields(json, fieldNames(), error) ||
        !JsonBody::readEnum(json, QStringLiteral("kind"), P::Required, &r.kind, error,
                            postableKinds()) ||
        !JsonBody::readText(json, QStringLiteral("body_html"), P::Optional, FieldLimits::BodyLength,
                            &r.bodyHtml, error) ||
        !JsonBody::readText(json, QStringLiteral("body_text"), P::Optional, FieldLimits::BodyLength,
                            &r.bodyText, error) ||
        !JsonBody::readIdList(json, QStringLiteral("attachments"), P::Optional,
                              FieldLimits::Attachments, &r.attachmentIds, error) ||
        !readTicketNumber(json, &r.ticketNumber, error))
        return std::nullopt;
    if (r.bodyHtml.trimmed().isEmpty() && r.bodyText.trimmed().isEmpty()) {
        JsonBody::fail(error, QStringLiteral("required"), QStringLiteral("body_text"),
                       tr("The message is empty: %1 or %2 must hold some text.")
                           .arg(QStringLiteral("body_text"), QStringLiteral("body_html")));
        return std::nullopt;
    }
    return r;
}

QJsonObject MessageCreateRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), core::toString(kind)}};
    if (!bodyHtml.isEmpty())
        json.insert(QStringLiteral("body_html"), bodyHtml);
    if (!bodyText.isEmpty())
        json.insert(QStringLiteral("body_text"), bodyText);
    if (!attachmentIds.isEmpty())
        json.insert(QStringLiteral("attachments"), WireValue::ids(attachmentIds));
    if (!ticketNumber.isEmpty())
        json.insert(QStringLiteral("ticket_number"), ticketNumber);
    return json;
}

} // namespace sd::protocol
