#pragma once

#include "ZipfSampler.h"

#include <array>
#include <string>
#include <vector>

namespace pathways::bench {

class Rng;

/// The synthetic multilingual vocabulary: per language, a head of real service words (English, Slovenian
/// with č/š/ž, Ukrainian Cyrillic) followed by a long tail of made-up words built from that language's
/// letters. Words are drawn Zipf-skewed, so the first words of each list are in most documents (the slow
/// case for a search engine) and tail words in a handful. Strings are UTF-8: the generator writes bytes.
class Vocabulary
{
public:
    enum Language { English = 0, Slovenian = 1, Ukrainian = 2 };
    static constexpr int kLanguages = 3;

    /// `tailWords` made-up words per language, derived from `seed` only.
    Vocabulary(unsigned long long seed, int tailWords);

    /// A description word in `language`.
    const std::string& word(Language language, Rng& rng) const;
    /// A word typical of service names (the real head only, less skewed).
    const std::string& nameWord(Language language, Rng& rng) const;
    /// A word for organisation names ("association", "društvo", "фонд").
    const std::string& organisationWord(Language language, Rng& rng) const;

    /// Words by descending expected frequency (for documenting which terms are frequent).
    const std::vector<std::string>& words(Language language) const { return m_words[language]; }
    double share(Language language, int rank) const { return m_samplers[language].probability(rank); }

private:
    std::array<std::vector<std::string>, kLanguages> m_words;
    std::array<int, kLanguages> m_headSize{};
    std::vector<ZipfSampler> m_samplers;
    std::vector<ZipfSampler> m_nameSamplers;
};

} // namespace pathways::bench
