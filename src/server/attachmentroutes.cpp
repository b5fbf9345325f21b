#include "attachmentroutes.h"

#include "core/attachmentpolicy.h"
#include "permissions.h"
#include "protocol/attachmentjson.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/attachmentrepository.h"
#include "storage/ticketrepository.h"

#include <QUrl>

namespace sd::server {

namespace {

bool isPlainImage(const QString &mimeType)
{
    return mimeType == u"image/png" || mimeType == u"image/jpeg" || mimeType == u"image/gif";
}

// Whether the user may read the attachment: they uploaded it, or it is on a message they
// may see in a ticket they may see.
storage::Result<bool> mayRead(RequestContext &ctx, qint64 id)
{
    auto access = storage::AttachmentRepository(ctx.db).access(id);
    if (!access)
        return access.error();
    if (access->uploadedBy == ctx.userId())
        return true;
    storage::TicketRepository tickets(ctx.db);
    for (const auto &use : access->uses) {
        if (!Permissions::canSeeMessage(*ctx.user, use.kind))
            continue;
        auto ticket = tickets.get(use.ticketId);
        if (ticket && Permissions::canView(*ctx.user, ticket.value()))
            return true;
    }
    return false;
}

} // namespace

void AttachmentRoutes::add(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/attachments"), Router::Access::Authenticated,
               upload);
    router.add("GET", QStringLiteral("/api/v1/attachments/{id}"), Router::Access::Authenticated,
               download);
}

ApiResponse AttachmentRoutes::upload(RequestContext &ctx)
{
    QString name = ctx.request.queryValue(QStringLiteral("name")).trimmed();
    name = name.section(u'/', -1).section(u'\\', -1);
    if (name.isEmpty() || name.size() > 255)
        return ApiResponse::error(422, QStringLiteral("required"),
                                  tr("Give the file name in ?name= (at most 255 characters)."),
                                  QStringLiteral("name"));
    core::AttachmentPolicy::Limits limits;
    limits.maxBytes = ctx.services.settings.attachmentLimitBytes;
    const core::AttachmentPolicy policy(limits);
    const core::AttachmentPolicy::Verdict verdict = policy.check(name, ctx.request.body);
    if (!verdict.allowed) {
        // An empty file is a wrong request, not a type we refuse.
        const int status = verdict.code == u"too_large" ? 413
                           : verdict.code == u"empty"   ? 422
                                                        : 415;
        return ApiResponse::error(status, verdict.code, verdict.reason, QStringLiteral("body"));
    }
    auto stored = storage::AttachmentRepository(ctx.db).store(name, verdict.mimeType,
                                                              ctx.request.body, ctx.userId());
    if (!stored)
        return ApiResponse::storageError(stored.error());
    return ApiResponse::json(protocol::AttachmentJson::toJson(stored.value()), 201)
        .withHeader("Location", "/api/v1/attachments/" + QByteArray::number(stored->id));
}

ApiResponse AttachmentRoutes::download(RequestContext &ctx)
{
    const qint64 id = ctx.idArg();
    const auto missing = [] { return ApiResponse::notFound(tr("This attachment")); };
    if (id == 0)
        return missing();
    auto allowed = mayRead(ctx, id);
    if (!allowed && allowed.error().kind == storage::StorageError::Kind::NotFound)
        return missing();
    if (!allowed)
        return ApiResponse::storageError(allowed.error());
    if (!allowed.value())
        return missing();
    storage::AttachmentRepository attachments(ctx.db);
    auto info = attachments.get(id);
    auto content = info ? attachments.content(id) : storage::Result<QByteArray>(info.error());
    if (!content)
        return ApiResponse::storageError(content.error());
    const bool image = isPlainImage(info->mimeType);
    ApiResponse response;
    response.contentType =
        image ? info->mimeType.toLatin1() : QByteArray("application/octet-stream");
    response.body = content.value();
    response.withHeader("Content-Disposition", contentDisposition(info->name, image))
        .withHeader("Content-Security-Policy", "default-src 'none'; sandbox")
        .withHeader("X-Original-Content-Type", info->mimeType.toLatin1())
        .withHeader("ETag", '"' + info->sha256.toLatin1() + '"');
    return response;
}

std::optional<ApiResponse> AttachmentRoutes::requireExisting(RequestContext &ctx,
                                                             const QList<qint64> &ids)
{
    // Referencing a file hands it to whoever sees the message, so only files the caller may
    // read themselves qualify (their uploads, or files on tickets they see); others' files
    // are reported as missing, not as forbidden, so ids cannot be probed.
    for (const qint64 id : ids) {
        auto allowed = mayRead(ctx, id);
        if (!allowed && allowed.error().kind != storage::StorageError::Kind::NotFound)
            return ApiResponse::storageError(allowed.error());
        if (!allowed || !allowed.value())
            return ApiResponse::error(422, QStringLiteral("invalid_value"),
                                      tr("Attachment %1 does not exist; upload it first with "
                                         "POST /api/v1/attachments.")
                                          .arg(id),
                                      QStringLiteral("attachments"));
    }
    return std::nullopt;
}

QByteArray AttachmentRoutes::contentDisposition(const QString &name, bool inlineImage)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii += (c.unicode() >= 32 && c.unicode() < 127 && c != u'"' && c != u'\\')
                     ? char(c.unicode())
                     : '_';
    return (inlineImage ? QByteArray("inline") : QByteArray("attachment")) + "; filename=\"" +
           ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

} // namespace sd::server
