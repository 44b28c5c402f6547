#pragma once

namespace pathways::bench {

/// Memory of this process from /proc/self/status (Linux), in kibibytes; 0 when unavailable.
class ProcessMemory
{
public:
    static long long residentKiB(); ///< VmRSS: resident now
    static long long peakKiB();     ///< VmHWM: the peak resident set so far
};

} // namespace pathways::bench
