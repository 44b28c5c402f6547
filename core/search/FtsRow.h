#pragma once

#include "search/IndexDocument.h"

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace pathways::search {

/// One row of search_fts: the folded text of a service, column by column, in UTF-8 ready to bind.
struct FtsRow
{
    QByteArray name;
    QByteArray alt;
    QByteArray place;
    QByteArray body;
    QByteArray facets;    // facet and geo-cell tokens, sorted
    QStringList nameKeys; // each name folded on its own (the exact-name tier), empty ones left out
};

/// The rows of `order`, in the same order. Folding is the costliest CPU work of an index build, so it is
/// split over two threads.
std::vector<FtsRow> foldRows(const std::vector<const IndexDocument*>& order);

} // namespace pathways::search
