#include "reportroutes.h"

#include "permissions.h"
#include "requestcontext.h"
#include "router.h"
#include "slareportjson.h"
#include "storage/organisationrepository.h"
#include "storage/queuerepository.h"
#include "storage/reportrepository.h"
#include "storage/userrepository.h"

namespace sd::server {

using storage::SlaReportScope;
using Kind = storage::StorageError::Kind;

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

// Whether a lookup found the row; an error when it failed for another reason than absence.
template <typename T> storage::Result<bool> exists(const storage::Result<T> &lookup)
{
    if (lookup)
        return true;
    if (lookup.error().kind == Kind::NotFound)
        return false;
    return lookup.error();
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
    storage::SlaReportScope scope;
    scope.now = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = ctx.services.settings.numberZone();
    scope.zone = zone.isValid() ? zone : QTimeZone::utc();
    if (auto refused = parsePeriod(ctx, &scope))
        return *refused;
    if (auto refused = parseGroup(ctx, &scope))
        return *refused;
    if (auto refused = parseFilters(ctx, &scope))
        return *refused;
    const auto report = storage::ReportRepository(ctx.db).sla(scope);
    if (!report)
        return ApiResponse::storageError(report.error());
    return ApiResponse::json(SlaReportJson::write(report.value(), scope));
}

std::optional<ApiResponse> ReportRoutes::parsePeriod(RequestContext &ctx, SlaReportScope *scope)
{
    for (const char *raw : {"from", "to"}) {
        const QString name = QString::fromLatin1(raw);
        if (!ctx.request.query.hasQueryItem(name))
            continue;
        const auto at = instant(ctx.request.queryValue(name));
        if (!at)
            return refuse(name, tr("%1 must be a date (2026-11-01) or an ISO-8601 instant "
                                   "with its offset.")
                                    .arg(name));
        (name == u"from" ? scope->from : scope->to) = *at;
    }
    // Thirty days up to `to`, which is now unless given.
    if (!scope->to.isValid())
        scope->to = scope->now;
    if (!scope->from.isValid())
        scope->from = scope->to.addDays(-30);
    if (scope->to <= scope->from)
        return refuse(QStringLiteral("to"), tr("to must be later than from."));
    if (scope->from.daysTo(scope->to) > MaxDays)
        return refuse(QStringLiteral("to"),
                      tr("The period may span at most %n day(s).", nullptr, MaxDays));
    return std::nullopt;
}

std::optional<ApiResponse> ReportRoutes::parseGroup(RequestContext &ctx, SlaReportScope *scope)
{
    const QString group = ctx.request.queryValue(QStringLiteral("group"));
    if (group.isEmpty() || group == u"queue")
        scope->group = SlaReportScope::Group::Queue;
    else if (group == u"agent")
        scope->group = SlaReportScope::Group::Agent;
    else if (group == u"category")
        scope->group = SlaReportScope::Group::Category;
    else
        return refuse(QStringLiteral("group"), tr("group must be queue, agent or category."));
    return std::nullopt;
}

std::optional<ApiResponse> ReportRoutes::parseFilters(RequestContext &ctx, SlaReportScope *scope)
{
    storage::Database &db = ctx.db;
    if (auto refused = parseId(
            ctx, QStringLiteral("queue"), &scope->queueId,
            [&db](qint64 id) { return exists(storage::QueueRepository(db).get(id)); },
            tr("queue must be the id of a queue.")))
        return refused;
    if (auto refused = parseId(
            ctx, QStringLiteral("organisation"), &scope->organisationId,
            [&db](qint64 id) { return exists(storage::OrganisationRepository(db).get(id)); },
            tr("organisation must be the id of an organisation.")))
        return refused;
    const auto isStaff = [&db](qint64 id) -> storage::Result<bool> {
        const auto user = storage::UserRepository(db).get(id);
        if (!user)
            return exists(user);
        return user->role != core::UserRole::Customer;
    };
    if (auto refused =
            parseId(ctx, QStringLiteral("agent"), &scope->agentId, isStaff,
                    tr("agent must be the user id of an agent, supervisor or administrator.")))
        return refused;
    const QString level = QStringLiteral("support_level");
    if (!ctx.request.query.hasQueryItem(level))
        return std::nullopt;
    scope->supportLevel = ctx.request.queryValue(level);
    const auto known = scope->supportLevel.isEmpty()
                           ? storage::Result<bool>(false)
                           : storage::ReportRepository(db).isKnownSupportLevel(scope->supportLevel);
    if (!known)
        return ApiResponse::storageError(known.error());
    if (!known.value())
        return refuse(level, tr("support_level must be a support level of a contract or an SLA "
                                "policy."));
    return std::nullopt;
}

std::optional<ApiResponse>
ReportRoutes::parseId(RequestContext &ctx, const QString &name, qint64 *id,
                      const std::function<storage::Result<bool>(qint64)> &isValid,
                      const QString &refusal)
{
    if (!ctx.request.query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    *id = ctx.request.queryValue(name).toLongLong(&ok);
    if (!ok || *id <= 0)
        return refuse(name, refusal);
    const storage::Result<bool> valid = isValid(*id);
    if (!valid)
        return ApiResponse::storageError(valid.error());
    if (!valid.value())
        return refuse(name, refusal);
    return std::nullopt;
}

ApiResponse ReportRoutes::refuse(const QString &field, const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("invalid_query"), message, field);
}

} // namespace sd::server
