#pragma once

#include "search/IndexDocument.h"

#include <QString>
#include <vector>

namespace pathways::search {

/// One row of search_fts: the folded text of a service, column by column.
struct FtsRow
{
    QString name;
    QString alt;
    QString place;
    QString body;
    QString facets; // facet and geo-cell tokens, sorted
};

/// The rows of `order`, in the same order. Folding is the costliest CPU work of an index build, so it is
/// split over two threads.
std::vector<FtsRow> foldRows(const std::vector<const IndexDocument*>& order);

} // namespace pathways::search
