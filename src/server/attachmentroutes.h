#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// POST /api/v1/attachments?name= (raw body) and GET /api/v1/attachments/{id}. The type is
// sniffed from the bytes by core::AttachmentPolicy, programs and installers are refused, and
// content is stored once per SHA-256. Downloads are never rendered inline unless they are a
// plain image, so an uploaded HTML or SVG file cannot run in someone's browser.
class AttachmentRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRoutes)

public:
    static void add(Router &router);
    static ApiResponse upload(RequestContext &ctx);
    static ApiResponse download(RequestContext &ctx);

    // 422 naming the first id that is not a stored attachment (tickets and messages refer to
    // uploads by id).
    static std::optional<ApiResponse> requireExisting(RequestContext &ctx,
                                                      const QList<qint64> &ids);
    // The Content-Disposition value for a stored name (RFC 6266 with an RFC 5987 UTF-8 name).
    static QByteArray contentDisposition(const QString &name, bool inlineImage);
};

} // namespace sd::server
