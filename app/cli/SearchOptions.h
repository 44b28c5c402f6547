#pragma once

#include "search/SearchQuery.h"

#include <QCommandLineParser>

namespace pathways::db {
class Connection;
}

namespace pathways::cli {

/// The filter options shared by `search` and `facets`, and their translation into a SearchQuery.
class SearchOptions
{
public:
    explicit SearchOptions(QCommandLineParser& parser);

    /// Reads the parsed options; on a user error returns false with a one-line `error`.
    bool toQuery(db::Connection& directory, search::SearchQuery* query, QString* error) const;

private:
    QCommandLineParser& m_parser;
};

} // namespace pathways::cli
