#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server policy list|set|remove`: the SLA policies (support level x category x
// priority -> first-response, next-response and resolution targets in business minutes of a
// calendar, and the statuses that stop the clock) from the shell. `set` writes the whole policy
// of its level x category x priority: it creates it or replaces the old one, so flags left out
// take their defaults. Writes go through SlaConfigService, so they are audited and reach the
// change feed as the admin routes' do.
class PolicyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::PolicyCommand)

public:
    // arguments: program name, "policy", verb, options...
    static int run(const QStringList &arguments);
};

} // namespace sd::server
