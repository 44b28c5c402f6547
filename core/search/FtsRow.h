#pragma once

#include <QByteArray>
#include <QStringList>

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

} // namespace pathways::search
