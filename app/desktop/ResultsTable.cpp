#include "desktop/ResultsTable.h"

#include "desktop/CachedTextDelegate.h"
#include "desktop/ResultsModel.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>
#include <algorithm>

namespace pathways::desktop {

ResultsTable::ResultsTable(ResultsModel* model, QWidget* parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setItemDelegate(new CachedTextDelegate(this)); // each cell's text laid out once, not on every paint
    setObjectName(QStringLiteral("results"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setMinimumSectionSize(24);
    connect(model, &QAbstractItemModel::modelReset, this, &ResultsTable::layoutColumns);
    // A further page (scrolled to the end) may hold a longer place or hours text.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResultsTable::layoutColumns);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ResultsTable::layoutColumns);
}

void ResultsTable::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    layoutColumns();
}

bool ResultsTable::viewportEvent(QEvent* event)
{
    const bool handled = QTableView::viewportEvent(event);
    // A vertical scroll bar coming or going resizes the viewport, not the view: the columns follow it.
    if (event->type() == QEvent::Resize)
        layoutColumns();
    return handled;
}

void ResultsTable::layoutColumns()
{
    QHeaderView* header = horizontalHeader();
    const int width = viewport()->width();
    // Short columns take what their content needs, within a cap; categories go first when space is short.
    setColumnHidden(ResultsModel::Categories, width < 760);
    // The header always reads whole ("Перевірено", not "Перевірен"); the cap only limits long content.
    auto natural = [&](int column, int cap) {
        if (isColumnHidden(column))
            return 0;
        return std::max(header->sectionSizeHint(column), std::min(contentWidth(column), cap));
    };
    const int distance = natural(ResultsModel::Distance, 90);
    const int hours = natural(ResultsModel::Hours, width / 9);
    const int verified = natural(ResultsModel::Verified, width / 8);
    const int place = natural(ResultsModel::Place, width / 8);
    const int rest = std::max(0, width - distance - hours - verified - place);
    const int categories = isColumnHidden(ResultsModel::Categories) ? 0 : rest * 22 / 100;
    const int organization = rest * (categories > 0 ? 24 : 30) / 100;
    const int name = rest - categories - organization;
    const QList<std::pair<int, int>> widths{{ResultsModel::Name, name},
                                            {ResultsModel::Organization, organization},
                                            {ResultsModel::Categories, categories},
                                            {ResultsModel::Place, place},
                                            {ResultsModel::Distance, distance},
                                            {ResultsModel::Hours, hours},
                                            {ResultsModel::Verified, verified}};
    if (std::all_of(widths.cbegin(), widths.cend(), [header](const auto& column) {
            return header->sectionSize(column.first) == column.second;
        }))
        return;
    {
        // All columns at once, then one geometry update and one repaint. Section by section, the view
        // queues a repaint of the list for after the event loop's next pass: a second full paint of the
        // list after an answer that was already painted with these widths.
        const QSignalBlocker blocker(header);
        for (const auto& [column, size] : widths)
            header->resizeSection(column, size);
    }
    updateGeometries();
    viewport()->update();
}

int ResultsTable::contentWidth(int column)
{
    // What sizeHintForColumn() gives, over every row of the page, with each distinct text measured once:
    // these short columns repeat a few texts ("—", "Ljubljana", "3 days ago"), and laying each out again
    // for every new page was a tenth of the window's time per keystroke (docs/benchmarks.md).
    if (m_widths.size() > 5000)
        m_widths.clear();
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        const QString key = QString::number(column) + QLatin1Char('\n') + index.data().toString();
        auto known = m_widths.constFind(key);
        if (known == m_widths.constEnd())
            known = m_widths.insert(key, itemDelegateForIndex(index)->sizeHint(option, index).width());
        widest = std::max(widest, known.value());
    }
    return widest + (showGrid() ? 1 : 0);
}

void ResultsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_widths.clear(); // measured in the old font
    QTableView::changeEvent(event);
}

void ResultsTable::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    if (index.isValid())
        setCurrentIndex(index);
    if (!currentIndex().isValid())
        return;
    QMenu menu(this);
    for (QAction* action : actions())
        menu.addAction(action);
    menu.exec(event->globalPos());
}

} // namespace pathways::desktop
