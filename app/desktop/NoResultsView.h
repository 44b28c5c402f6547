#pragma once

#include "desktop/FacetPanel.h"
#include "search/DeadEndAdvisor.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace pathways::desktop {

/// Stands in for the results list when nothing matches: says so plainly and offers what would find
/// something, one button each with the number of services it gives ("Without “x”: 12 services", "Did you
/// mean “lju…”?", "Remove the filter “Legal aid” (3 services)"), as the core's DeadEndAdvisor counted them
/// on the search thread. Without advice (or none that finds anything) it offers to clear the text and to
/// remove each filter.
class NoResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit NoResultsView(QWidget* parent = nullptr);
    void setSituation(const QString& text, const FilterState& filters, const FacetPanel& names,
                      const std::optional<search::DeadEndAdvice>& advice = std::nullopt);
    /// The offers shown, in order (tests and accessibility read them).
    QStringList offers() const;

Q_SIGNALS:
    void filtersChanged(const pathways::desktop::FilterState& filters);
    void clearTextRequested();
    /// Search for this text instead (a word left out, or the last word shorter).
    void textRequested(const QString& text);
    /// Drop the "within N km" limit of the near control.
    void withinCleared();

private:
    void addOffer(const QString& label, const std::function<void()>& action);
    void clearOffers();
    /// The button for one of the advisor's alternatives; false when the window has no such control.
    bool addAlternative(const search::Alternative& alternative, const FilterState& filters,
                        const FacetPanel& names);
    static QString filterLabel(search::QueryFilter filter, const FilterState& filters, const FacetPanel& names);

    QLabel* m_headline;
    QLabel* m_cause; ///< which filter emptied the list, when the words alone find something
    QVBoxLayout* m_offers;
};

} // namespace pathways::desktop
