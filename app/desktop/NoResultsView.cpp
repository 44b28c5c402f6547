#include "desktop/NoResultsView.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathways::desktop {

namespace {

QString servicesText(qint64 count, bool lowerBound)
{
    const int n = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    return lowerBound ? NoResultsView::tr("more than %Ln service(s)", "", n)
                      : NoResultsView::tr("%Ln service(s)", "", n);
}

} // namespace

NoResultsView::NoResultsView(QWidget* parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_cause(new QLabel(this)), m_offers(new QVBoxLayout)
{
    setObjectName(QStringLiteral("noResults"));
    auto* layout = new QVBoxLayout(this);
    for (QLabel* label : {m_headline, m_cause}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_headline->setFont(font);
    layout->addWidget(m_headline);
    layout->addWidget(m_cause);
    layout->addLayout(m_offers);
    layout->addStretch(1);
}

void NoResultsView::addOffer(const QString& label, const std::function<void()>& action)
{
    auto* button = new QPushButton(label, this);
    button->setAccessibleName(label);
    connect(button, &QPushButton::clicked, this, action);
    m_offers->addWidget(button, 0, Qt::AlignLeading);
}

void NoResultsView::clearOffers()
{
    // deleteLater: this may run inside the clicked() of one of the buttons being replaced.
    while (QLayoutItem* item = m_offers->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

QStringList NoResultsView::offers() const
{
    QStringList labels;
    for (int i = 0; i < m_offers->count(); ++i)
        if (auto* button = qobject_cast<QPushButton*>(m_offers->itemAt(i)->widget()))
            labels << button->text();
    return labels;
}

QString NoResultsView::filterLabel(search::QueryFilter filter, const FilterState& filters,
                                   const FacetPanel& names)
{
    const auto joined = [&names](const QString& kind, const QStringList& codes) {
        QStringList labels;
        for (const QString& code : codes)
            labels << names.displayName(kind, code);
        return labels.join(QStringLiteral(", "));
    };
    switch (filter) {
    case search::QueryFilter::Category:
        return joined(QStringLiteral("category"), filters.categories);
    case search::QueryFilter::Audience:
        return joined(QStringLiteral("audience"), filters.audiences);
    case search::QueryFilter::Place:
        return names.displayName(QStringLiteral("municipality"), filters.municipality);
    case search::QueryFilter::Language:
        return names.displayName(QStringLiteral("language"), filters.language);
    case search::QueryFilter::Free:
        return tr("Free of charge");
    case search::QueryFilter::OpenAt:
        return tr("Open now");
    case search::QueryFilter::OnlyServices:
        return tr("My favourites");
    case search::QueryFilter::Within:
        return tr("Within the distance");
    case search::QueryFilter::Running:
        return tr("Only services still running");
    case search::QueryFilter::None:
        break;
    }
    return {};
}

bool NoResultsView::addAlternative(const search::Alternative& alternative, const FilterState& filters,
                                   const FacetPanel& names)
{
    using Kind = search::Alternative::Kind;
    const QString count = servicesText(alternative.count, alternative.countIsLowerBound);
    const QString text = alternative.query.text;
    if (alternative.kind == Kind::LooserWord) {
        addOffer(tr("Did you mean “%1…”? %2").arg(alternative.replacement, count),
                 [this, text] { Q_EMIT textRequested(text); });
        return true;
    }
    if (alternative.kind == Kind::WithoutWord) {
        addOffer(tr("Without “%1”: %2").arg(alternative.word, count), [this, text] { Q_EMIT textRequested(text); });
        return true;
    }
    FilterState without = filters;
    switch (alternative.filter) {
    case search::QueryFilter::Category:
        without.categories.clear();
        break;
    case search::QueryFilter::Audience:
        without.audiences.clear();
        break;
    case search::QueryFilter::Place:
        without.municipality.clear();
        break;
    case search::QueryFilter::Language:
        without.language.clear();
        break;
    case search::QueryFilter::Free:
        without.freeOnly = false;
        break;
    case search::QueryFilter::OpenAt:
        without.openNow = false;
        break;
    case search::QueryFilter::OnlyServices:
        without.favouritesOnly = false;
        break;
    case search::QueryFilter::Running:
        without.includeNotRunning = true;
        addOffer(tr("Include services no longer running: %1").arg(count),
                 [this, without] { Q_EMIT filtersChanged(without); });
        return true;
    case search::QueryFilter::Within:
        addOffer(tr("Any distance: %1").arg(count), [this] { Q_EMIT withinCleared(); });
        return true;
    case search::QueryFilter::None:
        return false;
    }
    addOffer(tr("Remove the filter “%1”: %2").arg(filterLabel(alternative.filter, filters, names), count),
             [this, without] { Q_EMIT filtersChanged(without); });
    return true;
}

void NoResultsView::setSituation(const QString& text, const FilterState& filters, const FacetPanel& names,
                                 const std::optional<search::DeadEndAdvice>& advice)
{
    clearOffers();
    m_cause->clear();
    m_cause->hide();
    const QString words = text.trimmed();
    const bool anyAlternative = advice && !advice->alternatives.isEmpty();
    if (words.isEmpty() && filters.isEmpty() && !anyAlternative) {
        m_headline->setText(tr("The directory has no services to show."));
        return;
    }
    m_headline->setText(words.isEmpty()       ? tr("No service matches these filters.")
                        : filters.isEmpty() ? tr("No service matches “%1”.").arg(words)
                                            : tr("No service matches “%1” with these filters.").arg(words));
    if (advice && advice->emptiedBy != search::QueryFilter::None) {
        m_cause->setText(tr("The filter “%1” left nothing of %2.")
                             .arg(filterLabel(advice->emptiedBy, filters, names),
                                  servicesText(advice->countBeforeEmptied, false)));
        m_cause->show();
    }
    bool offered = false;
    if (advice)
        for (const search::Alternative& alternative : advice->alternatives)
            offered = addAlternative(alternative, filters, names) || offered;
    if (offered)
        return;
    // No counted way out: the plain ones.
    if (!words.isEmpty())
        addOffer(tr("Clear the search text"), [this] { Q_EMIT clearTextRequested(); });
    for (const FilterRemoval& removal : names.removals(filters)) {
        const FilterState without = removal.without;
        addOffer(tr("Remove the filter “%1”").arg(removal.label),
                 [this, without] { Q_EMIT filtersChanged(without); });
    }
}

} // namespace pathways::desktop
