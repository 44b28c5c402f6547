#pragma once

#include "api/PublisherCategory.h"
#include "search/FacetCounter.h"

#include <QHash>
#include <QString>

namespace pathways::api {

/// Facet counts for a query, with a display name for every value (category and audience names in the
/// user's language, municipality names as written, language names in that language).
struct FacetSummary
{
    search::FacetCounts counts;
    QHash<QString, QString> names; ///< "kind:value" -> display name
    /// The publisher's own categories (facet kind "publisher") as a tree; empty when the directory has none.
    QList<PublisherCategory> publisherCategories;

    QString nameOf(const QString& kind, const QString& value) const
    {
        return names.value(kind + QLatin1Char(':') + value, value);
    }
};

} // namespace pathways::api
