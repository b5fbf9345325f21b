#include "ticketlistjson.h"

#include "jsonbody.h"
#include "ticketjson.h"

#include <QJsonArray>

namespace sd::protocol {

QJsonObject TicketListJson::toJson(const Page &page)
{
    QJsonArray items;
    for (const Entry &entry : page.items)
        items.append(TicketJson::toJson(entry.ticket, entry.view));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("next"), page.next.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(page.next)}};
}

std::optional<TicketListJson::Page> TicketListJson::fromJson(const QJsonObject &json,
                                                             ApiError *error)
{
    using P = JsonBody::Presence;
    Page page;
    QList<QJsonObject> items;
    if (!JsonBody::readObjectList(json, QStringLiteral("items"), P::Required, &items, error) ||
        !JsonBody::readString(json, QStringLiteral("next"), P::Nullable, JsonBody::Unlimited,
                              &page.next, error))
        return std::nullopt;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Entry entry;
        const auto ticket = TicketJson::fromJson(items.at(i), &entry.view, error);
        if (!ticket) {
            JsonBody::nestField(QStringLiteral("items[%1]").arg(i), error);
            return std::nullopt;
        }
        entry.ticket = *ticket;
        page.items.append(entry);
    }
    return page;
}

} // namespace sd::protocol
