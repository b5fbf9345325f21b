#include "reportroutes.h"

#include "permissions.h"
#include "protocol/wirevalue.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/queuerepository.h"
#include "storage/reportrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>

namespace sd::server {

namespace {

// "2026-11-01" (midnight UTC) or a full ISO-8601 instant with its offset.
std::optional<QDateTime> instant(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            at = day.startOfDay(Qt::UTC);
    }
    if (!at.isValid() || (text.size() > 10 && at.timeSpec() == Qt::LocalTime))
        return std::nullopt;
    return at.toUTC();
}

} // namespace

void ReportRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/reports/sla"), Router::Access::Authenticated, sla);
}

ApiResponse ReportRoutes::sla(RequestContext &ctx)
{
    if (!Permissions::canSeeAllTickets(*ctx.user))
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  tr("SLA reports are for supervisors and administrators."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from = now.addDays(-30);
    QDateTime to = now;
    for (const char *raw : {"from", "to"}) {
        const QString name = QString::fromLatin1(raw);
        const QString value = ctx.request.queryValue(name);
        if (value.isEmpty())
            continue;
        const auto at = instant(value);
        if (!at)
            return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                      tr("%1 must be a date (2026-11-01) or an ISO-8601 instant "
                                         "with its offset.")
                                          .arg(name),
                                      name);
        (name == u"from" ? from : to) = *at;
    }
    const QString groupName = ctx.request.queryValue(QStringLiteral("group"));
    using Group = storage::ReportRepository::Group;
    Group group = Group::Queue;
    if (groupName == u"agent")
        group = Group::Agent;
    else if (groupName == u"category")
        group = Group::Category;
    else if (!groupName.isEmpty() && groupName != u"queue")
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("group must be queue, agent or category."),
                                  QStringLiteral("group"));
    auto rows = storage::ReportRepository(ctx.db).sla(from, to, group, now);
    if (!rows)
        return ApiResponse::storageError(rows.error());
    QJsonArray items;
    for (const storage::SlaReportRow &row : rows.value()) {
        QJsonObject item{{QStringLiteral("tickets"), row.tickets},
                         {QStringLiteral("done"), row.done},
                         {QStringLiteral("first_response_breached"), row.firstResponseBreached},
                         {QStringLiteral("resolution_breached"), row.resolutionBreached}};
        const qint64 id = row.key.toLongLong();
        if (group == Group::Category) {
            item.insert(QStringLiteral("category"), row.key);
        } else if (group == Group::Queue) {
            auto queue = storage::QueueRepository(ctx.db).get(id);
            item.insert(QStringLiteral("queue"),
                        id == 0 ? QJsonValue()
                                : QJsonValue(QJsonObject{
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("name"), queue ? queue->name : QString()}}));
        } else {
            auto user = storage::UserRepository(ctx.db).get(id);
            item.insert(QStringLiteral("agent"),
                        id == 0 ? QJsonValue()
                                : QJsonValue(QJsonObject{
                                      {QStringLiteral("id"), id},
                                      {QStringLiteral("name"), user ? user->name : QString()}}));
        }
        items.append(item);
    }
    return ApiResponse::json(QJsonObject{
        {QStringLiteral("from"), protocol::WireValue::dateTime(from)},
        {QStringLiteral("to"), protocol::WireValue::dateTime(to)},
        {QStringLiteral("group"), groupName.isEmpty() ? QStringLiteral("queue") : groupName},
        {QStringLiteral("items"), items}});
}

} // namespace sd::server
