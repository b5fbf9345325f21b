#include "healthroutes.h"

#include "protocol/healthinfo.h"
#include "requestcontext.h"
#include "router.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace sd::server {

void HealthRoutes::add(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/health"), Router::Access::Public, health);
}

ApiResponse HealthRoutes::health(RequestContext &ctx)
{
    protocol::HealthInfo info;
    info.version = QStringLiteral(SD_VERSION);
    info.attachmentMaxBytes = ctx.services.settings.attachmentLimitBytes;
    info.databaseKind = ctx.db.backend() == storage::Backend::Sqlite ? QStringLiteral("sqlite")
                                                                     : QStringLiteral("postgresql");
    const auto version = storage::Migrator(ctx.db).currentVersion();
    info.databaseOk = version.ok();
    if (version)
        info.schemaVersion = version.value();
    else
        info.message = version.error().message;
    return ApiResponse::json(info.toJson(), info.databaseOk ? 200 : 503);
}

} // namespace sd::server
