#include "messagejson.h"

#include "attachmentjson.h"
#include "jsonbody.h"
#include "wirevalue.h"

#include <QJsonArray>

namespace sd::protocol {

namespace {

using P = JsonBody::Presence;

QJsonValue author(const core::Message &m)
{
    if (m.authorId == 0 && m.authorName.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("id"), WireValue::id(m.authorId)},
                       {QStringLiteral("name"), m.authorName}};
}

bool readAuthor(const QJsonObject &json, core::Message *m, ApiError *error)
{
    QJsonObject inner;
    if (!JsonBody::readObject(json, QStringLiteral("author"), P::Nullable, &inner, error))
        return false;
    if (JsonBody::readId(inner, QStringLiteral("id"), P::Nullable, &m->authorId, error) &&
        JsonBody::readString(inner, QStringLiteral("name"), P::Nullable, JsonBody::Unlimited,
                             &m->authorName, error))
        return true;
    JsonBody::nestField(QStringLiteral("author"), error);
    return false;
}

bool readAttachments(const QJsonObject &json, core::Message *m,
                     QList<core::AttachmentInfo> *attachments, ApiError *error)
{
    QList<QJsonObject> items;
    if (!JsonBody::readObjectList(json, QStringLiteral("attachments"), P::Nullable, &items, error))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto attachment = AttachmentJson::fromJson(items.at(i), error);
        if (!attachment) {
            JsonBody::nestField(QStringLiteral("attachments[%1]").arg(i), error);
            return false;
        }
        m->attachmentIds.append(attachment->id);
        attachments->append(*attachment);
    }
    return true;
}

} // namespace

QJsonObject MessageJson::toJson(const core::Message &m,
                                const QList<core::AttachmentInfo> &attachments)
{
    QJsonArray files;
    for (const core::AttachmentInfo &attachment : attachments)
        files.append(AttachmentJson::toJson(attachment));
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("ticket_id"), m.ticketId},
        {QStringLiteral("kind"), core::toString(m.kind)},
        {QStringLiteral("author"), author(m)},
        {QStringLiteral("created_at"), WireValue::dateTime(m.createdAt)},
        {QStringLiteral("body_html"), m.bodyHtml},
        {QStringLiteral("body_text"), m.bodyText},
        {QStringLiteral("attachments"), files},
    };
}

std::optional<core::Message> MessageJson::fromJson(const QJsonObject &json,
                                                   QList<core::AttachmentInfo> *attachments,
                                                   ApiError *error)
{
    constexpr qsizetype U = JsonBody::Unlimited;
    core::Message m;
    QList<core::AttachmentInfo> files;
    if (!JsonBody::readId(json, QStringLiteral("id"), P::Required, &m.id, error) ||
        !JsonBody::readId(json, QStringLiteral("ticket_id"), P::Required, &m.ticketId, error) ||
        !JsonBody::readEnum(json, QStringLiteral("kind"), P::Required, &m.kind, error) ||
        !readAuthor(json, &m, error) ||
        !JsonBody::readDateTime(json, QStringLiteral("created_at"), P::Required, &m.createdAt,
                                error) ||
        !JsonBody::readText(json, QStringLiteral("body_html"), P::Nullable, U, &m.bodyHtml,
                            error) ||
        !JsonBody::readText(json, QStringLiteral("body_text"), P::Nullable, U, &m.bodyText,
                            error) ||
        !readAttachments(json, &m, &files, error))
        return std::nullopt;
    if (attachments)
        *attachments = files;
    return m;
}

} // namespace sd::protocol
