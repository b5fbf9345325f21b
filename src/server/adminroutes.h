#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// Users and queues: staff read them (assigning needs the list of agents); only admins
// create and change them. Customers never see other users.
//   GET/POST /api/v1/users, PATCH /api/v1/users/{id}, GET/POST /api/v1/queues
class AdminRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(AdminRoutes)

public:
    static void add(Router &router);
    static ApiResponse listUsers(RequestContext &ctx);
    static ApiResponse createUser(RequestContext &ctx);
    static ApiResponse updateUser(RequestContext &ctx);
    static ApiResponse listQueues(RequestContext &ctx);
    static ApiResponse createQueue(RequestContext &ctx);
};

} // namespace sd::server
