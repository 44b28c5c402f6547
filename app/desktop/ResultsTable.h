#pragma once

#include <QHash>
#include <QTableView>

namespace pathways::desktop {

class ResultsModel;

/// The results list. The service name is what a mediator reads first, so its column is always the widest:
/// the other columns get a share of the width that shrinks first on narrow windows, and long names elide in
/// the middle (the start and the distinguishing end both stay readable; the full name is in the tooltip and
/// the accessible name). Focus is drawn as a frame, so the keyboard user sees where they are.
class ResultsTable : public QTableView
{
    Q_OBJECT
public:
    explicit ResultsTable(ResultsModel* model, QWidget* parent = nullptr);

    /// The context menu offers the table's actions (added by the window, with their shortcuts).
    /// Recomputes the column widths for the current width (after a resize, a hidden column or new rows).
    void layoutColumns();
    /// Lays the new rows out now rather than on the next pass of the event loop: otherwise the list is
    /// painted with the new rows, laid out again, and painted a second time.
    void layoutRowsNow() { executeDelayedItemsLayout(); }

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The width the widest text of `column` on this page needs (its delegate's size hint).
    int contentWidth(int column);

    ResultsModel* m_model;
    QHash<QString, int> m_widths; // "column\ntext" -> width, in the current font and style
};

} // namespace pathways::desktop
