#include "desktop/SearchBar.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QStandardItemModel>
#include <QSpinBox>
#include <QStringListModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <algorithm>

namespace pathways::desktop {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_sort(new QComboBox(this)), m_count(new QLabel(this)),
      m_near(new QLineEdit(this)), m_within(new QSpinBox(this)), m_places(new QStringListModel(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_field->setClearButtonEnabled(true);
    m_field->setObjectName(QStringLiteral("search"));
    QFont searchFont = m_field->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.25);
    m_field->setFont(searchFont);
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language: never "Najboljše uje…"
    m_count->setObjectName(QStringLiteral("count"));
    m_near->setObjectName(QStringLiteral("near"));
    m_near->setClearButtonEnabled(true);
    m_near->setMaximumWidth(220);
    auto* completer = new QCompleter(m_places, m_near);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_near->setCompleter(completer);
    m_within->setObjectName(QStringLiteral("within"));
    m_within->setRange(0, 1000);
    m_within->setSingleStep(5);
    m_within->setAccelerated(true);
    row->addWidget(m_field, 1);
    row->addWidget(m_near);
    row->addWidget(m_within);
    row->addWidget(m_sort);
    row->addWidget(m_count);
    setFocusProxy(m_field);
    connect(m_near, &QLineEdit::textChanged, this, [this] {
        m_nearUnknown = false;
        updateNearState();
        Q_EMIT changed();
    });
    connect(m_within, qOverload<int>(&QSpinBox::valueChanged), this, &SearchBar::changed);

    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::changed);
    connect(m_sort, qOverload<int>(&QComboBox::currentIndexChanged), this, &SearchBar::changed);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_field, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_field, &QLineEdit::clear);
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_field, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, &SearchBar::downPressed);
    retranslate();
}

QString SearchBar::text() const
{
    return m_field->text();
}

SearchBar::Sort SearchBar::sort() const
{
    return m_sort->currentIndex() == 1 ? Sort::Nearest : Sort::BestMatch;
}

void SearchBar::setCount(qint64 total, bool lowerBound)
{
    m_total = total;
    m_lowerBound = lowerBound;
    const int n = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max()));
    m_count->setText(total < 0        ? QString()
                     : lowerBound ? tr("More than %Ln result(s)", "only the first ones are listed", n)
                                  : tr("%Ln result(s)", "", n));
}

QString SearchBar::nearPlace() const
{
    return m_near->text().trimmed();
}

void SearchBar::setNearPlace(const QString& place)
{
    m_near->setText(place);
}

std::optional<double> SearchBar::withinKm() const
{
    if (nearPlace().isEmpty() || m_within->value() <= 0)
        return std::nullopt;
    return static_cast<double>(m_within->value());
}

void SearchBar::clearWithin()
{
    m_within->setValue(0);
}

void SearchBar::setPlaces(const QStringList& names)
{
    m_places->setStringList(names);
}

void SearchBar::setNearUnknown(bool unknown)
{
    if (unknown == m_nearUnknown)
        return;
    m_nearUnknown = unknown;
    updateNearState();
}

void SearchBar::updateNearState()
{
    // A place that was not found is marked on the field itself, in words in its tooltip.
    m_near->setStyleSheet(m_nearUnknown ? QStringLiteral("QLineEdit { border: 2px solid #c0392b; }") : QString());
    m_near->setToolTip(m_nearUnknown ? tr("No municipality or region “%1” with coordinates in this directory, "
                                          "and not coordinates such as 46.05,14.51: distances are not shown.")
                                           .arg(nearPlace())
                                     : tr("Distances are measured from here."));
    m_near->setAccessibleDescription(m_near->toolTip());
    const bool hasPlace = !nearPlace().isEmpty();
    m_within->setEnabled(hasPlace);
    // "Nearest first" measures from the place: without one it cannot be chosen, and says so.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_sort->model()); model && model->item(1)) {
        model->item(1)->setEnabled(hasPlace);
        model->item(1)->setToolTip(hasPlace ? tr("Closest to %1 first").arg(nearPlace())
                                            : tr("Type a place in “Near” first: distances are measured "
                                                 "from it."));
    }
    if (!hasPlace && m_sort->currentIndex() == 1)
        m_sort->setCurrentIndex(0);
    m_sort->setToolTip(m_sort->itemData(1, Qt::ToolTipRole).toString());
}

void SearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchBar::retranslate()
{
    m_field->setPlaceholderText(tr("Search services, organisations, places, in any language… (Ctrl+K)"));
    m_field->setAccessibleName(tr("Search"));
    m_field->setAccessibleDescription(tr("Results update as you type. Press Down to move to the results."));
    const int sort = std::max(0, m_sort->currentIndex());
    const QSignalBlocker blocker(m_sort);
    m_sort->clear();
    m_sort->addItem(tr("Best match"));
    m_sort->addItem(tr("Nearest first", "sort order; needs a place in Near"));
    m_sort->setCurrentIndex(sort);
    m_sort->setAccessibleName(tr("Sort order"));
    m_near->setPlaceholderText(tr("Near: place or LAT,LON"));
    // Wide enough for its hint in this language, never so wide that the search field goes short.
    m_near->setMinimumWidth(
        std::clamp(m_near->fontMetrics().horizontalAdvance(m_near->placeholderText()) + 36, 120, 200));
    m_near->setAccessibleName(tr("Near"));
    m_within->setSpecialValueText(tr("any distance"));
    m_within->setPrefix(tr("within ", "within 25 km"));
    m_within->setSuffix(tr(" km"));
    m_within->setAccessibleName(tr("Within kilometres"));
    updateNearState();
    setCount(m_total, m_lowerBound);
}

} // namespace pathways::desktop
