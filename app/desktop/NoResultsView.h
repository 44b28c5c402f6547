#pragma once

#include "desktop/FacetPanel.h"

#include <QWidget>
#include <functional>

class QLabel;
class QVBoxLayout;

namespace pathways::desktop {

/// Stands in for the results list when nothing matches: says so plainly and offers what would find
/// something, one button each: remove one of the active filters, or clear the search text.
class NoResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit NoResultsView(QWidget* parent = nullptr);
    void setSituation(const QString& text, const FilterState& filters, const FacetPanel& names);

Q_SIGNALS:
    void filtersChanged(const pathways::desktop::FilterState& filters);
    void clearTextRequested();

private:
    void addOffer(const QString& label, const std::function<void()>& action);

    QLabel* m_headline;
    QVBoxLayout* m_offers;
};

} // namespace pathways::desktop
