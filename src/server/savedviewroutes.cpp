#include "savedviewroutes.h"

#include "protocol/jsonbody.h"
#include "protocol/wirevalue.h"
#include "requestbody.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/savedviewrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace sd::server {

namespace {

struct SavedViewBody
{
    QString name;
    QJsonObject definition;
    int position = 0;
};

std::optional<SavedViewBody> parseBody(const QJsonObject &json, protocol::ApiError *error)
{
    using P = protocol::JsonBody::Presence;
    using protocol::JsonBody;
    SavedViewBody body;
    const QString definition = QStringLiteral("definition");
    if (!JsonBody::rejectUnknownFields(
            json, {QStringLiteral("name"), definition, QStringLiteral("position")}, error) ||
        !JsonBody::readString(json, QStringLiteral("name"), P::Required,
                              SavedViewRoutes::NameLength, &body.name, error) ||
        !JsonBody::readObject(json, definition, P::Required, &body.definition, error) ||
        !JsonBody::readInt(json, QStringLiteral("position"), P::Optional, 0,
                           SavedViewRoutes::MaxPosition, &body.position, error))
        return std::nullopt;
    if (QJsonDocument(body.definition).toJson(QJsonDocument::Compact).size() >
        SavedViewRoutes::DefinitionBytes) {
        JsonBody::fail(error, QStringLiteral("too_long"), definition,
                       SavedViewRoutes::tr("The view definition may take at most %1 KB.")
                           .arg(SavedViewRoutes::DefinitionBytes / 1024));
        return std::nullopt;
    }
    return body;
}

QJsonObject toJson(const storage::SavedView &view)
{
    return {
        {QStringLiteral("id"), view.id},
        {QStringLiteral("name"), view.name},
        {QStringLiteral("definition"), QJsonDocument::fromJson(view.definition.toUtf8()).object()},
        {QStringLiteral("position"), view.position},
        {QStringLiteral("updated_at"), protocol::WireValue::dateTime(view.updatedAt)}};
}

} // namespace

void SavedViewRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/views"), Router::Access::Staff, list);
    router.add("PUT", QStringLiteral("/api/v1/views/{id}"), Router::Access::Staff, put);
    router.add("DELETE", QStringLiteral("/api/v1/views/{id}"), Router::Access::Staff, remove);
}

ApiResponse SavedViewRoutes::list(RequestContext &ctx)
{
    const auto views = storage::SavedViewRepository(ctx.db).listFor(ctx.userId());
    if (!views)
        return ApiResponse::storageError(views.error());
    QJsonArray items;
    for (const storage::SavedView &view : views.value())
        items.append(toJson(view));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SavedViewRoutes::put(RequestContext &ctx)
{
    ApiResponse refused;
    const std::optional<QString> id = viewId(ctx, &refused);
    if (!id)
        return refused;
    const std::optional<SavedViewBody> body = RequestBody::parse(ctx, &parseBody, &refused);
    if (!body)
        return refused;
    storage::SavedView view;
    view.id = *id;
    view.userId = ctx.userId();
    view.name = body->name;
    view.definition =
        QString::fromUtf8(QJsonDocument(body->definition).toJson(QJsonDocument::Compact));
    view.position = body->position;
    const auto saved = storage::SavedViewRepository(ctx.db).upsert(view);
    if (!saved) {
        if (saved.error().kind == storage::StorageError::Kind::Conflict)
            return ApiResponse::error(409, QStringLiteral("id_taken"),
                                      tr("Another user already has a view with this id; choose "
                                         "a new id."),
                                      QStringLiteral("id"));
        return ApiResponse::storageError(saved.error());
    }
    return ApiResponse::json(toJson(saved.value()));
}

ApiResponse SavedViewRoutes::remove(RequestContext &ctx)
{
    ApiResponse refused;
    const std::optional<QString> id = viewId(ctx, &refused);
    if (!id)
        return refused;
    if (const auto removed = storage::SavedViewRepository(ctx.db).remove(ctx.userId(), *id);
        !removed)
        return ApiResponse::storageError(removed.error());
    return ApiResponse::noContent();
}

std::optional<QString> SavedViewRoutes::viewId(const RequestContext &ctx, ApiResponse *refused)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9-]{1,%1}$").arg(IdLength));
    const QString id = ctx.request.pathArgs.value(0);
    if (valid.match(id).hasMatch())
        return id;
    *refused =
        ApiResponse::error(422, QStringLiteral("invalid_value"),
                           tr("A view id is 1 to %1 letters, digits and hyphens.").arg(IdLength),
                           QStringLiteral("id"));
    return std::nullopt;
}

} // namespace sd::server
