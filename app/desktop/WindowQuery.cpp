#include "desktop/WindowQuery.h"

#include "desktop/FacetPanel.h"
#include "desktop/SearchBar.h"
#include "user/UserStore.h"

#include <QDateTime>

namespace pathways::desktop {

search::SearchQuery WindowQuery::build(const SearchBar& searchBar, const FilterState& filters,
                                       user::UserStore* user, int pageRows)
{
    search::SearchQuery query;
    query.text = searchBar.text();
    query.categories = filters.categories;
    query.audiences = filters.audiences;
    query.municipality = filters.municipality;
    query.language = filters.language;
    query.freeOnly = filters.freeOnly;
    query.runningOnly = !filters.includeNotRunning;
    if (filters.openNow)
        query.openAt = QDateTime::currentDateTimeUtc();
    if (filters.favouritesOnly) {
        if (user)
            query.onlyServices = user->favourites().value_or(QStringList());
        if (query.onlyServices.isEmpty())
            query.onlyServices << QStringLiteral("\x01no favourites");
    }
    query.nearPlace = searchBar.nearPlace();
    query.withinKm = searchBar.withinKm();
    if (searchBar.sort() == SearchBar::Sort::Nearest)
        query.sort = search::SearchQuery::Sort::Distance;
    query.limit = pageRows;
    return query;
}

} // namespace pathways::desktop
