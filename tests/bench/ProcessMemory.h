#pragma once

namespace pathways::bench {

/// Memory of this process from /proc/self/status (Linux), in kibibytes; 0 when unavailable.
class ProcessMemory
{
public:
    static long long residentKiB(); ///< VmRSS: resident now
    static long long peakKiB();     ///< VmHWM: the peak resident set so far
    /// The 1-minute load average (/proc/loadavg): on a shared 2-core machine, a figure taken at load 4 is
    /// not the same figure as one taken at load 0, and the report says which it was.
    static double loadAverage();
};

} // namespace pathways::bench
