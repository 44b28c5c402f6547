#pragma once

#include "search/SearchQuery.h"

#include <QList>
#include <QString>

namespace pathways::search {

class SearchEngine;

/// One filter of a SearchQuery, as DeadEndAdvisor names it.
/// Running: SearchQuery::runningOnly (services no longer running left out).
enum class QueryFilter { None, Category, Audience, Place, Language, Free, OpenAt, Within, OnlyServices, Running };

/// A way out of an empty result list: a changed query and how many services it finds.
struct Alternative
{
    enum class Kind {
        LooserWord,   ///< the last word cut shorter ("Did you mean …")
        WithoutWord,  ///< one word left out ("Without 'x': 12 services")
        WithoutFilter ///< one filter removed ("Without the filter 'free of charge': 3 services")
    };
    Kind kind = Kind::WithoutWord;
    QString word;        ///< LooserWord: the word as typed; WithoutWord: the word left out
    QString replacement; ///< LooserWord: the shorter beginning it becomes
    QueryFilter filter = QueryFilter::None; ///< WithoutFilter: the filter removed
    SearchQuery query;                      ///< the query to run instead (same page size)
    qint64 count = 0;                       ///< services it finds
    bool countIsLowerBound = false;         ///< count stopped at a cap (SearchResults)
};

struct DeadEndAdvice
{
    /// Only alternatives that find something: a looser last word first (it keeps everything the user
    /// asked), then the others, most services first.
    QList<Alternative> alternatives;
    /// When the words alone find services and the filters together none: the filter that emptied the list
    /// (filters applied in QueryFilter order), and how many services there were just before it.
    QueryFilter emptiedBy = QueryFilter::None;
    qint64 countBeforeEmptied = 0;
};

/// Proposes what to try when a search finds nothing, so that no search ends on a blank list. The window
/// shows the alternatives as links, the CLI prints them on stderr (see docs/search.md). Each alternative
/// costs one search (counted, one row read): a dozen searches at most, a few milliseconds in all.
class DeadEndAdvisor
{
public:
    explicit DeadEndAdvisor(SearchEngine& engine) : m_engine(engine) {}

    /// Meant for a query that found nothing; any query is accepted.
    DeadEndAdvice advise(const SearchQuery& query);

    /// The filters `query` sets, in QueryFilter order.
    static QList<QueryFilter> activeFilters(const SearchQuery& query);
    /// `query` without `filter`.
    static SearchQuery without(const SearchQuery& query, QueryFilter filter);

private:
    Alternative counted(Alternative alternative);

    SearchEngine& m_engine;
};

} // namespace pathways::search
