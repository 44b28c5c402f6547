#include "desktop/FacetPanel.h"

#include "desktop/CachedTextDelegate.h"
#include "desktop/PublisherCategoryList.h"
#include "desktop/TranslationLoader.h"
#include "desktop/WrappingCheckBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace pathways::desktop {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
const QString kCategory = QStringLiteral("category");
const QString kAudience = QStringLiteral("audience");
const QString kMunicipality = QStringLiteral("municipality");
const QString kLanguage = QStringLiteral("language");
} // namespace

bool FilterState::isEmpty() const
{
    return categories.isEmpty() && audiences.isEmpty() && municipality.isEmpty() && language.isEmpty() &&
           !freeOnly && !openNow && !favouritesOnly && !includeNotRunning;
}

FacetPanel::FacetPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_openNow = new QCheckBox(this);
    m_free = new QCheckBox(this);
    m_favourites = new QCheckBox(this);
    m_notRunning = new WrappingCheckBox(this);
    m_notRunning->setObjectName(QStringLiteral("includeNotRunning"));
    const auto toggled = [this] {
        if (m_updating)
            return;
        m_filters.openNow = m_openNow->isChecked();
        m_filters.freeOnly = m_free->isChecked();
        m_filters.favouritesOnly = m_favourites->isChecked();
        m_filters.includeNotRunning = m_notRunning->isChecked();
        Q_EMIT filtersChanged(m_filters);
    };
    for (QCheckBox* box : {m_openNow, m_free, m_favourites}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, toggled);
    }
    layout->addWidget(m_notRunning);
    connect(m_notRunning, &WrappingCheckBox::toggled, this, toggled);
    m_facets.reserve(4);
    for (const QString& kind : {kCategory, kAudience, kMunicipality, kLanguage})
        addFacet(kind);
    m_publisher = new PublisherCategoryList(this);
    layout->addWidget(m_publisher);
    layout->addStretch(1);
    retranslate();
}

FacetPanel::Facet& FacetPanel::addFacet(const QString& kind)
{
    Facet facet;
    facet.kind = kind;
    facet.title = new QLabel(this);
    facet.list = new QListWidget(this);
    facet.more = new QToolButton(this);
    facet.none = new QLabel(this);
    facet.none->setEnabled(false); // greyed: a remark, not a control
    facet.none->setWordWrap(true);
    facet.title->setBuddy(facet.list);
    facet.title->setContentsMargins(0, 8, 0, 0);
    // The whole column scrolls; a list as tall as its rows needs no scroll bar of its own. Long labels elide
    // in the middle, so "(83)" at the end always shows; the full label is in the tooltip.
    facet.list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    facet.list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    facet.list->setTextElideMode(Qt::ElideMiddle);
    facet.list->setItemDelegate(new CachedTextDelegate(facet.list)); // counts change, labels repeat
    facet.list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    facet.more->setAutoRaise(true);
    facet.more->setCursor(Qt::PointingHandCursor);
    layout()->addWidget(facet.title);
    layout()->addWidget(facet.list);
    layout()->addWidget(facet.none);
    layout()->addWidget(facet.more);
    QListWidget* list = facet.list;
    connect(list, &QListWidget::itemChanged, this, [this, list](QListWidgetItem* item) {
        for (const Facet& f : std::as_const(m_facets))
            if (f.list == list)
                onItemChanged(f, item);
    });
    connect(facet.more, &QToolButton::clicked, this, [this, list] {
        for (Facet& f : m_facets)
            if (f.list == list) {
                f.expanded = !f.expanded;
                setFilters(m_filters);
                list->setFocus(Qt::OtherFocusReason);
            }
    });
    m_facets.append(facet);
    return m_facets.last();
}

void FacetPanel::retranslate()
{
    const QHash<QString, std::pair<QString, QString>> titles{
        {kCategory, {tr("Category"), tr("Category filter")}},
        {kAudience, {tr("For whom", "facet title: audience of a service"), tr("Audience filter")}},
        {kMunicipality, {tr("Municipality"), tr("Municipality filter")}},
        {kLanguage, {tr("Language spoken"), tr("Language filter")}},
    };
    for (const Facet& facet : std::as_const(m_facets)) {
        facet.title->setText(QStringLiteral("<b>%1</b>").arg(titles.value(facet.kind).first.toHtmlEscaped()));
        facet.list->setAccessibleName(titles.value(facet.kind).second);
    }
    m_favourites->setText(tr("My favourites"));
    for (const Facet& facet : std::as_const(m_facets))
        facet.none->setText(tr("None among these results"));
    applyCounts(m_counts, {});
}

void FacetPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString FacetPanel::displayName(const QString& kind, const QString& value) const
{
    if (kind == kLanguage)
        return TranslationLoader::languageName(value); // "English", not "American English"
    return m_names.value(kind + QLatin1Char(':') + value, value);
}

QString FacetPanel::valueText(const QString& name, qint64 count)
{
    const QString isolated = QChar(0x2068) + name + QChar(0x2069); // FIRST STRONG ISOLATE ... POP
    return tr("%1 (%2)", "facet value and its number of services").arg(isolated, QLocale().toString(count));
}

QList<FilterRemoval> FacetPanel::removals(const FilterState& filters) const
{
    QList<FilterRemoval> result;
    auto several = [&](const QString& kind, QStringList FilterState::*member) {
        for (const QString& code : filters.*member) {
            FilterState without = filters;
            (without.*member).removeAll(code);
            result.append({displayName(kind, code), without});
        }
    };
    auto single = [&](const QString& kind, QString FilterState::*member) {
        if ((filters.*member).isEmpty())
            return;
        FilterState without = filters;
        (without.*member).clear();
        result.append({displayName(kind, filters.*member), without});
    };
    auto flag = [&](const QString& label, bool FilterState::*member) {
        if (!(filters.*member))
            return;
        FilterState without = filters;
        without.*member = false;
        result.append({label, without});
    };
    several(kCategory, &FilterState::categories);
    several(kAudience, &FilterState::audiences);
    single(kMunicipality, &FilterState::municipality);
    single(kLanguage, &FilterState::language);
    flag(tr("Free of charge"), &FilterState::freeOnly);
    flag(tr("Open now"), &FilterState::openNow);
    flag(tr("My favourites"), &FilterState::favouritesOnly);
    flag(tr("Including services no longer running"), &FilterState::includeNotRunning);
    return result;
}

void FacetPanel::fill(Facet& facet, const QStringList& chosen)
{
    QListWidget* list = facet.list;
    const QSignalBlocker blocker(list);
    // Rebuilding must not move the keyboard: remember the current value and put it back.
    const QString currentValue = list->currentItem() ? list->currentItem()->data(kValueRole).toString() : QString();
    QList<search::FacetValue> values = m_counts.byKind.value(facet.kind);
    for (const QString& value : chosen) {
        const bool listed = std::any_of(values.cbegin(), values.cend(),
                                        [&value](const search::FacetValue& v) { return v.value == value; });
        if (!listed)
            values.prepend(search::FacetValue{value, 0});
    }
    const int total = static_cast<int>(values.size());
    struct Entry
    {
        QString value;
        QString text;
        bool chosen = false;
    };
    QList<Entry> entries;
    for (int i = 0; i < total; ++i) {
        const search::FacetValue& value = values.at(i);
        const bool isChosen = chosen.contains(value.value);
        // Beyond the top values only what is chosen or where the keyboard is stays listed.
        if (!facet.expanded && i >= kTopValues && !isChosen && value.value != currentValue)
            continue;
        entries.append({value.value, valueText(displayName(facet.kind, value.value), value.count), isChosen});
    }
    // The same values as listed (the usual case while typing): only counts change, so the items are
    // updated in place instead of being rebuilt with the list's layout.
    bool sameValues = list->count() == entries.size();
    for (int i = 0; sameValues && i < list->count(); ++i)
        sameValues = list->item(i)->data(kValueRole).toString() == entries.at(i).value;
    if (!sameValues)
        list->clear();
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries.at(i);
        QListWidgetItem* item = sameValues ? list->item(i) : new QListWidgetItem(list);
        if (!sameValues) {
            item->setData(kValueRole, entry.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
        if (item->text() != entry.text) {
            item->setText(entry.text);
            item->setToolTip(entry.text);
        }
        const Qt::CheckState state = entry.chosen ? Qt::Checked : Qt::Unchecked;
        if (!sameValues || item->checkState() != state)
            item->setCheckState(state);
        if (!sameValues && entry.value == currentValue)
            list->setCurrentItem(item);
    }
    const int shown = static_cast<int>(entries.size());
    const bool any = total > 0;
    list->setVisible(any);
    facet.none->setVisible(!any);
    facet.more->setVisible(total > kTopValues);
    facet.more->setText(facet.expanded ? tr("Show fewer") : tr("Show all %Ln", "facet values", total));
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(std::max(1, shown) * rowHeight + 2 * list->frameWidth());
}

void FacetPanel::setCounts(const search::FacetCounts& counts, const QHash<QString, QString>& names,
                           const QList<api::PublisherCategory>& publisher)
{
    m_publisher->setCategories(publisher);
    applyCounts(counts, names);
}

void FacetPanel::applyCounts(const search::FacetCounts& counts, const QHash<QString, QString>& names)
{
    m_counts = counts;
    m_names.insert(names);
    setFilters(m_filters);
    const QLocale locale;
    const auto free = counts.byKind.value(QStringLiteral("free"));
    m_free->setText(tr("Free of charge (%1)").arg(locale.toString(free.isEmpty() ? 0 : free.first().count)));
    m_openNow->setText(counts.openNow && !m_filters.openNow
                           ? tr("Open now (%1)").arg(locale.toString(*counts.openNow))
                           : tr("Open now"));
    m_notRunning->setText(tr("Include services no longer running (%1)", "completed projects, closed offices")
                              .arg(locale.toString(counts.notRunning)));
    m_notRunning->setToolTip(tr("Services whose record says they have ended (inactive or defunct). They are "
                                "left out unless this is ticked, and marked in the list."));
}

void FacetPanel::setFilters(const FilterState& filters)
{
    m_updating = true;
    m_filters = filters;
    // One layout pass for the whole column: a list shown again (the answer before found nothing) would
    // otherwise lay out the column, and every parent up to the window, once per widget it shows.
    layout()->setEnabled(false);
    for (Facet& facet : m_facets) {
        QStringList chosen;
        if (facet.kind == kCategory)
            chosen = filters.categories;
        else if (facet.kind == kAudience)
            chosen = filters.audiences;
        else if (facet.kind == kMunicipality && !filters.municipality.isEmpty())
            chosen << filters.municipality;
        else if (facet.kind == kLanguage && !filters.language.isEmpty())
            chosen << filters.language;
        fill(facet, chosen);
    }
    m_free->setChecked(filters.freeOnly);
    m_openNow->setChecked(filters.openNow);
    m_favourites->setChecked(filters.favouritesOnly);
    m_notRunning->setChecked(filters.includeNotRunning);
    layout()->setEnabled(true);
    layout()->activate();
    m_updating = false;
}

void FacetPanel::onItemChanged(const Facet& facet, QListWidgetItem* item)
{
    if (m_updating)
        return;
    const QString value = item->data(kValueRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    auto toggle = [&](QStringList& values) {
        values.removeAll(value);
        if (checked)
            values << value;
    };
    if (facet.kind == kCategory)
        toggle(m_filters.categories);
    else if (facet.kind == kAudience)
        toggle(m_filters.audiences);
    else if (facet.kind == kMunicipality)
        m_filters.municipality = checked ? value : QString();
    else
        m_filters.language = checked ? value : QString();
    Q_EMIT filtersChanged(m_filters);
}

} // namespace pathways::desktop
