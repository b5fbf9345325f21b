#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server escalation list|add|remove|share`: the SLA scheduler's escalation rules
// and its warning share from the shell. Writes are audited (with no actor) and reach the
// change feed as the admin routes' do.
class EscalationCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::EscalationCommand)

public:
    // arguments: program name, "escalation", verb, options...
    static int run(const QStringList &arguments);
};

} // namespace sd::server
