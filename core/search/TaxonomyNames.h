#pragma once

#include <QStringList>

namespace pathways::search {

/// The names of the Pathways category and audience codes in every language docs/taxonomy.md gives them
/// (English, Slovenian, Ukrainian). The index adds them to each tagged service's searchable text, so that a
/// service is found by its category's name in any of those languages even when its publisher's bundle
/// carries the English name only. Empty for a code Pathways does not define.
QStringList builtInTermNames(const QString& code);

} // namespace pathways::search
