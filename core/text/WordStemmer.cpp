#include "text/WordStemmer.h"

#include <libstemmer.h>

#include <array>

namespace pathways::text {

namespace {

// Case and number endings of nouns and adjectives, as they look after folding (č/ć -> c, ž -> z,
// Cyrillic transliterated, h = g, y = i). A light stemmer: derivational suffixes (-ski, -ost, -nik) stay,
// so that words of different meaning do not meet. Longest first; a soft "j" before an ending goes with it
// (torgivlja / torgivli, ljudje / ljudi).
constexpr std::array kEndings = {
    "ovega", "evega", "ovemu", "ovimi", "ijami", "jami", "ega",  "emu",  "ima", "imi", "ami", "ovi",
    "ove",   "ova",   "jah",   "ogo",   "aja",   "oje",  "ije",  "iji",  "ijo", "ah",  "ih",  "im",
    "om",    "em",    "ej",    "oj",    "ov",    "ev",   "mi",   "ja",   "je",  "ji",  "jo",  "ju",
    "a",     "e",     "i",     "o",     "u"};

// Snowball algorithms applied to every word (the record's language is not known per word).
constexpr std::array kSnowballLanguages = {"english", "german", "french"};

} // namespace

struct WordStemmer::Snowball
{
    std::array<sb_stemmer*, kSnowballLanguages.size()> stemmers{};

    Snowball()
    {
        for (size_t i = 0; i < kSnowballLanguages.size(); ++i)
            stemmers[i] = sb_stemmer_new(kSnowballLanguages[i], "UTF_8"); // null if the library lacks it
    }
    ~Snowball()
    {
        for (sb_stemmer* stemmer : stemmers)
            if (stemmer)
                sb_stemmer_delete(stemmer);
    }
    Snowball(const Snowball&) = delete;
    Snowball& operator=(const Snowball&) = delete;
};

WordStemmer::WordStemmer() : m_snowball(std::make_unique<Snowball>()) {}

WordStemmer::~WordStemmer() = default;

QString WordStemmer::slavicStem(QStringView folded)
{
    for (const char* ending : kEndings) {
        const QLatin1StringView suffix(ending);
        if (folded.size() - suffix.size() >= kMinStem && folded.endsWith(suffix))
            return folded.chopped(suffix.size()).toString();
    }
    return folded.toString();
}

QStringList WordStemmer::stems(QStringView folded)
{
    QStringList result{slavicStem(folded)};
    // Snowball on digits or very short words only wastes time.
    if (folded.size() <= kMinStem)
        return result;
    const QByteArray utf8 = folded.toUtf8();
    for (sb_stemmer* stemmer : m_snowball->stemmers) {
        if (!stemmer)
            continue;
        const sb_symbol* stem =
            sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), utf8.size());
        if (!stem)
            continue; // out of memory: this stem is simply not offered
        const QString text =
            QString::fromUtf8(reinterpret_cast<const char*>(stem), sb_stemmer_length(stemmer));
        if (!result.contains(text))
            result << text;
    }
    return result;
}

bool WordStemmer::sameWord(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    const QStringList stemsOfA = stems(a);
    for (const QString& stem : stems(b))
        if (stemsOfA.contains(stem))
            return true;
    return false;
}

} // namespace pathways::text
