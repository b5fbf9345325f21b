#include "cannedresponseroutes.h"

#include "requestcontext.h"
#include "router.h"
#include "storage/cannedresponserepository.h"

#include <QJsonArray>

namespace sd::server {

void CannedResponseRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/canned-responses"), Router::Access::Staff, list);
}

ApiResponse CannedResponseRoutes::list(RequestContext &ctx)
{
    const auto responses = storage::CannedResponseRepository(ctx.db).listFor(ctx.userId());
    if (!responses)
        return ApiResponse::storageError(responses.error());
    QJsonArray items;
    for (const storage::CannedResponse &response : responses.value())
        items.append(QJsonObject{{QStringLiteral("id"), response.id},
                                 {QStringLiteral("title"), response.title},
                                 {QStringLiteral("body_html"), response.bodyHtml},
                                 {QStringLiteral("shared"), response.isShared()}});
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace sd::server
