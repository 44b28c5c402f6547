#pragma once

#include "error/Expected.h"

namespace pathways::db {
class Connection;
}

namespace pathways::search {

/// Derives the search tables (search_doc, search_fts, search_facet, search_place, search_name_key) from the
/// HSDS tables of a directory database. Run after every import; the tables are never edited by hand.
class SearchIndexBuilder
{
public:
    /// What SQLite reports arrives as a db::DatabaseError, as everywhere in core below the API; anything else
    /// (called inside a transaction, the build interrupted) is returned, with the search tables unchanged.
    static Status rebuild(db::Connection& connection);
};

} // namespace pathways::search
