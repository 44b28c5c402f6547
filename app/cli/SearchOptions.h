#pragma once

#include "error/Expected.h"
#include "search/SearchQuery.h"

#include <QCommandLineParser>

namespace pathways::api {
class DirectoryReader;
}

namespace pathways::cli {

/// The filter options shared by `search` and `facets`, and their translation into a SearchQuery.
class SearchOptions
{
public:
    explicit SearchOptions(QCommandLineParser& parser);

    /// Reads the parsed options into a query checked against the directory (codes known, --near found).
    /// Errors are one line, of kind InvalidInput.
    Expected<search::SearchQuery> toQuery(api::DirectoryReader& directory) const;

private:
    QCommandLineParser& m_parser;
};

} // namespace pathways::cli
