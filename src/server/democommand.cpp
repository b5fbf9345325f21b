#include "democommand.h"

#include "clisupport.h"
#include "demowriter.h"
#include "storage/database.h"
#include "storage/migrator.h"

namespace sd::server {

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliSupport::databaseOption());
    parser.addOption({QStringLiteral("tickets"), tr("How many demo tickets to add (default 300)."),
                      QStringLiteral("n"), QStringLiteral("300")});
    int exitCode = CliSupport::Ok;
    if (!CliSupport::parse(parser, arguments, QStringLiteral("demo"), &exitCode))
        return exitCode;
    bool ok = false;
    const int tickets = parser.value(QStringLiteral("tickets")).toInt(&ok);
    if (!ok || tickets < 0 || tickets > 10'000'000)
        return CliSupport::fail(tr("demo: --tickets needs a number from 0 to 10000000 (got \"%1\")")
                                    .arg(parser.value(QStringLiteral("tickets"))),
                                CliSupport::BadInput);
    const QString url = CliSupport::databaseUrl(parser, QStringLiteral("demo"));
    if (url.isEmpty())
        return CliSupport::BadInput;
    auto db = sd::storage::Database::open(url);
    if (!db)
        return CliSupport::fail(db.error().message, CliSupport::Failed);
    if (const auto ready = sd::storage::Migrator(*db.value()).check(); !ready)
        return CliSupport::fail(ready.error().message, CliSupport::Failed);

    DemoWriter writer(*db.value());
    for (const auto &step : {&DemoWriter::writePeople, &DemoWriter::writeArticles,
                             &DemoWriter::writeCannedResponses}) {
        if (const auto done = (writer.*step)(); !done)
            return CliSupport::fail(done.error().message, CliSupport::Failed);
    }
    if (const auto done = writer.writeTickets(tickets); !done)
        return CliSupport::fail(done.error().message, CliSupport::Failed);
    CliSupport::print(
        tr("Added %n demo ticket(s) to %1", nullptr, tickets).arg(db.value()->displayName()));
    return CliSupport::Ok;
}

} // namespace sd::server
