#include "desktop/SearchBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>

namespace pathways::desktop {

SearchBar::SearchBar(QWidget* parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_sort(new QComboBox(this)), m_count(new QLabel(this))
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
    row->addWidget(m_field, 1);
    row->addWidget(m_sort);
    row->addWidget(m_count);
    setFocusProxy(m_field);

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
    m_sort->addItem(tr("Nearest first", "sort order; needs a home place in Settings"));
    m_sort->setCurrentIndex(sort);
    m_sort->setAccessibleName(tr("Sort order"));
    setCount(m_total, m_lowerBound);
}

} // namespace pathways::desktop
