#pragma once

#include "search/SearchQuery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace pathways::db {
class Connection;
}

namespace pathways::search {

class SearchEngine;

struct FacetValue
{
    QString value; ///< code, place key, language code, or "free"
    qint64 count = 0;
};

/// Counts per facet for the current query. Each kind is counted with every filter applied except its own,
/// so the counts show what choosing another value of that kind would give (the usual faceted-search rule).
/// The open-at filter is not applied to these per-kind counts (it needs every schedule); it is applied to
/// `total` and `openNow`. A restriction to given services (SearchQuery::onlyServices) applies to everything.
struct FacetCounts
{
    QHash<QString, QList<FacetValue>> byKind; ///< kind -> values by count, then value
    qint64 total = 0;                         ///< services matching the query with all filters
    std::optional<qint64> openNow; ///< of those, open at openAt (or now); absent when too many to check
};

/// Computes FacetCounts. Facet values of every service are read once per counter and kept in memory.
class FacetCounter
{
public:
    explicit FacetCounter(db::Connection& connection);
    ~FacetCounter();

    FacetCounts count(const SearchQuery& query, SearchEngine& engine);

    /// Services whose open state is checked for the open-now count at most.
    static constexpr int kMaxOpenChecks = 5000;

private:
    void load();
    QList<qint64> textMatches(const QString& text);
    bool passes(qint64 ord, const SearchQuery& query, const QString& skipKind, SearchEngine& engine);

    db::Connection& m_db;
    std::vector<QList<QPair<int, int>>> m_facets; // ord -> (kind index, value index)
    QStringList m_kinds;
    QStringList m_values;
    QHash<QString, int> m_valueIndex;
    QHash<QString, int> m_kindIndex;
    bool m_loaded = false;
};

} // namespace pathways::search
