#include "ticketroutes.h"

#include "permissions.h"
#include "protocol/ticketpatch.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/ticketrepository.h"
#include "ticketcreation.h"
#include "ticketpresenter.h"
#include "ticketupdating.h"

#include <QJsonArray>

namespace sd::server {

namespace {

ApiResponse badQuery(const QString &field, const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("invalid_query"), message, field);
}

// "none" selects tickets without a value; "me" (assignee) the signed-in user.
std::optional<std::optional<qint64>> idParam(const RequestContext &ctx, const QString &name)
{
    const QString value = ctx.request.queryValue(name);
    if (value.isEmpty())
        return std::optional<qint64>();
    if (value == u"none")
        return std::optional<qint64>(0);
    if (value == u"me" && name == u"assignee")
        return std::optional<qint64>(ctx.userId());
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return std::optional<qint64>(id);
}

// A month: further ahead no deadline is "soon".
constexpr int MaxDueWithinMinutes = 31 * 24 * 60;

// order=next: the "next ticket" queue (seed 004), workable tickets unless a status is given.
std::optional<ApiResponse> readOrder(const RequestContext &ctx, storage::TicketFilter *filter)
{
    const QString order = ctx.request.queryValue(QStringLiteral("order"));
    if (order.isEmpty() || order == u"newest")
        return std::nullopt;
    if (order != u"next")
        return badQuery(QStringLiteral("order"),
                        TicketRoutes::tr("order must be \"newest\" or \"next\"."));
    if (!filter->text.isEmpty())
        return badQuery(QStringLiteral("order"),
                        TicketRoutes::tr("The \"next\" order cannot be combined with a text "
                                         "search."));
    filter->order = storage::TicketFilter::Order::Next;
    if (filter->statuses.isEmpty())
        filter->statuses = {core::TicketStatus::New, core::TicketStatus::Open};
    return std::nullopt;
}

std::optional<ApiResponse> readFilter(const RequestContext &ctx, storage::TicketFilter *filter)
{
    for (const QString &name :
         ctx.request.queryValue(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts)) {
        const auto status = core::fromString<core::TicketStatus>(name.trimmed());
        if (!status)
            return badQuery(QStringLiteral("status"),
                            TicketRoutes::tr("Unknown status \"%1\"; use %2.")
                                .arg(name, core::allNames<core::TicketStatus>().join(u", ")));
        filter->statuses.append(*status);
    }
    for (const char *raw : {"queue", "assignee"}) {
        const QString name = QString::fromLatin1(raw);
        const auto id = idParam(ctx, name);
        if (!id)
            return badQuery(name, TicketRoutes::tr("%1 must be an id or \"none\".").arg(name));
        (name == u"queue" ? filter->queueId : filter->assigneeId) = *id;
    }
    filter->text = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    bool ok = true;
    if (const QString within = ctx.request.queryValue(QStringLiteral("sla_due_within"));
        !within.isEmpty()) {
        const int minutes = within.toInt(&ok);
        if (!ok || minutes < 0 || minutes > MaxDueWithinMinutes)
            return badQuery(QStringLiteral("sla_due_within"),
                            TicketRoutes::tr("sla_due_within must be a number of minutes from 0 "
                                             "to %1.")
                                .arg(MaxDueWithinMinutes));
        filter->slaDueBefore = QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60);
    }
    if (auto refused = readOrder(ctx, filter))
        return refused;
    if (const QString limit = ctx.request.queryValue(QStringLiteral("limit")); !limit.isEmpty())
        filter->limit = limit.toInt(&ok);
    if (!ok || filter->limit < 1 || filter->limit > 500)
        return badQuery(QStringLiteral("limit"),
                        TicketRoutes::tr("limit must be a whole number from 1 to 500."));
    if (const QString after = ctx.request.queryValue(QStringLiteral("after")); !after.isEmpty())
        filter->after = after.toLongLong(&ok);
    if (!ok || filter->after < 0)
        return badQuery(QStringLiteral("after"),
                        TicketRoutes::tr("after must be the \"next\" value of the previous page."));
    return std::nullopt;
}

} // namespace

void TicketRoutes::add(Router &router)
{
    const auto auth = Router::Access::Authenticated;
    router.add("GET", QStringLiteral("/api/v1/tickets"), auth, list);
    router.add("POST", QStringLiteral("/api/v1/tickets"), auth, create);
    // Before /tickets/{id}, which would take "count" for an id.
    router.add("GET", QStringLiteral("/api/v1/tickets/count"), auth, count);
    router.add("GET", QStringLiteral("/api/v1/tickets/{id}"), auth, read);
    router.add("PATCH", QStringLiteral("/api/v1/tickets/{id}"), auth, patch);
}

std::optional<ApiResponse> TicketRoutes::load(RequestContext &ctx, qint64 id, core::Ticket *out)
{
    const auto missing = [] { return ApiResponse::notFound(tr("This ticket")); };
    if (id <= 0)
        return missing();
    auto ticket = storage::TicketRepository(ctx.db).get(id);
    if (!ticket && ticket.error().kind == storage::StorageError::Kind::NotFound)
        return missing();
    if (!ticket)
        return ApiResponse::storageError(ticket.error());
    if (!Permissions::canView(*ctx.user, ticket.value()))
        return missing();
    *out = ticket.value();
    return std::nullopt;
}

ApiResponse TicketRoutes::present(RequestContext &ctx, const core::Ticket &ticket, int status)
{
    auto json = TicketPresenter(ctx).full(ticket);
    if (!json)
        return ApiResponse::storageError(json.error());
    return ApiResponse::json(json.value(), status)
        .withHeader("ETag", '"' + QByteArray::number(ticket.version) + '"');
}

ApiResponse TicketRoutes::list(RequestContext &ctx)
{
    storage::TicketFilter filter;
    if (auto refused = readFilter(ctx, &filter))
        return *refused;
    Permissions::restrict(*ctx.user, filter);
    auto page = storage::TicketRepository(ctx.db).list(filter);
    if (!page)
        return ApiResponse::storageError(page.error());
    TicketPresenter presenter(ctx);
    QList<qint64> ids;
    for (const core::Ticket &ticket : page->items)
        ids.append(ticket.id);
    if (auto targets = presenter.loadSlaTargets(ids); !targets)
        return ApiResponse::storageError(targets.error());
    QJsonArray items;
    for (const core::Ticket &ticket : page->items) {
        auto json = presenter.summary(ticket);
        if (!json)
            return ApiResponse::storageError(json.error());
        items.append(json.value());
    }
    QJsonObject body{{QStringLiteral("items"), items}};
    body.insert(QStringLiteral("next"), page->nextAfter > 0
                                            ? QJsonValue(QString::number(page->nextAfter))
                                            : QJsonValue(QJsonValue::Null));
    return ApiResponse::json(body);
}

ApiResponse TicketRoutes::count(RequestContext &ctx)
{
    storage::TicketFilter filter;
    if (auto refused = readFilter(ctx, &filter))
        return *refused;
    Permissions::restrict(*ctx.user, filter);
    const auto counted = storage::TicketRepository(ctx.db).count(filter);
    if (!counted)
        return ApiResponse::storageError(counted.error());
    return ApiResponse::json(QJsonObject{{QStringLiteral("count"), counted->count},
                                         {QStringLiteral("capped"), counted->capped}});
}

ApiResponse TicketRoutes::create(RequestContext &ctx)
{
    return TicketCreation(ctx).run();
}

ApiResponse TicketRoutes::read(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = load(ctx, ctx.idArg(), &ticket))
        return *refused;
    return present(ctx, ticket, 200);
}

ApiResponse TicketRoutes::patch(RequestContext &ctx)
{
    core::Ticket ticket;
    if (auto refused = load(ctx, ctx.idArg(), &ticket))
        return *refused;
    if (!Permissions::canEdit(*ctx.user, ticket))
        return ApiResponse::forbidden();
    const QByteArray ifMatch = ctx.request.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return ApiResponse::error(428, QStringLiteral("if_match_required"),
                                  tr("Send the version you edited in an If-Match header, so a "
                                     "change made meanwhile by someone else is not overwritten."));
    bool ok = false;
    const int expected = QByteArray(ifMatch).replace('"', "").replace("W/", "").toInt(&ok);
    if (!ok)
        return ApiResponse::error(412, QStringLiteral("bad_if_match"),
                                  tr("If-Match must be the ticket's version number."));
    ApiResponse refused;
    const auto changes = RequestBody::parse(ctx, protocol::TicketPatch::fromJson, &refused);
    if (!changes)
        return refused;
    return TicketUpdating(ctx).apply(ticket, *changes, expected);
}

} // namespace sd::server
