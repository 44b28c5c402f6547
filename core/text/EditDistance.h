#pragma once

#include <QStringView>

namespace pathways::text {

/// Optimal-string-alignment distance (insert, delete, substitute, swap of two neighbours each count one)
/// between `a` and `b`, or `limit + 1` as soon as it is certain to exceed `limit`. For typo tolerance:
/// "lubljana" / "ljubljana" = 1, "psihloog" / "psiholog" = 1, "legla" / "legal" = 1.
int editDistance(QStringView a, QStringView b, int limit);

/// The edits a query word of this length may have and still be taken for an indexed word: none below 5
/// letters, one from 5, two from 9 (docs/search.md).
int allowedTypos(qsizetype letters);

} // namespace pathways::text
