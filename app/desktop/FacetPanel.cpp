#include "desktop/FacetPanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
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
           !freeOnly && !openNow && !favouritesOnly;
}

FacetPanel::FacetPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_openNow = new QCheckBox(this);
    m_free = new QCheckBox(this);
    m_favourites = new QCheckBox(this);
    for (QCheckBox* box : {m_openNow, m_free, m_favourites}) {
        layout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (m_updating)
                return;
            m_filters.openNow = m_openNow->isChecked();
            m_filters.freeOnly = m_free->isChecked();
            m_filters.favouritesOnly = m_favourites->isChecked();
            Q_EMIT filtersChanged(m_filters);
        });
    }
    m_categories = addList();
    m_audiences = addList();
    m_municipalities = addList();
    m_languages = addList();
    retranslate();
    connect(m_categories, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { onItemChanged(m_categories, kCategory, item); });
    connect(m_audiences, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { onItemChanged(m_audiences, kAudience, item); });
    connect(m_municipalities, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { onItemChanged(m_municipalities, kMunicipality, item); });
    connect(m_languages, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { onItemChanged(m_languages, kLanguage, item); });
    layout->addStretch(1);
}

void FacetPanel::retranslate()
{
    auto title = [this](QListWidget* list, const QString& text, const QString& accessibleName) {
        if (auto* label = qobject_cast<QLabel*>(m_titles.value(list)))
            label->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        list->setAccessibleName(accessibleName);
    };
    title(m_categories, tr("Category"), tr("Category filter"));
    title(m_audiences, tr("For whom", "facet title: audience of a service"), tr("Audience filter"));
    title(m_municipalities, tr("Municipality"), tr("Municipality filter"));
    title(m_languages, tr("Language spoken"), tr("Language filter"));
    m_favourites->setText(tr("My favourites"));
    setCounts(m_counts, {});
}

void FacetPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QListWidget* FacetPanel::addList()
{
    auto* label = new QLabel(this);
    auto* list = new QListWidget(this);
    label->setBuddy(list);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout()->addWidget(label);
    layout()->addWidget(list);
    m_titles.insert(list, label);
    return list;
}

QString FacetPanel::displayName(const QString& kind, const QString& value) const
{
    return m_names.value(kind + QLatin1Char(':') + value, value);
}

void FacetPanel::fill(QListWidget* list, const QString& kind, const QStringList& chosen)
{
    const QSignalBlocker blocker(list);
    list->clear();
    QList<search::FacetValue> values = m_counts.byKind.value(kind);
    for (const QString& value : chosen) {
        const bool listed = std::any_of(values.cbegin(), values.cend(),
                                        [&value](const search::FacetValue& v) { return v.value == value; });
        if (!listed)
            values.prepend(search::FacetValue{value, 0});
    }
    for (const search::FacetValue& value : std::as_const(values)) {
        auto* item = new QListWidgetItem(tr("%1 (%2)", "facet value and its number of services")
                                             .arg(displayName(kind, value.value))
                                             .arg(value.count),
                                         list);
        item->setData(kValueRole, value.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(value.value) ? Qt::Checked : Qt::Unchecked);
    }
    list->setVisible(!values.isEmpty());
    m_titles.value(list)->setVisible(!values.isEmpty());
    // Show up to eight values without scrolling; the panel itself scrolls.
    const int rows = std::clamp(static_cast<int>(values.size()), 1, 8);
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 2);
}

void FacetPanel::setCounts(const search::FacetCounts& counts, const QHash<QString, QString>& names)
{
    m_counts = counts;
    m_names.insert(names);
    setFilters(m_filters);
    const QString free = counts.byKind.value(QStringLiteral("free")).isEmpty()
                             ? QStringLiteral("0")
                             : QString::number(counts.byKind.value(QStringLiteral("free")).first().count);
    m_free->setText(tr("Free of charge (%1)").arg(free));
    m_openNow->setText(counts.openNow && !m_filters.openNow ? tr("Open now (%1)").arg(*counts.openNow)
                                                            : tr("Open now"));
}

void FacetPanel::setFilters(const FilterState& filters)
{
    m_updating = true;
    m_filters = filters;
    fill(m_categories, kCategory, filters.categories);
    fill(m_audiences, kAudience, filters.audiences);
    fill(m_municipalities, kMunicipality,
         filters.municipality.isEmpty() ? QStringList() : QStringList{filters.municipality});
    fill(m_languages, kLanguage, filters.language.isEmpty() ? QStringList() : QStringList{filters.language});
    m_free->setChecked(filters.freeOnly);
    m_openNow->setChecked(filters.openNow);
    m_favourites->setChecked(filters.favouritesOnly);
    m_updating = false;
}

void FacetPanel::onItemChanged(QListWidget* list, const QString& kind, QListWidgetItem* item)
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
    if (kind == kCategory)
        toggle(m_filters.categories);
    else if (kind == kAudience)
        toggle(m_filters.audiences);
    else if (kind == kMunicipality)
        m_filters.municipality = checked ? value : QString();
    else
        m_filters.language = checked ? value : QString();
    Q_UNUSED(list);
    Q_EMIT filtersChanged(m_filters);
}

} // namespace pathways::desktop
