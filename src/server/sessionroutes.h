#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// POST /api/v1/session (sign in), GET (who am I), DELETE (sign out).
class SessionRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SessionRoutes)

public:
    static void add(Router &router);

    static ApiResponse signIn(RequestContext &ctx);
    static ApiResponse whoAmI(RequestContext &ctx);
    static ApiResponse signOut(RequestContext &ctx);
};

} // namespace sd::server
