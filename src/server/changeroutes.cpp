#include "changeroutes.h"

#include "permissions.h"
#include "protocol/changelistjson.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/changefeedrepository.h"
#include "storage/messagerepository.h"
#include "storage/ticketrepository.h"
#include "ticketpresenter.h"

#include <QSet>

namespace sd::server {

namespace {

using storage::EntityType;

// Decides item by item what the caller may see and, with ?include=data, renders the entity.
// Items the feed row alone cannot decide (agents' tickets assigned to them in another queue,
// customers without an organisation) are decided by the ticket itself.
class FeedReader
{
public:
    FeedReader(RequestContext &ctx, bool withData)
        : m_ctx(ctx), m_withData(withData), m_presenter(ctx)
    {}

    // Loads the messages and tickets of a page that admit() will need, in two queries
    // instead of a few per item. Entities it cannot load are simply looked up again later.
    void prefetch(const QList<storage::ChangeItem> &items)
    {
        QList<qint64> messageIds;
        QList<qint64> ticketIds;
        for (const storage::ChangeItem &item : items) {
            if (!m_withData && Permissions::canSeeChangeOutright(*m_ctx.user, item))
                continue;
            if (item.entityType == EntityType::Message)
                messageIds.append(item.entityId);
            else if (item.entityType == EntityType::Ticket)
                ticketIds.append(item.entityId);
        }
        if (auto messages = storage::MessageRepository(m_ctx.db).byIds(messageIds)) {
            for (const core::Message &message : messages.value()) {
                m_messages.insert(message.id, message);
                ticketIds.append(message.ticketId);
            }
        }
        const QSet<qint64> distinct(ticketIds.cbegin(), ticketIds.cend());
        if (auto tickets = storage::TicketRepository(m_ctx.db).byIds(distinct.values())) {
            for (const core::Ticket &ticket : tickets.value())
                m_tickets.insert(ticket.id, Permissions::canView(*m_ctx.user, ticket)
                                                ? std::optional<core::Ticket>(ticket)
                                                : std::nullopt);
        }
    }

    // nullopt: not for this caller; otherwise the data to attach (empty without include=data).
    std::optional<QJsonObject> admit(const storage::ChangeItem &item)
    {
        const bool outright = Permissions::canSeeChangeOutright(*m_ctx.user, item);
        if (outright && !m_withData)
            return QJsonObject();
        if (item.entityType == EntityType::Ticket) {
            const std::optional<core::Ticket> ticket = visibleTicket(item.entityId);
            if (!ticket)
                return std::nullopt;
            return m_withData ? rendered(m_presenter.summary(*ticket)) : QJsonObject();
        }
        if (item.entityType == EntityType::Message) {
            const std::optional<core::Message> message = loadMessage(item.entityId);
            if (!message || !Permissions::canSeeMessage(*m_ctx.user, message->kind) ||
                !visibleTicket(message->ticketId))
                return std::nullopt;
            return m_withData ? rendered(m_presenter.message(*message)) : QJsonObject();
        }
        return outright ? std::optional<QJsonObject>(QJsonObject()) : std::nullopt;
    }

private:
    std::optional<core::Message> loadMessage(qint64 id)
    {
        if (const auto it = m_messages.constFind(id); it != m_messages.cend())
            return *it;
        auto message = storage::MessageRepository(m_ctx.db).get(id);
        return message ? std::optional<core::Message>(message.value()) : std::nullopt;
    }

    std::optional<core::Ticket> visibleTicket(qint64 id)
    {
        if (const auto it = m_tickets.constFind(id); it != m_tickets.cend())
            return *it;
        auto ticket = storage::TicketRepository(m_ctx.db).get(id);
        std::optional<core::Ticket> seen;
        if (ticket && Permissions::canView(*m_ctx.user, ticket.value()))
            seen = ticket.value();
        m_tickets.insert(id, seen);
        return seen;
    }

    // A rendering failure leaves the data out; the client then reads the entity itself.
    static QJsonObject rendered(const storage::Result<QJsonObject> &json)
    {
        return json ? json.value() : QJsonObject();
    }

    RequestContext &m_ctx;
    bool m_withData;
    TicketPresenter m_presenter;
    QHash<qint64, std::optional<core::Ticket>> m_tickets;
    QHash<qint64, core::Message> m_messages;
};

} // namespace

void ChangeRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/changes"), Router::Access::Authenticated, changes);
}

ApiResponse ChangeRoutes::changes(RequestContext &ctx)
{
    bool ok = true;
    qint64 since = 0;
    int limit = 200;
    if (const QString value = ctx.request.queryValue(QStringLiteral("since")); !value.isEmpty())
        since = value.toLongLong(&ok);
    if (!ok || since < 0)
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("since must be the last_seq of the previous answer, or 0."),
                                  QStringLiteral("since"));
    if (const QString value = ctx.request.queryValue(QStringLiteral("limit")); !value.isEmpty())
        limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("limit must be a whole number from 1 to 1000."),
                                  QStringLiteral("limit"));
    auto page = storage::ChangeFeedRepository(ctx.db).since(since, limit,
                                                            Permissions::changeFilter(*ctx.user));
    if (!page)
        return ApiResponse::storageError(page.error());
    const QString include = ctx.request.queryValue(QStringLiteral("include"));
    if (!include.isEmpty() && include != u"data")
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("include can only be \"data\"."), QStringLiteral("include"));
    protocol::ChangeListJson::Page out;
    out.lastSeq = page->lastSeq;
    FeedReader reader(ctx, include == u"data");
    reader.prefetch(page->items);
    for (const storage::ChangeItem &item : page->items) {
        const std::optional<QJsonObject> data = reader.admit(item);
        if (!data)
            continue;
        out.items.append({item.seq, core::toString(item.entityType), item.entityId,
                          core::toString(item.operation), item.createdAt, *data});
    }
    return ApiResponse::json(protocol::ChangeListJson::toJson(out));
}

} // namespace sd::server
