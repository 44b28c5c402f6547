#pragma once

#include <QString>

namespace pathways::search {

/// Filters are answered by FTS5 itself: every filterable value of a service is written as a token into the
/// `facets` column of search_fts, so "legal aid in Maribor, spoken in Ukrainian" is one FTS5 AND query that
/// skips through doclists instead of joining tables. Text queries never search that column (they carry a
/// column filter), so these tokens cannot be found by typing them.
namespace facet {

inline constexpr auto kCategory = "category";
inline constexpr auto kAudience = "audience";
inline constexpr auto kMunicipality = "municipality";
inline constexpr auto kRegion = "region";
inline constexpr auto kLanguage = "language";
inline constexpr auto kFree = "free";
/// A publisher's own taxonomy term (value: the term's id), counted for "Publisher's categories" with the
/// services of its narrower terms; not a filter, so it has no token.
inline constexpr auto kPublisher = "publisher";

/// Letters and digits only, so the unicode61 tokenizer keeps each token whole.
QString token(const char* kind, const QString& value);

/// The taxonomies whose terms are categories and audiences.
inline constexpr auto kCategoryTaxonomy = "pathways-category";
inline constexpr auto kAudienceTaxonomy = "pathways-audience";

} // namespace facet
} // namespace pathways::search
