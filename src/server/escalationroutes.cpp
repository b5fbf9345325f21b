#include "escalationroutes.h"

#include "escalationjson.h"
#include "protocol/jsonbody.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/escalationrulerepository.h"

#include <QJsonArray>

namespace sd::server {

namespace {

const QString RulesPath = QStringLiteral("/api/v1/escalation-rules");

// A queue that does not exist is the body's fault: 422 naming the field.
ApiResponse ruleError(const storage::StorageError &error)
{
    if (error.kind == storage::StorageError::Kind::Invalid)
        return ApiResponse::error(422, QStringLiteral("invalid_value"), error.message,
                                  QStringLiteral("move_queue_id"));
    return ApiResponse::storageError(error);
}

} // namespace

void EscalationRoutes::add(Router &router)
{
    const QString one = RulesPath + u"/{id}";
    router.add("GET", RulesPath, Router::Access::Staff, list);
    router.add("POST", RulesPath, Router::Access::Admin, create);
    router.add("GET", one, Router::Access::Staff, get);
    router.add("PATCH", one, Router::Access::Admin, update);
    router.add("DELETE", one, Router::Access::Admin, remove);
}

ApiResponse EscalationRoutes::list(RequestContext &ctx)
{
    auto rules = storage::EscalationRuleRepository(ctx.db).list();
    if (!rules)
        return ApiResponse::storageError(rules.error());
    QJsonArray items;
    for (const storage::EscalationRule &rule : rules.value())
        items.append(EscalationJson::toJson(rule));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse EscalationRoutes::get(RequestContext &ctx)
{
    auto rule = storage::EscalationRuleRepository(ctx.db).get(ctx.idArg());
    if (!rule)
        return ApiResponse::storageError(rule.error());
    return ApiResponse::json(EscalationJson::toJson(rule.value()));
}

ApiResponse EscalationRoutes::create(RequestContext &ctx)
{
    protocol::ApiError error;
    const auto body = protocol::JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    storage::EscalationRule rule;
    if (!EscalationJson::read(*body, true, &rule, &error))
        return ApiResponse::error(error);
    auto stored = storage::EscalationRuleRepository(ctx.db).create(rule, ctx.userId());
    if (!stored)
        return ruleError(stored.error());
    return ApiResponse::json(EscalationJson::toJson(stored.value()), 201)
        .withHeader("Location", (RulesPath + u'/' + QString::number(stored->id)).toUtf8());
}

ApiResponse EscalationRoutes::update(RequestContext &ctx)
{
    storage::EscalationRuleRepository rules(ctx.db);
    auto current = rules.get(ctx.idArg());
    if (!current)
        return ApiResponse::storageError(current.error());
    protocol::ApiError error;
    const auto body = protocol::JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    storage::EscalationRule rule = current.value();
    if (!EscalationJson::read(*body, false, &rule, &error))
        return ApiResponse::error(error);
    auto stored = rules.update(rule, ctx.userId());
    if (!stored)
        return ruleError(stored.error());
    return ApiResponse::json(EscalationJson::toJson(stored.value()));
}

ApiResponse EscalationRoutes::remove(RequestContext &ctx)
{
    if (auto removed = storage::EscalationRuleRepository(ctx.db).remove(ctx.idArg(), ctx.userId());
        !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

} // namespace sd::server
