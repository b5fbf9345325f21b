#include "slaconfigroutes.h"

#include "protocol/fieldlimits.h"
#include "protocol/jsonbody.h"
#include "protocol/slapolicyjson.h"
#include "protocol/wirevalue.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/calendarrepository.h"
#include "storage/slapolicyrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd::server {

namespace {

using protocol::JsonBody;
using Presence = JsonBody::Presence;
using Kind = storage::StorageError::Kind;

const QString CalendarsPath = QStringLiteral("/api/v1/calendars");
const QString PoliciesPath = QStringLiteral("/api/v1/sla-policies");

struct CalendarInput
{
    QString name;
    core::BusinessCalendar calendar;
};

QJsonObject calendarJson(const storage::StoredCalendar &stored)
{
    return QJsonObject{
        {QStringLiteral("id"), stored.id},
        {QStringLiteral("name"), stored.name},
        {QStringLiteral("definition"), QJsonDocument::fromJson(stored.calendar.toJson()).object()},
        {QStringLiteral("updated_at"), protocol::WireValue::dateTime(stored.updatedAt)},
    };
}

// {name?, definition}: the definition is checked by the same reader as calendar files, and
// its message (which names the offending key) goes back to the admin.
std::optional<CalendarInput> readCalendar(const QJsonObject &body, protocol::ApiError *error)
{
    QString name;
    QJsonObject definition;
    const QString definitionKey = QStringLiteral("definition");
    if (!JsonBody::rejectUnknownFields(body, {QStringLiteral("name"), definitionKey}, error) ||
        !JsonBody::readString(body, QStringLiteral("name"), Presence::Optional,
                              protocol::FieldLimits::ShortTextLength, &name, error) ||
        !JsonBody::readObject(body, definitionKey, Presence::Required, &definition, error))
        return std::nullopt;
    QString problem;
    auto calendar = core::BusinessCalendar::fromJson(QJsonDocument(definition).toJson(), &problem);
    if (!calendar) {
        JsonBody::fail(
            error, QStringLiteral("invalid_value"), definitionKey,
            SlaConfigRoutes::tr("The calendar definition is not valid: %1.").arg(problem));
        return std::nullopt;
    }
    return CalendarInput{name.isEmpty() ? calendar->name() : name, *calendar};
}

std::optional<core::SlaPolicy> readNewPolicy(const QJsonObject &body, protocol::ApiError *error)
{
    core::SlaPolicy policy;
    if (!protocol::SlaPolicyJson::read(body, true, &policy, error))
        return std::nullopt;
    return policy;
}

ApiResponse calendarError(const storage::StorageError &error)
{
    if (error.kind == Kind::Duplicate)
        return ApiResponse::error(409, QStringLiteral("duplicate"), error.message,
                                  QStringLiteral("name"));
    return ApiResponse::storageError(error);
}

// A calendar id that names no calendar is the body's fault, so 422 with the field rather than
// the 404 of the calendar route.
std::optional<ApiResponse> refuseMissingCalendar(RequestContext &ctx, qint64 calendarId)
{
    if (calendarId == 0)
        return std::nullopt;
    auto calendar = storage::CalendarRepository(ctx.db).get(calendarId);
    if (calendar)
        return std::nullopt;
    if (calendar.error().kind != Kind::NotFound)
        return ApiResponse::storageError(calendar.error());
    return ApiResponse::error(422, QStringLiteral("invalid_value"), calendar.error().message,
                              QStringLiteral("calendar_id"));
}

ApiResponse created(const QJsonObject &json, const QString &collection, qint64 id)
{
    return ApiResponse::json(json, 201).withHeader(
        "Location", (collection + u'/' + QString::number(id)).toUtf8());
}

} // namespace

void SlaConfigRoutes::add(Router &router)
{
    // Staff read the configuration (SLA countdowns depend on it); administrators change it.
    const auto staff = Router::Access::Staff;
    const auto admin = Router::Access::Admin;
    const QString calendar = CalendarsPath + u"/{id}";
    const QString policy = PoliciesPath + u"/{id}";
    router.add("GET", CalendarsPath, staff, listCalendars);
    router.add("POST", CalendarsPath, admin, createCalendar);
    router.add("GET", calendar, staff, getCalendar);
    router.add("PUT", calendar, admin, replaceCalendar);
    router.add("DELETE", calendar, admin, removeCalendar);
    router.add("GET", PoliciesPath, staff, listPolicies);
    router.add("POST", PoliciesPath, admin, createPolicy);
    router.add("GET", policy, staff, getPolicy);
    router.add("PATCH", policy, admin, updatePolicy);
    router.add("DELETE", policy, admin, removePolicy);
}

ApiResponse SlaConfigRoutes::listCalendars(RequestContext &ctx)
{
    auto calendars = storage::CalendarRepository(ctx.db).list();
    if (!calendars)
        return ApiResponse::storageError(calendars.error());
    QJsonArray items;
    for (const storage::StoredCalendar &stored : calendars.value())
        items.append(calendarJson(stored));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SlaConfigRoutes::getCalendar(RequestContext &ctx)
{
    auto calendar = storage::CalendarRepository(ctx.db).get(ctx.idArg());
    if (!calendar)
        return ApiResponse::storageError(calendar.error());
    return ApiResponse::json(calendarJson(calendar.value()));
}

ApiResponse SlaConfigRoutes::createCalendar(RequestContext &ctx)
{
    ApiResponse refused;
    const auto input = RequestBody::parse<CalendarInput>(ctx, readCalendar, &refused);
    if (!input)
        return refused;
    auto stored =
        storage::CalendarRepository(ctx.db).create(input->name, input->calendar, ctx.userId());
    if (!stored)
        return calendarError(stored.error());
    return created(calendarJson(stored.value()), CalendarsPath, stored->id);
}

ApiResponse SlaConfigRoutes::replaceCalendar(RequestContext &ctx)
{
    ApiResponse refused;
    const auto input = RequestBody::parse<CalendarInput>(ctx, readCalendar, &refused);
    if (!input)
        return refused;
    auto stored = storage::CalendarRepository(ctx.db).update(ctx.idArg(), input->name,
                                                             input->calendar, ctx.userId());
    if (!stored)
        return calendarError(stored.error());
    return ApiResponse::json(calendarJson(stored.value()));
}

ApiResponse SlaConfigRoutes::removeCalendar(RequestContext &ctx)
{
    if (auto removed = storage::CalendarRepository(ctx.db).remove(ctx.idArg(), ctx.userId());
        !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

ApiResponse SlaConfigRoutes::listPolicies(RequestContext &ctx)
{
    auto policies = storage::SlaPolicyRepository(ctx.db).list();
    if (!policies)
        return ApiResponse::storageError(policies.error());
    QJsonArray items;
    for (const core::SlaPolicy &policy : policies.value())
        items.append(protocol::SlaPolicyJson::toJson(policy));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SlaConfigRoutes::getPolicy(RequestContext &ctx)
{
    auto policy = storage::SlaPolicyRepository(ctx.db).get(ctx.idArg());
    if (!policy)
        return ApiResponse::storageError(policy.error());
    return ApiResponse::json(protocol::SlaPolicyJson::toJson(policy.value()));
}

ApiResponse SlaConfigRoutes::createPolicy(RequestContext &ctx)
{
    ApiResponse refused;
    const auto policy = RequestBody::parse<core::SlaPolicy>(ctx, readNewPolicy, &refused);
    if (!policy)
        return refused;
    if (auto missing = refuseMissingCalendar(ctx, policy->calendarId))
        return *missing;
    auto stored = storage::SlaPolicyRepository(ctx.db).create(*policy, ctx.userId());
    if (!stored)
        return ApiResponse::storageError(stored.error());
    return created(protocol::SlaPolicyJson::toJson(stored.value()), PoliciesPath, stored->id);
}

ApiResponse SlaConfigRoutes::updatePolicy(RequestContext &ctx)
{
    storage::SlaPolicyRepository policies(ctx.db);
    auto current = policies.get(ctx.idArg());
    if (!current)
        return ApiResponse::storageError(current.error());
    protocol::ApiError error;
    const auto body = JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    core::SlaPolicy policy = current.value();
    if (!protocol::SlaPolicyJson::read(*body, false, &policy, &error))
        return ApiResponse::error(error);
    if (auto missing = refuseMissingCalendar(ctx, policy.calendarId))
        return *missing;
    auto stored = policies.update(policy, ctx.userId());
    if (!stored)
        return ApiResponse::storageError(stored.error());
    return ApiResponse::json(protocol::SlaPolicyJson::toJson(stored.value()));
}

ApiResponse SlaConfigRoutes::removePolicy(RequestContext &ctx)
{
    if (auto removed = storage::SlaPolicyRepository(ctx.db).remove(ctx.idArg(), ctx.userId());
        !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

} // namespace sd::server
