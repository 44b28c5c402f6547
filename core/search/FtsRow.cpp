#include "search/FtsRow.h"

#include <thread>

namespace pathways::search {

namespace {

void foldRange(const std::vector<const IndexDocument*>& order, std::vector<FtsRow>& rows, size_t begin,
               size_t end)
{
    for (size_t i = begin; i < end; ++i) {
        const IndexDocument& document = *order[i];
        FtsRow& row = rows[i];
        row.name = foldFields(document.names);
        row.alt = foldFields(document.alt);
        row.place = foldFields(document.places);
        row.body = foldFields(document.body);
        QStringList tokens = document.facets.values();
        tokens.sort();
        row.facets = tokens.join(QLatin1Char(' '));
    }
}

} // namespace

std::vector<FtsRow> foldRows(const std::vector<const IndexDocument*>& order)
{
    std::vector<FtsRow> rows(order.size());
    const size_t half = order.size() / 2;
    // Each thread writes only its own half of `rows`; the documents are only read.
    std::thread second([&] { foldRange(order, rows, half, order.size()); });
    foldRange(order, rows, 0, half);
    second.join();
    return rows;
}

} // namespace pathways::search
