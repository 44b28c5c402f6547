#pragma once

namespace pathways::db {
class Connection;
}

namespace pathways::search {

/// Derives the search tables (search_doc, search_fts, search_facet, search_place, search_name_key) from the
/// HSDS tables of a directory database. Run after every import; the tables are never edited by hand.
class SearchIndexBuilder
{
public:
    static void rebuild(db::Connection& connection);
};

} // namespace pathways::search
