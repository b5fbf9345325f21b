#include "slaclocks.h"

#include <QHash>
#include <QMutex>

namespace sd::server {

namespace {

// Every minute counts for a policy that names no calendar.
const char RoundTheClock[] =
    R"({"name":"Round the clock","time_zone":"UTC","week":{"mon":[["00:00","24:00"]],)"
    R"("tue":[["00:00","24:00"]],"wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],)"
    R"("fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],"sun":[["00:00","24:00"]]}})";

// Installations have a handful of calendars; the cap only bounds a server whose admins keep
// editing them.
constexpr qsizetype MaxClocks = 64;

struct Cache
{
    QMutex mutex;
    QHash<QString, core::SlaClock> clocks;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

} // namespace

std::optional<core::SlaClock> SlaClocks::forDefinition(const QString &calendarJson)
{
    Cache &shared = cache();
    {
        const QMutexLocker lock(&shared.mutex);
        if (const auto it = shared.clocks.constFind(calendarJson); it != shared.clocks.cend())
            return *it;
    }
    const QByteArray json =
        calendarJson.isEmpty() ? QByteArray(RoundTheClock) : calendarJson.toUtf8();
    const auto calendar = core::BusinessCalendar::fromJson(json);
    if (!calendar)
        return std::nullopt;
    const core::SlaClock clock(*calendar);
    const QMutexLocker lock(&shared.mutex);
    if (shared.clocks.size() >= MaxClocks)
        shared.clocks.clear();
    shared.clocks.insert(calendarJson, clock);
    return clock;
}

} // namespace sd::server
