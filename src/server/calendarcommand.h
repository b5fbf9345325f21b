#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sd::server {

// `supportdesk-server calendar list|show|set|import|remove`: the business calendars SLA
// policies count in, managed from the shell. `set` takes the calendar file (DESIGN.md
// "Calendar file"), `import` merges one year of a production calendar (CSV or JSON,
// docs/production-calendar.md) into a stored calendar. Writes go through SlaConfigService, so
// they are audited and reach the change feed as the admin routes' do. Calendars are named by
// the name they are stored under, which follows the verb: `calendar show NAME`.
class CalendarCommand final
{
    Q_DECLARE_TR_FUNCTIONS(sd::server::CalendarCommand)

public:
    // arguments: program name, "calendar", verb, [NAME], options...
    static int run(const QStringList &arguments);
};

} // namespace sd::server
