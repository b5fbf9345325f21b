#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/sync/tickets?after=&limit=: a client's first sync. Pages through every ticket
// the caller may see (newest first, keyset cursor `next` like the ticket list), each with its
// links and the messages and attachment metadata the caller may see, in a few queries per
// page. `seq` is the change-feed position read before the page: a client that afterwards
// pulls /changes from the smallest `seq` of its pages misses nothing that changed while it
// was paging (what it gets twice it simply applies again). The first page (no `after`) also
// says `total`, how many tickets the whole sync will bring, for a progress bar.
class SyncRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SyncRoutes)

public:
    static void add(Router &router);
    static ApiResponse tickets(RequestContext &ctx);

    static constexpr int DefaultPage = 200;
    static constexpr int MaxPage = 500;
};

} // namespace sd::server
