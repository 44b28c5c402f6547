#pragma once

#include <QString>

namespace pathways::search {

/// A language as a lowercase ISO 639-1 code where one exists ("slv", "Slovenian", "sl-SI" -> "sl"), so that
/// filters and facets do not split one language into several spellings. Unknown codes are kept lowercased.
QString normalizedLanguageCode(const QString& code, const QString& name = {});

} // namespace pathways::search
