#include "desktop/PublisherCategoryList.h"

#include "desktop/FacetPanel.h"

#include <QEvent>
#include <QFont>
#include <QSignalBlocker>
#include <algorithm>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace pathways::desktop {

PublisherCategoryList::PublisherCategoryList(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("publisherCategories"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setContentsMargins(0, 8, 0, 0);
    m_title->setBuddy(m_tree);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // As in the facet lists: the whole column scrolls, long names elide in the middle so the count shows.
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    // A tree as tall as its open rows: collapsing a broader category gives its room back.
    connect(m_tree, &QTreeWidget::itemExpanded, this, &PublisherCategoryList::fitHeight);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, &PublisherCategoryList::fitHeight);
    retranslate();
    setVisible(false);
}

void PublisherCategoryList::setCategories(const QList<api::PublisherCategory>& categories)
{
    m_categories = categories;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    // With several taxonomies each gets a heading of its own, so that terms of one are not read as another's.
    QStringList taxonomies;
    for (const api::PublisherCategory& category : categories)
        if (!taxonomies.contains(category.taxonomy))
            taxonomies << category.taxonomy;
    const bool headings = taxonomies.size() > 1;
    QTreeWidgetItem* heading = nullptr;
    QList<QTreeWidgetItem*> levels; // the last item of each depth
    for (const api::PublisherCategory& category : categories) {
        if (headings && (!heading || heading->data(0, Qt::UserRole).toString() != category.taxonomy)) {
            heading = new QTreeWidgetItem(m_tree);
            heading->setText(0, category.taxonomy.isEmpty() ? tr("Without a taxonomy name") : category.taxonomy);
            heading->setData(0, Qt::UserRole, category.taxonomy);
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFlags(Qt::ItemIsEnabled);
            levels.clear();
        }
        const int depth = std::min<int>(category.depth, static_cast<int>(levels.size()));
        QTreeWidgetItem* parent = depth > 0 ? levels.at(depth - 1) : heading;
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, FacetPanel::valueText(category.name, category.count));
        item->setToolTip(0, category.taxonomy.isEmpty()
                                ? item->text(0)
                                : tr("%1, in the publisher's taxonomy \"%2\"").arg(item->text(0), category.taxonomy));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        levels.resize(depth);
        levels << item;
    }
    m_tree->expandAll();
    fitHeight();
    setVisible(!categories.isEmpty());
}

void PublisherCategoryList::fitHeight()
{
    int rows = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        bool open = true;
        for (const QTreeWidgetItem* up = (*it)->parent(); up; up = up->parent())
            open = open && up->isExpanded();
        rows += open ? 1 : 0;
    }
    const int hinted = m_tree->topLevelItemCount() > 0 ? m_tree->sizeHintForRow(0) : 0;
    const int rowHeight = hinted > 0 ? hinted : m_tree->fontMetrics().height() + 4;
    m_tree->setFixedHeight(std::max(1, rows) * rowHeight + 2 * m_tree->frameWidth());
}

QStringList PublisherCategoryList::shownRows() const
{
    QStringList rows;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        int depth = 0;
        for (const QTreeWidgetItem* up = (*it)->parent(); up; up = up->parent())
            ++depth;
        QString text = (*it)->text(0);
        text.remove(QChar(0x2068)).remove(QChar(0x2069));
        rows << QString(depth * 2, QLatin1Char(' ')) + text;
    }
    return rows;
}

void PublisherCategoryList::retranslate()
{
    m_title->setText(QStringLiteral("<b>%1</b>").arg(tr("Publisher's categories").toHtmlEscaped()));
    m_title->setToolTip(tr("The categories the directory's publisher uses, with the services of this search "
                           "in each (a broader category counts its narrower ones)"));
    m_tree->setAccessibleName(tr("Publisher's categories"));
    setCategories(m_categories);
}

void PublisherCategoryList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pathways::desktop
