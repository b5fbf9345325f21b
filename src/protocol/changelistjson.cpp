#include "changelistjson.h"

#include "fieldlimits.h"
#include "jsonbody.h"
#include "wirevalue.h"

#include <QJsonArray>

namespace sd::protocol {

namespace {

using P = JsonBody::Presence;

std::optional<ChangeEntry> readEntry(const QJsonObject &json, ApiError *error)
{
    constexpr qsizetype U = JsonBody::Unlimited;
    ChangeEntry e;
    if (!JsonBody::readId(json, QStringLiteral("seq"), P::Required, &e.seq, error) ||
        !JsonBody::readString(json, QStringLiteral("entity"), P::Required, U, &e.entity, error) ||
        !JsonBody::readId(json, QStringLiteral("id"), P::Required, &e.id, error) ||
        !JsonBody::readString(json, QStringLiteral("op"), P::Required, U, &e.op, error) ||
        !JsonBody::readDateTime(json, QStringLiteral("at"), P::Nullable, &e.at, error))
        return std::nullopt;
    e.data = json.value(QStringLiteral("data")).toObject();
    return e;
}

} // namespace

QJsonObject ChangeListJson::toJson(const Page &page)
{
    QJsonArray items;
    for (const ChangeEntry &e : page.items) {
        QJsonObject item{
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("id"), e.id},
            {QStringLiteral("op"), e.op},
            {QStringLiteral("at"), WireValue::dateTime(e.at)},
        };
        if (!e.data.isEmpty())
            item.insert(QStringLiteral("data"), e.data);
        items.append(item);
    }
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("last_seq"), page.lastSeq}};
}

std::optional<ChangeListJson::Page> ChangeListJson::fromJson(const QJsonObject &json,
                                                             ApiError *error)
{
    Page page;
    QList<QJsonObject> items;
    if (!JsonBody::readObjectList(json, QStringLiteral("items"), P::Required, &items, error) ||
        !JsonBody::readInteger(json, QStringLiteral("last_seq"), P::Required, 0,
                               FieldLimits::MaxSafeInteger, &page.lastSeq, error))
        return std::nullopt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto entry = readEntry(items.at(i), error);
        if (!entry) {
            JsonBody::nestField(QStringLiteral("items[%1]").arg(i), error);
            return std::nullopt;
        }
        page.items.append(*entry);
    }
    return page;
}

} // namespace sd::protocol
