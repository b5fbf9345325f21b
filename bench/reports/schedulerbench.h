#pragma once

#include <QString>

namespace sd::bench {

// The SLA scheduler's pass (issue 6: <= 200 ms) over `tickets` open tickets, each with a
// running first-response and resolution target, of which 1 % are past their first-response
// due. Written in SQL into the SQLite file at `url`, or on PostgreSQL into a database of its
// own created beside the one `url` names (the report's history must not fire). Prints, per
// backend label:
//   reports.scheduler_pass_ms.<label>.fire = N ms   p50 of passes firing 1 % of tickets
//   reports.scheduler_pass_ms.<label>.idle = N ms   p50 of passes that find nothing to fire
// False (with a message on stderr) on failure.
bool runSchedulerBench(const QString &url, const QString &label, int tickets, int runs);

} // namespace sd::bench
