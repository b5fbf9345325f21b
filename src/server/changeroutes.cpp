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
using storage::Result;

// What one feed item becomes for the caller.
struct Admission
{
    enum class Kind { Dropped, Shown, Gone };

    Kind kind = Kind::Dropped;
    QJsonObject data; // Shown with ?include=data: the entity as the caller may see it now
};

// Decides item by item what the caller may see and, with ?include=data, renders the entity.
// Items the feed row alone cannot decide (agents' tickets assigned to them in another queue,
// customers without an organisation) are decided by the ticket itself. A ticket item whose
// ticket the caller cannot see (any more) is Gone, so a replica that holds it drops it; only
// storage failures other than "not found" fail the page, since a wrong Gone deletes data.
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
            // The ids the answer lacks no longer exist.
            for (const qint64 id : distinct)
                m_tickets.insert(id, std::nullopt);
            for (const core::Ticket &ticket : tickets.value())
                m_tickets.insert(ticket.id, Permissions::canView(*m_ctx.user, ticket)
                                                ? std::optional<core::Ticket>(ticket)
                                                : std::nullopt);
        }
        // A failure leaves the targets to be read ticket by ticket.
        if (m_withData)
            (void)m_presenter.loadSlaTargets(distinct.values());
    }

    Result<Admission> admit(const storage::ChangeItem &item)
    {
        const bool outright = Permissions::canSeeChangeOutright(*m_ctx.user, item);
        if (outright && !m_withData)
            return Admission{Admission::Kind::Shown, {}};
        if (item.entityType == EntityType::Ticket) {
            auto ticket = visibleTicket(item.entityId);
            if (!ticket)
                return ticket.error();
            if (!ticket.value())
                return Admission{Admission::Kind::Gone, {}};
            return shown(m_withData ? rendered(m_presenter.summary(*ticket.value()))
                                    : QJsonObject());
        }
        if (item.entityType == EntityType::Message)
            return admitMessage(item.entityId);
        return outright ? shown(QJsonObject()) : Admission();
    }

private:
    static Admission shown(QJsonObject data) { return {Admission::Kind::Shown, std::move(data)}; }

    // Messages of tickets the caller cannot see are dropped, not Gone: the ticket's own
    // items say that.
    Result<Admission> admitMessage(qint64 id)
    {
        auto message = loadMessage(id);
        if (!message)
            return message.error();
        if (!message.value() || !Permissions::canSeeMessage(*m_ctx.user, message.value()->kind))
            return Admission();
        auto ticket = visibleTicket(message.value()->ticketId);
        if (!ticket)
            return ticket.error();
        if (!ticket.value())
            return Admission();
        return shown(m_withData ? rendered(m_presenter.message(*message.value())) : QJsonObject());
    }

    // nullopt: the message no longer exists.
    Result<std::optional<core::Message>> loadMessage(qint64 id)
    {
        if (const auto it = m_messages.constFind(id); it != m_messages.cend())
            return std::optional<core::Message>(*it);
        auto message = storage::MessageRepository(m_ctx.db).get(id);
        if (message)
            return std::optional<core::Message>(message.value());
        if (message.error().kind == storage::StorageError::Kind::NotFound)
            return std::optional<core::Message>();
        return message.error();
    }

    // nullopt: the caller may not see the ticket, or it no longer exists.
    Result<std::optional<core::Ticket>> visibleTicket(qint64 id)
    {
        if (const auto it = m_tickets.constFind(id); it != m_tickets.cend())
            return *it;
        auto ticket = storage::TicketRepository(m_ctx.db).get(id);
        if (!ticket && ticket.error().kind != storage::StorageError::Kind::NotFound)
            return ticket.error();
        std::optional<core::Ticket> seen;
        if (ticket && Permissions::canView(*m_ctx.user, ticket.value()))
            seen = ticket.value();
        m_tickets.insert(id, seen);
        return seen;
    }

    // A rendering failure leaves the data out; the client then reads the entity itself.
    static QJsonObject rendered(const Result<QJsonObject> &json)
    {
        return json ? json.value() : QJsonObject();
    }

    RequestContext &m_ctx;
    bool m_withData;
    TicketPresenter m_presenter;
    QHash<qint64, std::optional<core::Ticket>> m_tickets;
    QHash<qint64, core::Message> m_messages;
};

// A Gone item tells only which entity: not when it changed, nor how.
protocol::ChangeEntry entryFor(const storage::ChangeItem &item, const Admission &admission)
{
    if (admission.kind == Admission::Kind::Gone)
        return {item.seq,      core::toString(item.entityType),
                item.entityId, QString(protocol::ChangeEntry::GoneOp),
                QDateTime(),   QJsonObject()};
    return {item.seq,       core::toString(item.entityType),
            item.entityId,  core::toString(item.operation),
            item.createdAt, admission.data};
}

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
        const Result<Admission> admitted = reader.admit(item);
        if (!admitted)
            return ApiResponse::storageError(admitted.error());
        if (admitted->kind != Admission::Kind::Dropped)
            out.items.append(entryFor(item, admitted.value()));
    }
    return ApiResponse::json(protocol::ChangeListJson::toJson(out));
}

} // namespace sd::server
