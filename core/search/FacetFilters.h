#pragma once

#include "search/SearchQuery.h"

#include <QList>
#include <QPair>
#include <QString>

namespace pathways::search {

/// One filter of a query over facet values: a service meets it when it carries any of `anyOf`, each a
/// (facet kind, value) pair. `kind` is the facet kind whose own counts ignore this filter (FacetCounts).
struct FacetFilter
{
    const char* kind;
    QList<QPair<const char*, QString>> anyOf;
};

/// The facet filters of `query`, one per filter given (categories, audiences, municipality or region,
/// language, free of charge). The one description of them that the search's FTS5 expression
/// (MatchExpression::filters) and the facet counts (FacetCounter) both read.
QList<FacetFilter> facetFilters(const SearchQuery& query);

} // namespace pathways::search
