#pragma once

#include "apirequest.h"
#include "apiservices.h"
#include "core/user.h"

#include <optional>

namespace sd::storage {
class Database;
}

namespace sd::server {

// Everything one request handler works with, on the worker thread that runs it.
class RequestContext final
{
public:
    RequestContext(const ApiRequest &request, storage::Database &db, const ApiServices &services)
        : request(request), db(db), services(services)
    {}

    const ApiRequest &request;
    storage::Database &db;
    const ApiServices &services;
    std::optional<core::User> user; // set for authenticated routes
    QString tokenHash;              // of the bearer token that authenticated the request

    bool isStaff() const { return user && user->role != core::UserRole::Customer; }
    bool hasRole(core::UserRole role) const { return user && user->role == role; }
    qint64 userId() const { return user ? user->id : 0; }
    // The index-th {placeholder} as a positive id, 0 when it is not one.
    qint64 idArg(int index = 0) const
    {
        bool ok = false;
        const qint64 id = request.pathArgs.value(index).toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    }
};

} // namespace sd::server
