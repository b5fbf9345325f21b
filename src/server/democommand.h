#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server demo --db URL --tickets N`: adds realistic demo data (DemoData) to a
// migrated database. Organisations, users and articles that already exist are kept, so it
// can run again to add more tickets. Each ticket with its messages is one transaction.
class DemoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::DemoCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace sd::server
