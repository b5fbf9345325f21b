#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server migrate --db URL`: creates or upgrades the schema; refuses a database
// made by a newer SupportDesk without writing to it.
class MigrateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::MigrateCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace sd::server
