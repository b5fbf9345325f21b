#include "kbroutes.h"

#include "htmlsanitizer.h"
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
    // The page a link in a reply opens: customers read it in a browser, without signing in.
    router.add("GET", QStringLiteral("/kb/{id}"), Router::Access::Public, page);
}

QString KbRoutes::pagePath(qint64 articleId)
{
    return QStringLiteral("/kb/%1").arg(articleId);
}

ApiResponse KbRoutes::page(RequestContext &ctx)
{
    auto article = storage::KbArticleRepository(ctx.db).get(ctx.idArg());
    if (!article && article.error().kind != storage::StorageError::Kind::NotFound)
        return ApiResponse::storageError(article.error());
    // Drafts are not public: a missing and an unpublished article look the same.
    if (!article || !article->published)
        return ApiResponse::notFound(tr("The knowledge-base article"));
    // Articles are written by staff, but a page anyone can open gets sanitized all the same.
    const QString body = HtmlSanitizer::sanitize(article->bodyHtml).html;
    const QString title = article->title.toHtmlEscaped();
    ApiResponse response;
    response.contentType = "text/html; charset=utf-8";
    response.body =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width\">"
                       "<title>%2</title><style>body{font-family:sans-serif;"
                       "max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5}"
                       "</style></head><body><h1>%2</h1>%3</body></html>\n")
            .arg(article->locale.toHtmlEscaped(), title, body)
            .toUtf8();
    return response.withHeader("Content-Security-Policy",
                               "default-src 'none'; style-src 'unsafe-inline'");
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
                {QStringLiteral("path"), pagePath(article->id)},
                {QStringLiteral("updated_at"), protocol::WireValue::dateTime(article->updatedAt)}});
        }
    }
    return ApiResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace sd::server
