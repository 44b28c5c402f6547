#pragma once

#include "search/FacetCounter.h"

#include <QList>
#include <QString>

namespace pathways::directory {
class TaxonomyTerms;
}

namespace pathways::api {

/// One of the publisher's own categories in the facet list ("Publisher's categories"): a term of a taxonomy
/// that is not Pathways' own, with the services of the query it or a narrower term tags.
struct PublisherCategory
{
    QString id;
    QString taxonomy;
    QString code;
    QString name; ///< in the user's language
    QString parentId;
    qint64 count = 0;
    int depth = 0; ///< 0 for a term whose broader term is not listed, its parent's depth + 1 otherwise

    /// The facet's values as a tree in list order: every term right after its broader term, siblings by
    /// count (then name), taxonomies by name. Terms the directory no longer has are left out.
    static QList<PublisherCategory> fromFacet(const QList<search::FacetValue>& values,
                                              directory::TaxonomyTerms& terms);
};

} // namespace pathways::api
