#include "desktop/NoResultsView.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathways::desktop {

NoResultsView::NoResultsView(QWidget* parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_offers(new QVBoxLayout)
{
    setObjectName(QStringLiteral("noResults"));
    auto* layout = new QVBoxLayout(this);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_headline->setFont(font);
    layout->addWidget(m_headline);
    layout->addLayout(m_offers);
    layout->addStretch(1);
}

void NoResultsView::addOffer(const QString& label, const std::function<void()>& action)
{
    auto* button = new QPushButton(label, this);
    button->setAccessibleName(label);
    connect(button, &QPushButton::clicked, this, action);
    m_offers->addWidget(button, 0, Qt::AlignLeft);
}

void NoResultsView::setSituation(const QString& text, const FilterState& filters, const FacetPanel& names)
{
    // deleteLater: this may run inside the clicked() of one of the buttons being replaced.
    while (QLayoutItem* item = m_offers->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QString words = text.trimmed();
    if (words.isEmpty() && filters.isEmpty()) {
        m_headline->setText(tr("The directory has no services to show."));
        return;
    }
    m_headline->setText(words.isEmpty() ? tr("No service matches these filters.")
                                        : tr("No service matches “%1” with these filters.").arg(words));
    if (!words.isEmpty())
        addOffer(tr("Clear the search text"), [this] { Q_EMIT clearTextRequested(); });
    for (const FilterRemoval& removal : names.removals(filters)) {
        const FilterState without = removal.without;
        addOffer(tr("Remove the filter “%1”").arg(removal.label),
                 [this, without] { Q_EMIT filtersChanged(without); });
    }
}

} // namespace pathways::desktop
