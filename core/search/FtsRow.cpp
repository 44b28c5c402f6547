#include "search/FtsRow.h"

#include "text/TextFolding.h"

#include <future>

namespace pathways::search {

namespace {

// The search form of several fields: each folded, joined by spaces, empty ones left out.
QString foldFields(const QStringList& fields)
{
    QStringList folded;
    for (const QString& field : fields) {
        QString text = text::foldForSearch(field);
        if (!text.isEmpty())
            folded << std::move(text);
    }
    return folded.join(QLatin1Char(' '));
}

void foldRange(const std::vector<const IndexDocument*>& order, std::vector<FtsRow>& rows, size_t begin,
               size_t end)
{
    for (size_t i = begin; i < end; ++i) {
        const IndexDocument& document = *order[i];
        FtsRow& row = rows[i];
        for (const QString& name : document.names) {
            QString key = text::foldForSearch(name);
            if (!key.isEmpty())
                row.nameKeys << std::move(key);
        }
        row.name = row.nameKeys.join(QLatin1Char(' ')).toUtf8();
        row.alt = foldFields(document.alt).toUtf8();
        row.place = foldFields(document.places).toUtf8();
        row.body = foldFields(document.body).toUtf8();
        QStringList tokens = document.facets.values();
        tokens.sort();
        row.facets = tokens.join(QLatin1Char(' ')).toUtf8();
    }
}

} // namespace

std::vector<FtsRow> foldRows(const std::vector<const IndexDocument*>& order)
{
    std::vector<FtsRow> rows(order.size());
    const size_t half = order.size() / 2;
    // Each thread writes only its own half of `rows`; the documents are only read.
    auto second = std::async(std::launch::async, [&] { foldRange(order, rows, half, order.size()); });
    foldRange(order, rows, 0, half);
    second.get();
    return rows;
}

} // namespace pathways::search
