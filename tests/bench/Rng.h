#pragma once

#include <cstdint>

namespace pathways::bench {

/// A small deterministic PRNG (SplitMix64). std::uniform_*_distribution is not specified bit-for-bit across
/// standard libraries, so the generator derives every number from this alone: same seed, same data.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [low, high] (inclusive); the tiny modulo bias does not matter here.
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }

    bool chance(double probability) { return unit() < probability; }

private:
    std::uint64_t m_state;
};

} // namespace pathways::bench
