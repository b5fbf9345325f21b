#pragma once

#include "protocol/apierror.h"
#include "storage/storageerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace sd::server {

// What a route answers; ApiServer writes it on the socket's thread.
struct ApiResponse
{
    Q_DECLARE_TR_FUNCTIONS(ApiResponse)

public:
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // For the request log: the signed-in user, 0 for anonymous requests.
    qint64 userId = 0;

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse json(const QJsonArray &array, int status = 200);
    static ApiResponse noContent();
    static ApiResponse error(const protocol::ApiError &error);
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QString &field = {});
    // Picks the HTTP status for a storage failure; details stay in the server log for
    // internal errors, the caller gets a message without SQL in it.
    static ApiResponse storageError(const storage::StorageError &error);
    static ApiResponse notFound(const QString &what);
    static ApiResponse forbidden();
    static ApiResponse internalError();

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace sd::server
