#pragma once

#include <QStringList>

namespace sd::server {

// supportdesk-server's command line: `serve`, `migrate`, `demo`, `sla due|elapsed`, `user`,
// `calendar`, `policy`, ...
// Exit codes: 0 success, 1 the work failed (database down, ...), 2 bad arguments or input
// (with a message on stderr naming what is wrong).
class AdminCli final
{
public:
    static int run(const QStringList &arguments);
    static QString usage();
};

} // namespace sd::server
