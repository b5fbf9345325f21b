#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server serve --db URL --listen HOST:PORT`: runs the HTTP/JSON API until
// stopped. Prints "listening on http://HOST:PORT" once it accepts requests (port 0 picks a
// free port; the line tells which), which tests and the workstation wait for.
class ServeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::ServeCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace sd::server
