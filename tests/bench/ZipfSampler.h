#pragma once

#include <vector>

namespace pathways::bench {

class Rng;

/// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s: a few values are very common and
/// a long tail is rare, which is what real service texts and place names look like.
class ZipfSampler
{
public:
    ZipfSampler(int n, double exponent);

    int sample(Rng& rng) const;
    int size() const { return static_cast<int>(m_cumulative.size()); }
    /// Share of draws that give `rank` (for the documentation of the data).
    double probability(int rank) const;

private:
    std::vector<double> m_cumulative; // normalised, last == 1
};

} // namespace pathways::bench
