#include "search/FacetFilters.h"

#include "search/FacetTokens.h"
#include "search/LanguageCodes.h"
#include "text/TextFolding.h"

namespace pathways::search {

QList<FacetFilter> facetFilters(const SearchQuery& query)
{
    QList<FacetFilter> filters;
    auto anyOf = [&filters](const char* kind, const QStringList& values) {
        if (values.isEmpty())
            return;
        FacetFilter filter{kind, {}};
        for (const QString& value : values)
            filter.anyOf.append({kind, value});
        filters << filter;
    };
    anyOf(facet::kCategory, query.categories);
    anyOf(facet::kAudience, query.audiences);
    if (!query.municipality.trimmed().isEmpty()) {
        // Met by a municipality or a region of that name. A name that folds to nothing ("???") matches
        // nothing rather than everything.
        QString key = text::placeKey(query.municipality);
        if (key.isEmpty())
            key = QStringLiteral("0");
        filters << FacetFilter{facet::kMunicipality, {{facet::kMunicipality, key}, {facet::kRegion, key}}};
    }
    if (!query.language.trimmed().isEmpty())
        anyOf(facet::kLanguage, {normalizedLanguageCode(query.language, query.language)});
    if (query.freeOnly)
        anyOf(facet::kFree, {QStringLiteral("free")});
    return filters;
}

} // namespace pathways::search
