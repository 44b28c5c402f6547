#include "ZipfSampler.h"

#include "Rng.h"

#include <algorithm>
#include <cmath>

namespace pathways::bench {

ZipfSampler::ZipfSampler(int n, double exponent)
{
    m_cumulative.reserve(static_cast<size_t>(std::max(1, n)));
    double sum = 0;
    for (int rank = 0; rank < std::max(1, n); ++rank) {
        sum += 1.0 / std::pow(rank + 1.0, exponent);
        m_cumulative.push_back(sum);
    }
    for (double& value : m_cumulative)
        value /= sum;
}

int ZipfSampler::sample(Rng& rng) const
{
    // Binary search in the cumulative table: O(log n) per draw keeps 1M services well under a minute.
    const double u = rng.unit();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), u);
    return static_cast<int>(std::min<std::ptrdiff_t>(it - m_cumulative.cbegin(), size() - 1));
}

double ZipfSampler::probability(int rank) const
{
    if (rank < 0 || rank >= size())
        return 0;
    return rank == 0 ? m_cumulative[0]
                     : m_cumulative[static_cast<size_t>(rank)] - m_cumulative[static_cast<size_t>(rank - 1)];
}

} // namespace pathways::bench
