#include "desktop/ActiveFiltersBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace pathways::desktop {

ActiveFiltersBar::ActiveFiltersBar(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Active filters"));
    hide();
}

void ActiveFiltersBar::addChip(const QString& text, const FilterState& without)
{
    auto* chip = new QToolButton(this);
    chip->setText(text + QStringLiteral("  \u2715"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAccessibleName(tr("Remove filter: %1").arg(text));
    chip->setAutoRaise(false);
    chip->setFocusPolicy(Qt::StrongFocus);
    connect(chip, &QToolButton::clicked, this, [this, without] { Q_EMIT filtersChanged(without); });
    m_layout->addWidget(chip);
}

void ActiveFiltersBar::setFilters(const FilterState& filters, const FacetPanel& names)
{
    // deleteLater: this may run inside the clicked() of one of the chips being removed.
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    setVisible(!filters.isEmpty());
    if (filters.isEmpty())
        return;
    m_layout->addWidget(new QLabel(tr("Filters:"), this));
    for (const FilterRemoval& removal : names.removals(filters))
        addChip(removal.label, removal.without);
    auto* clear = new QToolButton(this);
    clear->setText(tr("Clear all"));
    clear->setAccessibleName(tr("Clear all filters"));
    connect(clear, &QToolButton::clicked, this, [this] { Q_EMIT filtersChanged(FilterState{}); });
    m_layout->addWidget(clear);
    m_layout->addStretch(1);
}

} // namespace pathways::desktop
