#pragma once

#include "desktop/FacetPanel.h"

#include <QWidget>

class QHBoxLayout;

namespace pathways::desktop {

/// The active filters as a row of buttons under the search field: each one removes its filter in one
/// click (or Space/Enter when focused); "Clear all" removes them all. Hidden when nothing filters.
class ActiveFiltersBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActiveFiltersBar(QWidget* parent = nullptr);
    void setFilters(const FilterState& filters, const FacetPanel& names);

Q_SIGNALS:
    void filtersChanged(const pathways::desktop::FilterState& filters);

private:
    void addChip(const QString& text, const FilterState& without);
    QHBoxLayout* m_layout;
};

} // namespace pathways::desktop
