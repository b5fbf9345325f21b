#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server sla due|elapsed`: answers "when is this due?" and "how much business
// time has passed?" from a calendar file, exactly as the server's SLA clock computes it.
// The form is a contract (DESIGN.md): due prints one ISO-8601 instant with the calendar
// zone's offset, elapsed prints whole business minutes; bad input exits 2 naming the problem.
class SlaCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::SlaCommand)

public:
    // arguments: program name, "sla", "due"|"elapsed", options...
    static int run(const QStringList &arguments);
};

} // namespace sd::server
