#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pathways::text {

/// Folds text to the key that search compares, so that spelling differences a user cannot be expected to
/// type disappear:
///  - case, and diacritics (č = c, ž = z, ü = u; đ = d, ß = ss, ł = l);
///  - script: Cyrillic is transliterated to Latin the way a Slovenian or English reader would type it
///    (Любляна -> ljubljana, психолог -> psiholog, Київ -> kiiv, Дніпро -> dnipro);
///  - a few letters that transliteration systems disagree on are merged: h = g (Луганськ/Luhansk),
///    y = i (Kyiv/Київ);
///  - Arabic: presentation forms, tashkeel and tatweel removed, alef/ya/ta-marbuta variants unified;
///  - everything that is not a letter or a digit becomes a single space.
/// The result is lowercase, trimmed, single-spaced. Display text is never folded; only keys are.
QString foldForSearch(QStringView text);

/// The folded words of `text`, in order (empty words dropped).
QStringList searchTokens(QStringView text);

/// A key for a place name: folded words joined without separator ("Škofja Loka" -> "skofjaloka"), so
/// "Skofja-Loka", "ŠKOFJA LOKA" and "Шкофя Лока" give the same key.
QString placeKey(QStringView name);

} // namespace pathways::text
