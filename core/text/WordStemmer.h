#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace pathways::text {

/// Light stemming of *folded* words (foldForSearch), so that the inflected forms of one word meet:
/// trgovina / trgovine / trgovini, ljudi / ljudmi, торгівля / торгівлі (torgivlja / torgivli),
/// service / services.
///
/// Folding runs first, so every word is Latin by then (Cyrillic is transliterated): a stemmer written for
/// Cyrillic (Snowball's Russian) cannot apply. A word therefore gets two kinds of stem:
///  - slavicStem(): one small suffix-stripping rule set for the case and number endings that Slovenian,
///    Croatian/Bosnian/Serbian, Ukrainian and Russian share once transliterated (see docs/search.md);
///  - Snowball (libstemmer) English, German and French stems, for the records in those languages.
/// Two words are forms of one word when any of their stems agree. Not thread-safe (Snowball's stemmers keep
/// state): one per thread.
class WordStemmer
{
public:
    WordStemmer();
    ~WordStemmer();
    WordStemmer(const WordStemmer&) = delete;
    WordStemmer& operator=(const WordStemmer&) = delete;

    /// The distinct stems of a folded word (the word itself among them when no rule shortens it).
    QStringList stems(QStringView folded);
    /// True when `a` and `b` (both folded) have a stem in common.
    bool sameWord(QStringView a, QStringView b);

    /// The Slavic rule set alone: the longest listed ending is removed while at least kMinStem letters stay.
    static QString slavicStem(QStringView folded);
    static constexpr int kMinStem = 3;

private:
    struct Snowball;
    std::unique_ptr<Snowball> m_snowball;
};

} // namespace pathways::text
