#include "text/TextFolding.h"

#include <QHash>
#include <vector>

namespace pathways::text {

namespace {

// Cyrillic (Ukrainian, Russian, Belarusian, Serbian, Macedonian) lowercase letter -> Latin, chosen so that
// the transliteration meets the way the same word is written in Slovenian/Croatian Latin once diacritics
// are folded (ш -> š -> s, ч -> č -> c, ж -> ž -> z, ю -> ju, я -> ja).
const QHash<char16_t, const char*>& cyrillicToLatin()
{
    static const QHash<char16_t, const char*> table = {
        {u'а', "a"}, {u'б', "b"},  {u'в', "v"},  {u'г', "g"},  {u'ґ', "g"},  {u'д', "d"},     {u'е', "e"},
        {u'ё', "e"}, {u'є', "e"},  {u'ж', "z"},  {u'з', "z"},  {u'и', "i"},  {u'і', "i"},     {u'ї', "i"},
        {u'й', "j"}, {u'к', "k"},  {u'л', "l"},  {u'м', "m"},  {u'н', "n"},  {u'о', "o"},     {u'п', "p"},
        {u'р', "r"}, {u'с', "s"},  {u'т', "t"},  {u'у', "u"},  {u'ў', "u"},  {u'ф', "f"},     {u'х', "h"},
        {u'ц', "c"}, {u'ч', "c"},  {u'ш', "s"},  {u'щ', "sc"}, {u'ъ', ""},   {u'ы', "i"},     {u'ь', ""},
        {u'э', "e"}, {u'ю', "ju"}, {u'я', "ja"}, {u'ђ', "d"},  {u'ј', "j"},  {u'љ', "lj"},    {u'њ', "nj"},
        {u'ћ', "c"}, {u'џ', "dz"}, {u'ѓ', "g"},  {u'ќ', "k"},  {u'ѕ', "dz"}, {u'\u02BC', ""}, {u'\u2019', ""},
    };
    return table;
}

// Latin letters that Unicode decomposition leaves alone.
const QHash<char16_t, const char*>& latinSpecials()
{
    static const QHash<char16_t, const char*> table = {
        {u'ß', "ss"}, {u'æ', "ae"}, {u'œ', "oe"}, {u'ø', "o"}, {u'đ', "d"},
        {u'ł', "l"},  {u'þ', "th"}, {u'ð', "d"},  {u'ı', "i"}, {u'ħ', "h"},
    };
    return table;
}

char16_t unifyArabic(char16_t c)
{
    switch (c) {
    case u'\u0623': // alef with hamza above
    case u'\u0625': // alef with hamza below
    case u'\u0622': // alef with madda
    case u'\u0671': // alef wasla
        return u'\u0627';
    case u'\u0629': // ta marbuta
        return u'\u0647';
    case u'\u0649': // alef maksura
        return u'\u064A';
    default:
        return c;
    }
}

char16_t mergeLetters(char16_t c)
{
    switch (c) {
    case u'h':
        return u'g';
    case u'y':
        return u'i';
    default:
        return c;
    }
}

} // namespace

namespace {

// The common case (English, Slovenian without diacritics, codes, numbers) needs no Unicode machinery.
// Returns false when `text` has a non-ASCII character and the full path must run.
bool foldAscii(QStringView text, QString& folded)
{
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 0x80)
            return false;
        char16_t lower = (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
        const bool alnum = (lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9');
        if (!alnum) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !folded.isEmpty())
            folded += QLatin1Char(' ');
        pendingSpace = false;
        folded += QChar(mergeLetters(lower));
    }
    return true;
}

QString foldSlow(QStringView text);

// Latin, Greek and Cyrillic (everything below U+0500) fold one character at a time, so each character's
// folded form is computed once, by the full path, and looked up afterwards. Combining marks (U+0300-U+036F)
// are dropped as the full path drops them.
constexpr char16_t kTableEnd = 0x0500;

struct FoldEntry
{
    QString text;
    bool silent = false; ///< a letter that transliterates to nothing (ь, ъ, ʼ): dropped, not a separator
};

const std::vector<FoldEntry>& foldTable()
{
    static const std::vector<FoldEntry> table = [] {
        std::vector<FoldEntry> entries(kTableEnd);
        for (char16_t c = 0; c < kTableEnd; ++c) {
            entries[c].text = foldSlow(QStringView(&c, 1));
            entries[c].silent =
                entries[c].text.isEmpty() && (QChar(c).isLetterOrNumber() || (c >= 0x0300 && c <= 0x036F));
        }
        return entries;
    }();
    return table;
}

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() < 0x0500;
}

// Ukrainian writes an apostrophe inside words (возз’єднання, сім’ї), and a keyboard gives the ASCII one:
// between two Cyrillic letters it is part of the word, like ’ and ʼ, not a separator.
bool apostropheInWord(QStringView text, qsizetype i)
{
    return text[i] == QLatin1Char('\'') && i > 0 && i + 1 < text.size() && isCyrillic(text[i - 1]) &&
           isCyrillic(text[i + 1]);
}

bool foldTableDriven(QStringView text, QString& folded)
{
    const auto& table = foldTable();
    folded.reserve(text.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= kTableEnd)
            return false;
        if (apostropheInWord(text, i))
            continue;
        const FoldEntry& entry = table[c];
        if (entry.silent)
            continue;
        if (entry.text.isEmpty()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !folded.isEmpty())
            folded += QLatin1Char(' ');
        pendingSpace = false;
        folded += entry.text;
    }
    return true;
}

} // namespace

QString foldForSearch(QStringView text)
{
    QString fast;
    if (foldAscii(text, fast))
        return fast;
    fast.clear();
    if (foldTableDriven(text, fast))
        return fast;
    return foldSlow(text);
}

namespace {

QString foldSlow(QStringView text)
{
    // Transliterate before decomposition: NFKD would split й into и + breve and lose the letter.
    const QString lower = text.toString().toCaseFolded();
    QString transliterated;
    transliterated.reserve(lower.size());
    const auto& cyrillic = cyrillicToLatin();
    const auto& specials = latinSpecials();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower[i];
        if (apostropheInWord(lower, i))
            continue;
        if (const auto it = cyrillic.constFind(c.unicode()); it != cyrillic.constEnd())
            transliterated += QLatin1StringView(it.value());
        else if (const auto sp = specials.constFind(c.unicode()); sp != specials.constEnd())
            transliterated += QLatin1StringView(sp.value());
        else
            transliterated += c;
    }

    const QString decomposed = transliterated.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing || c.unicode() == u'\u0640' /* tatweel */)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty())
                folded += QLatin1Char(' ');
            pendingSpace = false;
            folded += QChar(mergeLetters(unifyArabic(c.toLower().unicode())));
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

} // namespace

QStringList searchTokens(QStringView text)
{
    return foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString placeKey(QStringView name)
{
    return searchTokens(name).join(QString());
}

} // namespace pathways::text
