#include "desktop/ResultsPresenter.h"

#include "desktop/DetailView.h"
#include "desktop/FacetPanel.h"
#include "desktop/NoResultsView.h"
#include "desktop/ResultsModel.h"
#include "desktop/ResultsTable.h"
#include "desktop/SearchBar.h"
#include "desktop/SearchController.h"

#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <algorithm>

namespace pathways::desktop {

ResultsPresenter::ResultsPresenter(const Parts& parts, std::function<const FilterState&()> filters,
                                   QObject* parent)
    : QObject(parent), m_parts(parts), m_filters(std::move(filters))
{
    connect(m_parts.controller, &SearchController::resultsReady, this, &ResultsPresenter::show);
    connect(m_parts.controller, &SearchController::recordReady, this, [this](const RecordResponse& response) {
        // Only the newest request is answered; it is shown only while its row is still the current one.
        if (!m_requestedId.isEmpty() && m_requestedId == currentServiceId())
            m_parts.detail->showRecord(response);
    });
    connect(m_parts.results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsPresenter::openCurrent);
    connect(m_parts.results, &QAbstractItemView::activated, this, [this] {
        openCurrent();
        m_parts.detail->browser()->setFocus(); // Enter: on to the details of the row
    });
}

bool ResultsPresenter::settled() const
{
    const SearchController& controller = *m_parts.controller;
    return !controller.isPending() && m_shownGeneration == controller.generation() &&
           m_facetsGeneration == controller.generation();
}

void ResultsPresenter::showCounts(const SearchResponse& response)
{
    if (!response.facets)
        return;
    m_parts.facets->setCounts(*response.facets, response.facetNames, response.publisherCategories);
    Q_EMIT countsShown();
}

void ResultsPresenter::show(const SearchResponse& response)
{
    if (response.facetsOnly) {
        showCounts(response);
        m_facetsGeneration = response.generation;
        return;
    }
    ResultsModel& model = *m_parts.model;
    if (response.nextPage) {
        // More rows of the answer listed, for a view scrolled to its end; selection and details stay.
        if (response.error.isEmpty())
            model.appendRows(response.offset, response.rows, response.more);
        return;
    }
    ++m_answers;
    m_shownGeneration = response.generation;
    SearchBar& searchBar = *m_parts.searchBar;
    searchBar.setNearUnknown(response.nearUnknown);
    if (response.nearUnknown)
        m_parts.statusBar->showMessage(searchBar.nearField()->toolTip(), 8000);
    if (!response.error.isEmpty()) {
        m_parts.statusBar->showMessage(tr("Search failed: %1").arg(response.error), 8000);
        return;
    }
    // A new search text starts at its best match; a changed filter or a refresh keeps the service the user
    // was looking at when it is still listed. Either way selection, current row and details agree.
    const QString text = m_parts.controller->query().text;
    const QString keep = text == m_shownText ? currentServiceId() : QString();
    m_shownText = text;
    ResultsTable& results = *m_parts.results;
    model.setRows(response.rows, response.more);
    results.setColumnHidden(ResultsModel::Distance,
                            !std::any_of(response.rows.cbegin(), response.rows.cend(),
                                         [](const ResultRow& r) { return r.distanceKm.has_value(); }));
    // From the top: a list left scrolled to its end would otherwise ask for the new answer's next page.
    results.scrollToTop();
    results.layoutRowsNow();
    int row = 0;
    for (int i = 0; i < model.rowCount() && !keep.isEmpty(); ++i)
        if (model.serviceId(i) == keep)
            row = i;
    if (model.rowCount() > 0) {
        const QModelIndex index = model.index(row, 0);
        results.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        results.scrollTo(index);
    }
    openCurrent();
    // Nothing found: say so where the list was, with a way out; the filters stay as they are.
    if (model.rowCount() == 0)
        m_parts.noResults->setSituation(text, m_filters(), *m_parts.facets, response.advice);
    QWidget* wanted = model.rowCount() > 0 ? static_cast<QWidget*>(&results) : m_parts.noResults;
    QStackedWidget& stack = *m_parts.stack;
    if (stack.currentWidget() != wanted) {
        const bool hadFocus = stack.currentWidget()->hasFocus();
        stack.setCurrentWidget(wanted);
        if (hadFocus)
            wanted->setFocus();
    }
    // The true count (the engine counts every match, up to a cap), not the length of the page listed.
    searchBar.setCount(std::max<qint64>(response.total, model.rowCount()), response.totalIsLowerBound);
    showCounts(response);
}

QString ResultsPresenter::currentServiceId() const
{
    return m_parts.model->serviceId(m_parts.results->currentIndex().row());
}

void ResultsPresenter::openCurrent()
{
    const QString id = currentServiceId();
    if (id.isEmpty()) {
        clearDetail();
        return;
    }
    if (id == m_requestedId)
        return; // shown, or on its way
    // The pane goes blank at once rather than keep showing a service that is no longer highlighted.
    m_parts.detail->clear();
    m_requestedId = id;
    m_parts.controller->loadRecord(id);
}

void ResultsPresenter::clearDetail()
{
    m_parts.detail->clear();
    m_requestedId.clear();
}

} // namespace pathways::desktop
