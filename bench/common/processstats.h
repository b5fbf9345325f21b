#pragma once

#include <QtGlobal>

namespace sd::bench {

// Memory and CPU use of a process on this machine (Linux /proc), for the benchmarks' RSS and
// CPU figures. A pid of 0 means the calling process.
class ProcessStats final
{
public:
    // VmRSS and VmHWM (the peak since start or since resetPeak()) in MiB; -1 when unreadable.
    static double residentMegabytes(qint64 pid = 0);
    static double peakMegabytes(qint64 pid = 0);
    // Starts a new peak at the current RSS, so that a phase's peak excludes what came before
    // (writes "5" to /proc/<pid>/clear_refs). False when the kernel refuses.
    static bool resetPeak(qint64 pid = 0);
    // User plus system CPU time consumed so far, in seconds; -1 when unreadable.
    static double cpuSeconds(qint64 pid = 0);
};

} // namespace sd::bench
