#pragma once

#include "search/SearchQuery.h"

namespace pathways::user {
class UserStore;
}

namespace pathways::desktop {

class SearchBar;
struct FilterState;

/// The question the window's controls ask: the search bar's text, place, radius and order, and the ticked
/// filters. "My favourites" asks for the services the user store holds (none: a question nothing matches,
/// not every service).
class WindowQuery
{
public:
    static search::SearchQuery build(const SearchBar& searchBar, const FilterState& filters,
                                     user::UserStore* user, int pageRows);
};

} // namespace pathways::desktop
