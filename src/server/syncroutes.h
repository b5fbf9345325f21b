#pragma once

#include "apiresponse.h"
#include "core/ticket.h"
#include "core/ticketlink.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace sd::storage {
struct TicketFilter;
}

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/sync/tickets?after=&limit=: a client's first sync. Pages through every ticket
// the caller may see (newest first, keyset cursor `next` like the ticket list), each with its
// links and the messages and attachment metadata the caller may see, in a few queries per
// page. `seq` is the change-feed position read before the page: a client that afterwards
// pulls /changes from the smallest `seq` of its pages misses nothing that changed while it
// was paging (what it gets twice it simply applies again). The first page (no `after`) also
// says `total`, how many tickets the whole sync will bring, for a progress bar, and with
// `cursors=1` the `after` of every later page (`cursors`, newest first), so that a client can
// ask for several pages at once instead of one after another.
class SyncRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(SyncRoutes)

public:
    static void add(Router &router);
    static ApiResponse tickets(RequestContext &ctx);

    static constexpr int DefaultPage = 200;
    static constexpr int MaxPage = 500;

private:
    // The filter the query asks for, restricted to what the user may see; an answer when the
    // query is refused.
    static std::optional<ApiResponse> readQuery(RequestContext &ctx, storage::TicketFilter *filter);
    // The tickets as a JSON array with their links, messages and attachments.
    static storage::Result<void> writeItems(RequestContext &ctx, const QList<core::Ticket> &tickets,
                                            QByteArray &out);
    // The links of these tickets (the ids of a page, not empty), asked for only when there are.
    static storage::Result<QHash<qint64, QList<core::TicketLink>>>
    linksOf(RequestContext &ctx, const QList<qint64> &ids);
};

} // namespace sd::server
