#include "kbroutes.h"

#include "permissions.h"
#include "protocol/wirevalue.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/kbarticlerepository.h"
#include "storage/searchrepository.h"

#include <QJsonArray>

namespace sd::server {

void KbRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/kb"), Router::Access::Authenticated, search);
}

ApiResponse KbRoutes::search(RequestContext &ctx)
{
    const QString text = ctx.request.queryValue(QStringLiteral("q")).trimmed();
    bool ok = true;
    int limit = 10;
    if (const QString value = ctx.request.queryValue(QStringLiteral("limit")); !value.isEmpty())
        limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > 50)
        return ApiResponse::error(400, QStringLiteral("invalid_query"),
                                  tr("limit must be a whole number from 1 to 50."),
                                  QStringLiteral("limit"));
    const bool publishedOnly = !Permissions::isStaff(*ctx.user);
    const bool typing = ctx.request.queryValue(QStringLiteral("typing")) == u"1";
    QJsonArray items;
    if (!text.isEmpty()) {
        auto hits = storage::SearchRepository(ctx.db).searchKb(text, limit, publishedOnly, typing);
        if (!hits)
            return ApiResponse::storageError(hits.error());
        storage::KbArticleRepository articles(ctx.db);
        for (const storage::KbHit &hit : hits.value()) {
            auto article = articles.get(hit.articleId);
            if (!article)
                continue;
            items.append(QJsonObject{
                {QStringLiteral("id"), article->id},
                {QStringLiteral("title"), article->title},
                {QStringLiteral("excerpt"), article->bodyText.left(300)},
                {QStringLiteral("locale"), article->locale},
                {QStringLiteral("updated_at"), protocol::WireValue::dateTime(article->updatedAt)}});
        }
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace sd::server
