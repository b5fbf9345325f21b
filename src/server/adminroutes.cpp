#include "adminroutes.h"

#include "passwordhasher.h"
#include "permissions.h"
#include "protocol/jsonbody.h"
#include "protocol/userjson.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/queuerepository.h"
#include "storage/sessionrepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>

namespace sd::server {

namespace {

using protocol::JsonBody;
using Presence = JsonBody::Presence;
using Kind = storage::StorageError::Kind;

constexpr int MinPasswordLength = 8;

// Reads the user fields of a create (every field) or an update (those present) body.
bool readUser(const QJsonObject &body, bool creating, core::User *user, QString *password,
              std::optional<bool> *active, protocol::ApiError *error)
{
    const Presence required = creating ? Presence::Required : Presence::Optional;
    QStringList allowed{QStringLiteral("name"),      QStringLiteral("email"),
                        QStringLiteral("role"),      QStringLiteral("organisation_id"),
                        QStringLiteral("queue_ids"), QStringLiteral("locale"),
                        QStringLiteral("password"),  QStringLiteral("active")};
    if (creating)
        allowed << QStringLiteral("login");
    bool isActive = user->active;
    const bool ok =
        JsonBody::rejectUnknownFields(body, allowed, error) &&
        (!creating ||
         JsonBody::readString(body, QStringLiteral("login"), required, 64, &user->login, error)) &&
        JsonBody::readString(body, QStringLiteral("name"), Presence::Optional, 200, &user->name,
                             error) &&
        JsonBody::readString(body, QStringLiteral("email"), Presence::Optional, 254, &user->email,
                             error) &&
        JsonBody::readEnum(body, QStringLiteral("role"), required, &user->role, error) &&
        JsonBody::readId(body, QStringLiteral("organisation_id"), Presence::Nullable,
                         &user->organisationId, error) &&
        JsonBody::readIdList(body, QStringLiteral("queue_ids"), Presence::Optional, 100,
                             &user->queueIds, error) &&
        JsonBody::readString(body, QStringLiteral("locale"), Presence::Optional, 8, &user->locale,
                             error) &&
        JsonBody::readText(body, QStringLiteral("password"), required, 1024, password, error) &&
        JsonBody::readBool(body, QStringLiteral("active"), Presence::Optional, &isActive, error);
    if (!ok)
        return false;
    if (body.contains(QStringLiteral("active")))
        *active = isActive;
    if (body.contains(QStringLiteral("password")) && password->size() < MinPasswordLength) {
        error->httpStatus = 422;
        error->code = QStringLiteral("invalid_value");
        error->field = QStringLiteral("password");
        error->message =
            AdminRoutes::tr("A password needs at least %1 characters.").arg(MinPasswordLength);
        return false;
    }
    if (user->locale != u"ru" && user->locale != u"en")
        user->locale = QStringLiteral("ru");
    return true;
}

ApiResponse userError(const storage::StorageError &error)
{
    if (error.kind == Kind::Duplicate)
        return ApiResponse::error(409, QStringLiteral("duplicate"), error.message,
                                  QStringLiteral("login"));
    if (error.kind == Kind::Invalid)
        return ApiResponse::error(422, QStringLiteral("invalid_value"), error.message);
    return ApiResponse::storageError(error);
}

} // namespace

void AdminRoutes::add(Router &router)
{
    const auto staff = Router::Access::Staff;
    const auto admin = Router::Access::Admin;
    router.add("GET", QStringLiteral("/api/v1/users"), staff, listUsers);
    router.add("POST", QStringLiteral("/api/v1/users"), admin, createUser);
    router.add("PATCH", QStringLiteral("/api/v1/users/{id}"), admin, updateUser);
    router.add("GET", QStringLiteral("/api/v1/queues"), staff, listQueues);
    router.add("POST", QStringLiteral("/api/v1/queues"), admin, createQueue);
}

ApiResponse AdminRoutes::listUsers(RequestContext &ctx)
{
    auto users = storage::UserRepository(ctx.db).list(Permissions::isAdmin(*ctx.user));
    if (!users)
        return ApiResponse::storageError(users.error());
    QJsonArray items;
    for (const core::User &user : users.value())
        items.append(protocol::UserJson::toJson(user));
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse AdminRoutes::createUser(RequestContext &ctx)
{
    protocol::ApiError error;
    const auto body = JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    core::User user;
    QString password;
    std::optional<bool> active;
    if (!readUser(*body, true, &user, &password, &active, &error))
        return ApiResponse::error(error);
    user.active = active.value_or(true);
    if (user.name.isEmpty())
        user.name = user.login;
    auto created = storage::UserRepository(ctx.db).create(user, PasswordHasher::hash(password));
    if (!created)
        return userError(created.error());
    return ApiResponse::json(protocol::UserJson::toJson(created.value()), 201);
}

ApiResponse AdminRoutes::updateUser(RequestContext &ctx)
{
    storage::UserRepository users(ctx.db);
    auto current = users.get(ctx.idArg());
    if (!current && current.error().kind == Kind::NotFound)
        return ApiResponse::notFound(tr("This user"));
    if (!current)
        return ApiResponse::storageError(current.error());
    protocol::ApiError error;
    const auto body = JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    core::User user = current.value();
    QString password;
    std::optional<bool> active;
    if (!readUser(*body, false, &user, &password, &active, &error))
        return ApiResponse::error(error);
    if (active)
        user.active = *active;
    if (user.id == ctx.userId() && (!user.active || user.role != core::UserRole::Admin))
        return ApiResponse::error(422, QStringLiteral("invalid_value"),
                                  tr("You cannot take away your own administrator rights; ask "
                                     "another administrator."),
                                  QStringLiteral("role"));
    auto updated = users.update(user);
    if (!updated)
        return userError(updated.error());
    if (!password.isEmpty()) {
        if (auto set = users.setPasswordHash(user.id, PasswordHasher::hash(password)); !set)
            return ApiResponse::storageError(set.error());
    }
    // A new password or a deactivation ends the sessions already open.
    if (!password.isEmpty() || !user.active)
        (void)storage::SessionRepository(ctx.db).revokeAllFor(user.id);
    return ApiResponse::json(protocol::UserJson::toJson(updated.value()));
}

ApiResponse AdminRoutes::listQueues(RequestContext &ctx)
{
    auto queues = storage::QueueRepository(ctx.db).list();
    if (!queues)
        return ApiResponse::storageError(queues.error());
    QJsonArray items;
    for (const core::Queue &queue : queues.value())
        items.append(QJsonObject{{QStringLiteral("id"), queue.id},
                                 {QStringLiteral("name"), queue.name},
                                 {QStringLiteral("description"), queue.description}});
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse AdminRoutes::createQueue(RequestContext &ctx)
{
    protocol::ApiError error;
    const auto body = JsonBody::parseObject(ctx.request.body, &error);
    if (!body)
        return ApiResponse::error(error);
    core::Queue queue;
    const bool ok = JsonBody::rejectUnknownFields(
                        *body, {QStringLiteral("name"), QStringLiteral("description")}, &error) &&
                    JsonBody::readString(*body, QStringLiteral("name"), Presence::Required, 100,
                                         &queue.name, &error) &&
                    JsonBody::readString(*body, QStringLiteral("description"), Presence::Optional,
                                         500, &queue.description, &error);
    if (!ok)
        return ApiResponse::error(error);
    auto created = storage::QueueRepository(ctx.db).create(queue);
    if (!created && created.error().kind == Kind::Duplicate)
        return ApiResponse::error(409, QStringLiteral("duplicate"), created.error().message,
                                  QStringLiteral("name"));
    if (!created)
        return ApiResponse::storageError(created.error());
    return ApiResponse::json(QJsonObject{{QStringLiteral("id"), created->id},
                                         {QStringLiteral("name"), created->name},
                                         {QStringLiteral("description"), created->description}},
                             201);
}

} // namespace sd::server
