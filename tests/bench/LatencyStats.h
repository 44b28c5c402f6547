#pragma once

#include <vector>

namespace pathways::bench {

/// Latency samples in milliseconds and their percentiles.
class LatencyStats
{
public:
    void add(double milliseconds) { m_samples.push_back(milliseconds); }
    void merge(const LatencyStats& other);

    /// Nearest-rank percentile (p in 0..100) of the samples; 0 when there are none. With 20 samples, p95 is
    /// the 19th and p99 the 20th (the maximum): a benchmark should not interpolate its way out of a spike.
    double percentile(double p) const;
    double mean() const;
    double max() const;
    int count() const { return static_cast<int>(m_samples.size()); }
    bool empty() const { return m_samples.empty(); }

private:
    std::vector<double> m_samples;
};

} // namespace pathways::bench
