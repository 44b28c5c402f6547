#pragma once

#include "desktop/SearchTypes.h"

#include <QObject>
#include <QString>
#include <functional>

class QStackedWidget;
class QStatusBar;

namespace pathways::desktop {

class DetailView;
class FacetPanel;
class NoResultsView;
class ResultsModel;
class ResultsTable;
class SearchBar;
class SearchController;
struct FilterState;

/// Puts each answer of the search worker on screen: the rows (a new text starts at its best match, a
/// changed filter keeps the service looked at), the true count, the facet counts, what to do when nothing
/// matches, and the details of the highlighted row, which are asked for when the row changes and shown only
/// while that row is still the current one. Selection, current row and details always agree.
class ResultsPresenter : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        SearchController* controller;
        ResultsModel* model;
        ResultsTable* results;
        QStackedWidget* stack; ///< the list, or noResults
        NoResultsView* noResults;
        DetailView* detail;
        SearchBar* searchBar;
        FacetPanel* facets;
        QStatusBar* statusBar;
    };
    /// `filters`: the window's filters now (for what the no-results page offers to remove).
    ResultsPresenter(const Parts& parts, std::function<const FilterState&()> filters, QObject* parent);

    /// The id of the highlighted row, or empty.
    QString currentServiceId() const;
    /// Blanks the details and forgets the record asked for (a new directory, new languages).
    void clearDetail();
    /// Answers shown so far; tests wait on it.
    int answersShown() const { return m_answers; }
    /// The newest question's rows and counts are shown (nothing waits for the debounce or the worker).
    bool settled() const;

Q_SIGNALS:
    /// New facet counts are in the filter column (the active-filter bar follows them).
    void countsShown();

private:
    void show(const SearchResponse& response);
    void showCounts(const SearchResponse& response);
    void openCurrent();

    Parts m_parts;
    std::function<const FilterState&()> m_filters;
    QString m_requestedId; ///< the service whose record the detail pane shows or awaits
    QString m_shownText;   ///< the search text of the results shown
    int m_answers = 0;
    quint64 m_shownGeneration = 0;
    quint64 m_facetsGeneration = 0;
};

} // namespace pathways::desktop
