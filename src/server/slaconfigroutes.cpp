#include "slaconfigroutes.h"

#include "protocol/fieldlimits.h"
#include "protocol/jsonbody.h"
#include "protocol/slapolicyjson.h"
#include "protocol/wirevalue.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "slaconfigservice.h"

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
    return CalendarInput{name, *calendar};
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
ApiResponse policyError(const storage::StorageError &error, const QString &field)
{
    if (error.kind == Kind::Invalid && !field.isEmpty())
        return ApiResponse::error(422, QStringLiteral("invalid_value"), error.message, field);
    return ApiResponse::storageError(error);
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
    auto calendars = SlaConfigService(ctx.db, ctx.userId()).calendars();
    if (!calendars)
        return ApiResponse::storageError(calendars.error());
    QJsonArray items;
    for (const storage::StoredCalendar &stored : calendars.value())
        items.append(calendarJson(stored));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SlaConfigRoutes::getCalendar(RequestContext &ctx)
{
    auto calendar = SlaConfigService(ctx.db, ctx.userId()).calendar(ctx.idArg());
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
        SlaConfigService(ctx.db, ctx.userId()).createCalendar(input->name, input->calendar);
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
    auto stored = SlaConfigService(ctx.db, ctx.userId())
                      .replaceCalendar(ctx.idArg(), input->name, input->calendar);
    if (!stored)
        return calendarError(stored.error());
    return ApiResponse::json(calendarJson(stored.value()));
}

ApiResponse SlaConfigRoutes::removeCalendar(RequestContext &ctx)
{
    if (auto removed = SlaConfigService(ctx.db, ctx.userId()).removeCalendar(ctx.idArg()); !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

ApiResponse SlaConfigRoutes::listPolicies(RequestContext &ctx)
{
    auto policies = SlaConfigService(ctx.db, ctx.userId()).policies();
    if (!policies)
        return ApiResponse::storageError(policies.error());
    QJsonArray items;
    for (const core::SlaPolicy &policy : policies.value())
        items.append(protocol::SlaPolicyJson::toJson(policy));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SlaConfigRoutes::getPolicy(RequestContext &ctx)
{
    auto policy = SlaConfigService(ctx.db, ctx.userId()).policy(ctx.idArg());
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
    QString field;
    auto stored = SlaConfigService(ctx.db, ctx.userId()).createPolicy(*policy, &field);
    if (!stored)
        return policyError(stored.error(), field);
    return created(protocol::SlaPolicyJson::toJson(stored.value()), PoliciesPath, stored->id);
}

ApiResponse SlaConfigRoutes::updatePolicy(RequestContext &ctx)
{
    SlaConfigService service(ctx.db, ctx.userId());
    auto current = service.policy(ctx.idArg());
    if (!current)
        return ApiResponse::storageError(current.error());
    protocol::ApiError error;
    const auto body = JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    core::SlaPolicy policy = current.value();
    if (!protocol::SlaPolicyJson::read(*body, false, &policy, &error))
        return ApiResponse::error(error);
    QString field;
    auto stored = service.updatePolicy(policy, &field);
    if (!stored)
        return policyError(stored.error(), field);
    return ApiResponse::json(protocol::SlaPolicyJson::toJson(stored.value()));
}

ApiResponse SlaConfigRoutes::removePolicy(RequestContext &ctx)
{
    if (auto removed = SlaConfigService(ctx.db, ctx.userId()).removePolicy(ctx.idArg()); !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

} // namespace sd::server
