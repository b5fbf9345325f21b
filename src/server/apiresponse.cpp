#include "apiresponse.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace sd::server {

Q_LOGGING_CATEGORY(lcApi, "supportdesk.api")

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::json(const QJsonArray &array, int status)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::error(const protocol::ApiError &error)
{
    return json(error.toJson(), error.httpStatus);
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QString &field)
{
    protocol::ApiError e;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    e.field = field;
    return error(e);
}

ApiResponse ApiResponse::storageError(const storage::StorageError &error)
{
    using Kind = storage::StorageError::Kind;
    switch (error.kind) {
    case Kind::NotFound:
        return ApiResponse::error(404, QStringLiteral("not_found"), error.message);
    case Kind::Conflict:
        return ApiResponse::error(409, QStringLiteral("conflict"), error.message);
    case Kind::Duplicate:
        return ApiResponse::error(409, QStringLiteral("duplicate"), error.message);
    case Kind::Invalid:
        return ApiResponse::error(422, QStringLiteral("invalid_value"), error.message);
    case Kind::Unavailable:
    case Kind::Busy:
        return ApiResponse::error(503, QStringLiteral("database_unavailable"),
                                  tr("The database is not available right now; nothing was "
                                     "saved. Try again in a moment."))
            .withHeader("Retry-After", "5");
    case Kind::Corrupt:
    case Kind::SchemaMismatch:
    case Kind::Internal:
        break;
    }
    qCWarning(lcApi) << "storage error:" << error.message;
    return internalError();
}

ApiResponse ApiResponse::notFound(const QString &what)
{
    return error(404, QStringLiteral("not_found"), tr("%1 does not exist.").arg(what));
}

ApiResponse ApiResponse::forbidden()
{
    return error(403, QStringLiteral("forbidden"), tr("You are not allowed to do this."));
}

ApiResponse ApiResponse::internalError()
{
    return error(500, QStringLiteral("internal"),
                 tr("The server failed to handle the request; nothing was saved. The error is "
                    "in the server log."));
}

} // namespace sd::server
