#include "ticketpatch.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "wirevalue.h"

#include <QJsonArray>

namespace sd::protocol {

namespace {

using P = JsonBody::Presence;
using L = FieldLimits;

// Reads `key` into *out only when the body has it; `read` applies the field's own rules.
template <typename T, typename Read>
bool patchField(const QJsonObject &json, const QString &key, std::optional<T> *out, Read read)
{
    if (!json.contains(key))
        return true;
    T value{};
    if (!read(key, &value))
        return false;
    *out = std::move(value);
    return true;
}

bool readEnums(const QJsonObject &json, TicketPatch *p, ApiError *error)
{
    const auto enumReader = [&](P presence) {
        return [&json, error, presence](const QString &key, auto *value) {
            return JsonBody::readEnum(json, key, presence, value, error);
        };
    };
    return patchField(json, QStringLiteral("status"), &p->status, enumReader(P::Optional)) &&
           patchField(json, QStringLiteral("resolution"), &p->resolution,
                      enumReader(P::Nullable)) &&
           patchField(json, QStringLiteral("priority"), &p->priority, enumReader(P::Optional)) &&
           patchField(json, QStringLiteral("category"), &p->category, enumReader(P::Optional));
}

bool readValues(const QJsonObject &json, TicketPatch *p, ApiError *error)
{
    const auto id = [&](const QString &key, qint64 *value) {
        return JsonBody::readId(json, key, P::Nullable, value, error);
    };
    const auto shortText = [&](const QString &key, QString *value) {
        return JsonBody::readString(json, key, P::Nullable, L::ShortTextLength, value, error);
    };
    return patchField(json, QStringLiteral("subject"), &p->subject,
                      [&](const QString &key, QString *value) {
                          // Present means "set": a blank subject is refused, not cleared.
                          return JsonBody::readString(json, key, P::Required, L::SubjectLength,
                                                      value, error);
                      }) &&
           patchField(json, QStringLiteral("queue_id"), &p->queueId, id) &&
           patchField(json, QStringLiteral("assignee_id"), &p->assigneeId, id) &&
           patchField(json, QStringLiteral("product"), &p->product, shortText) &&
           patchField(json, QStringLiteral("product_version"), &p->productVersion, shortText) &&
           patchField(json, QStringLiteral("os"), &p->os, shortText) &&
           patchField(json, QStringLiteral("tags"), &p->tags,
                      [&](const QString &key, QStringList *value) {
                          return JsonBody::readStringList(json, key, P::Nullable, L::Tags,
                                                          L::TagLength, value, error);
                      }) &&
           patchField(json, QStringLiteral("affected_users"), &p->affectedUsers,
                      [&](const QString &key, int *value) {
                          return JsonBody::readInt(json, key, P::Nullable, 0, L::AffectedUsers,
                                                   value, error);
                      });
}

bool rejectReadOnly(const QJsonObject &json, ApiError *error)
{
    const QStringList readOnly = TicketPatch::readOnlyFields();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (readOnly.contains(it.key()))
            return JsonBody::fail(
                error, QStringLiteral("read_only_field"), it.key(),
                TicketPatch::tr("The field %1 cannot be changed; fields that can: %2.")
                    .arg(it.key(), TicketPatch::patchableFields().join(QStringLiteral(", "))));
    }
    return true;
}

} // namespace

QStringList TicketPatch::patchableFields()
{
    return {QStringLiteral("subject"),
            QStringLiteral("status"),
            QStringLiteral("resolution"),
            QStringLiteral("priority"),
            QStringLiteral("category"),
            QStringLiteral("queue_id"),
            QStringLiteral("assignee_id"),
            QStringLiteral("product"),
            QStringLiteral("product_version"),
            QStringLiteral("os"),
            QStringLiteral("tags"),
            QStringLiteral("affected_users")};
}

QStringList TicketPatch::readOnlyFields()
{
    return {QStringLiteral("id"),
            QStringLiteral("number"),
            QStringLiteral("version"),
            QStringLiteral("description"),
            QStringLiteral("channel"),
            QStringLiteral("queue"),
            QStringLiteral("assignee"),
            QStringLiteral("requester"),
            QStringLiteral("organisation"),
            QStringLiteral("contract_id"),
            QStringLiteral("steps"),
            QStringLiteral("project_code"),
            QStringLiteral("custom_fields"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("first_response_at"),
            QStringLiteral("first_response_due"),
            QStringLiteral("resolution_due"),
            QStringLiteral("resolved_at"),
            QStringLiteral("merged_into"),
            QStringLiteral("links"),
            QStringLiteral("sla"),
            QStringLiteral("messages")};
}

std::optional<TicketPatch> TicketPatch::fromJson(const QJsonObject &json, ApiError *error)
{
    TicketPatch p;
    if (!rejectReadOnly(json, error) ||
        !JsonBody::rejectUnknownFields(json, patchableFields(), error) ||
        !readEnums(json, &p, error) || !readValues(json, &p, error))
        return std::nullopt;
    return p;
}

QJsonObject TicketPatch::toJson() const
{
    QJsonObject json;
    if (subject)
        json.insert(QStringLiteral("subject"), *subject);
    if (status)
        json.insert(QStringLiteral("status"), core::toString(*status));
    if (resolution)
        json.insert(QStringLiteral("resolution"), *resolution == core::Resolution::None
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(core::toString(*resolution)));
    if (priority)
        json.insert(QStringLiteral("priority"), core::toString(*priority));
    if (category)
        json.insert(QStringLiteral("category"), core::toString(*category));
    if (queueId)
        json.insert(QStringLiteral("queue_id"), WireValue::id(*queueId));
    if (assigneeId)
        json.insert(QStringLiteral("assignee_id"), WireValue::id(*assigneeId));
    if (product)
        json.insert(QStringLiteral("product"), *product);
    if (productVersion)
        json.insert(QStringLiteral("product_version"), *productVersion);
    if (os)
        json.insert(QStringLiteral("os"), *os);
    if (tags)
        json.insert(QStringLiteral("tags"), QJsonArray::fromStringList(*tags));
    if (affectedUsers)
        json.insert(QStringLiteral("affected_users"), *affectedUsers);
    return json;
}

void TicketPatch::applyTo(core::Ticket &t) const
{
    t.subject = subject.value_or(t.subject);
    t.status = status.value_or(t.status);
    t.resolution = resolution.value_or(t.resolution);
    t.priority = priority.value_or(t.priority);
    t.category = category.value_or(t.category);
    t.queueId = queueId.value_or(t.queueId);
    t.assigneeId = assigneeId.value_or(t.assigneeId);
    t.product = product.value_or(t.product);
    t.productVersion = productVersion.value_or(t.productVersion);
    t.os = os.value_or(t.os);
    t.tags = tags.value_or(t.tags);
    t.affectedUsers = affectedUsers.value_or(t.affectedUsers);
}

QStringList TicketPatch::fieldNames() const
{
    const bool present[] = {
        subject.has_value(),    status.has_value(),   resolution.has_value(),
        priority.has_value(),   category.has_value(), queueId.has_value(),
        assigneeId.has_value(), product.has_value(),  productVersion.has_value(),
        os.has_value(),         tags.has_value(),     affectedUsers.has_value()};
    const QStringList all = patchableFields();
    static_assert(std::size(present) == 12, "one entry per patchable field");
    QStringList names;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (present[i])
            names.append(all.at(i));
    }
    return names;
}

} // namespace sd::protocol
