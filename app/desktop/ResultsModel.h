#pragma once

#include "desktop/SearchTypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace pathways::desktop {

/// The results list: one row per service of the newest answer. Rows are replaced as a whole (a new answer
/// is a new list), which keeps the model trivially consistent for views and accessibility.
class ResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Organization, Categories, Place, Distance, Hours, Verified, ColumnCount };
    enum Role { ServiceIdRole = Qt::UserRole + 1, OpenStateRole, DemonstrationRole };

    explicit ResultsModel(QObject* parent = nullptr);

    void setRows(QList<ResultRow> rows);
    const QList<ResultRow>& rows() const { return m_rows; }
    QString serviceId(int row) const;
    /// "Today" for "verified N days ago"; tests pin it.
    void setToday(QDate today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString hoursText(const ResultRow& row) const;
    QString verifiedText(const ResultRow& row) const;

    QList<ResultRow> m_rows;
    QDate m_today = QDate::currentDate();
};

} // namespace pathways::desktop
