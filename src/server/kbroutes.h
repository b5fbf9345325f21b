#pragma once

#include "apiresponse.h"

#include <QCoreApplication>

namespace sd::server {

class RequestContext;
class Router;

// GET /api/v1/kb?q=&limit=&typing=1: knowledge-base search with morphology; `typing`
// matches the last word as a prefix for suggestions while the customer writes (seeds 000,
// 002). Customers see published articles only. Each hit names its page ("path"):
// GET /kb/{id} shows a published article as a web page, without signing in, so a link in a
// reply works in any mail reader.
class KbRoutes final
{
    Q_DECLARE_TR_FUNCTIONS(KbRoutes)

public:
    static void add(Router &router);
    static ApiResponse search(RequestContext &ctx);
    static ApiResponse page(RequestContext &ctx);
    static QString pagePath(qint64 articleId);
};

} // namespace sd::server
