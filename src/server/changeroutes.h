#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/changes?since=&limit=[&include=data]: the change feed, filtered item by item to
// what the caller may see. last_seq always advances past filtered items, so a client never
// asks for them again. With include=data each ticket and message item carries the entity as
// the caller may see it now, so a replica applies a page without further requests. A ticket
// item whose ticket the caller can no longer see, or that no longer exists, comes as op
// "gone" with nothing but its id, so replicas drop what left the caller's view.
class ChangeRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRoutes)

public:
    static void add(Router &router);
    static ApiResponse changes(RequestContext &ctx);
};

} // namespace sd::server
