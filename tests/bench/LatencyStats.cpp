#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pathways::bench {

void LatencyStats::merge(const LatencyStats& other)
{
    m_samples.insert(m_samples.end(), other.m_samples.cbegin(), other.m_samples.cend());
}

double LatencyStats::percentile(double p) const
{
    if (m_samples.empty())
        return 0;
    std::vector<double> sorted = m_samples;
    std::sort(sorted.begin(), sorted.end());
    const double rank = std::ceil(p / 100.0 * static_cast<double>(sorted.size()));
    const size_t index = static_cast<size_t>(std::clamp(rank, 1.0, static_cast<double>(sorted.size()))) - 1;
    return sorted[index];
}

double LatencyStats::mean() const
{
    if (m_samples.empty())
        return 0;
    return std::accumulate(m_samples.cbegin(), m_samples.cend(), 0.0) / static_cast<double>(m_samples.size());
}

double LatencyStats::max() const
{
    return m_samples.empty() ? 0 : *std::max_element(m_samples.cbegin(), m_samples.cend());
}

} // namespace pathways::bench
