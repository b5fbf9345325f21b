#include "migratecommand.h"

#include "clisupport.h"
#include "slabackfill.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace sd::server {

int MigrateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, QStringLiteral("migrate"), &exitCode))
        return exitCode;
    const QString url = CliSupport::databaseUrl(parser, QStringLiteral("migrate"));
    if (url.isEmpty())
        return CliSupport::BadInput;
    auto db = sd::storage::Database::open(url);
    if (!db)
        return CliSupport::fail(db.error().message, CliSupport::Failed);
    sd::storage::Migrator migrator(*db.value());
    const auto before = migrator.currentVersion();
    if (!before)
        return CliSupport::fail(before.error().message, CliSupport::Failed);
    const auto reached = migrator.migrate();
    if (!reached)
        return CliSupport::fail(reached.error().message, CliSupport::Failed);
    if (reached.value() == before.value())
        CliSupport::print(tr("%1 is up to date (schema version %2)")
                              .arg(db.value()->displayName())
                              .arg(reached.value()));
    else
        CliSupport::print(tr("%1 migrated from schema version %2 to %3")
                              .arg(db.value()->displayName())
                              .arg(before.value())
                              .arg(reached.value()));
    // Also after an interrupted earlier run: only tickets still without targets are read.
    const auto filled = SlaBackfill(*db.value()).run(QDateTime::currentDateTimeUtc());
    if (!filled)
        return CliSupport::fail(filled.error().message, CliSupport::Failed);
    if (filled->tickets > 0)
        CliSupport::print(tr("SLA targets computed for %n older ticket(s); %1 warning(s) and "
                             "breach(es) they had already passed were recorded without "
                             "escalating",
                             nullptr, filled->tickets)
                              .arg(filled->settledEvents));
    return CliSupport::Ok;
}

} // namespace sd::server
