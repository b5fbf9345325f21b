#pragma once

namespace sd::bench {

// SLA due computations per second on the seeds' calendars, warm, on one thread: once through
// the QDateTime API the CLI and reports use, once through the epoch-millisecond API the
// scheduler uses in bulk.
void runSlaBench(bool quick);

} // namespace sd::bench
