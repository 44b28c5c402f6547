#pragma once

#include "desktop/SearchTypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace pathways::desktop {

/// The results list: one row per service of the newest answer. A new answer replaces the rows as a whole,
/// which keeps the model trivially consistent for views and accessibility; further pages of the same answer
/// are appended when the view scrolls to the end (canFetchMore/fetchMore): the first answer of a keystroke
/// reads only a page, not every row a user might scroll to (docs/benchmarks.md, the window at 100k).
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Organization, Categories, Place, Distance, Hours, Verified, ColumnCount };
    enum Role { ServiceIdRole = Qt::UserRole + 1, OpenStateRole, DemonstrationRole };

    explicit ResultsModel(QObject* parent = nullptr);

    /// `more`: the answer goes on past these rows (fetchMore() asks for the next page).
    void setRows(QList<ResultRow> rows, bool more = false);
    /// The page that begins at `offset`; ignored unless it continues the rows listed.
    void appendRows(int offset, QList<ResultRow> rows, bool more);
    const QList<ResultRow>& rows() const { return m_rows; }
    QString serviceId(int row) const;
    /// "Today" for "verified N days ago"; tests pin it.
    void setToday(QDate today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// The view reached the end of the rows and the answer goes on: ask for the page at `offset`.
    void moreWanted(int offset);

private:
    QString hoursText(const ResultRow& row) const;
    QString verifiedText(const ResultRow& row) const;

    QList<ResultRow> m_rows;
    bool m_more = false;
    bool m_asked = false; // the next page is on its way
    QDate m_today = QDate::currentDate();
};

} // namespace pathways::desktop
