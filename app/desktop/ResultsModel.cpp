#include "desktop/ResultsModel.h"

#include "desktop/TranslationLoader.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace pathways::desktop {

namespace {
// What a row shows where the data has nothing: a dash is quieter than the same words on every row.
const QString kQuietDash = QStringLiteral("–");
} // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsModel::setRows(QList<ResultRow> rows, bool more)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_more = more;
    m_asked = false;
    endResetModel();
}

void ResultsModel::appendRows(int offset, QList<ResultRow> rows, bool more)
{
    if (offset != m_rows.size())
        return; // not the page after these rows (a newer answer replaced them)
    m_asked = false;
    m_more = more && !rows.isEmpty();
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

bool ResultsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_asked;
}

void ResultsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_asked = true;
    Q_EMIT moreWanted(static_cast<int>(m_rows.size()));
}

QString ResultsModel::serviceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResultsModel::hoursText(const ResultRow& row) const
{
    // What the record says about the service as a whole comes before today's hours.
    if (row.noLongerRunning)
        return tr("Ended", "hours column: the service no longer runs");
    if (row.temporarilyClosed)
        return tr("Temporarily closed");
    if (row.alwaysOpen)
        return tr("24/7", "open around the clock");
    switch (row.open) {
    case schedule::OpenState::Open:
        return tr("Open now");
    case schedule::OpenState::Closed:
        return tr("Closed");
    case schedule::OpenState::Unknown:
        break;
    }
    return kQuietDash; // no hours in the record: a quiet mark, the tooltip says why
}

QString ResultsModel::verifiedText(const ResultRow& row) const
{
    const QDate date = QDate::fromString(row.verified.left(10), Qt::ISODate);
    if (!date.isValid())
        return kQuietDash;
    const qint64 days = date.daysTo(m_today);
    if (days <= 0)
        return tr("Today");
    if (days < 60)
        return tr("%Ln day(s) ago", "verified ... ago", static_cast<int>(days));
    return tr("%Ln month(s) ago", "verified ... ago", static_cast<int>(days / 30));
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ResultRow& row = m_rows.at(index.row());
    switch (role) {
    case ServiceIdRole:
        return row.id;
    case OpenStateRole:
        return static_cast<int>(row.open);
    case DemonstrationRole:
        return row.demonstration;
    case Qt::AccessibleTextRole:
        // A screen reader gets the words behind a quiet dash.
        if (data(index, Qt::DisplayRole).toString() == kQuietDash)
            return data(index, Qt::ToolTipRole);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name.text;
        case Organization:
            return row.organization;
        case Categories: {
            QStringList names;
            for (const auto& term : row.categories)
                names << term.name;
            return names.join(QStringLiteral(" · "));
        }
        case Place:
            return row.municipality;
        case Distance:
            return row.distanceKm ? QLocale().toString(*row.distanceKm, 'f', *row.distanceKm < 10 ? 1 : 0) +
                                        QStringLiteral(" km")
                                  : QString();
        case Hours:
            return hoursText(row);
        case Verified:
            return verifiedText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            // The full name (the cell may elide it), its organisation, and what to be careful about.
            QStringList lines{row.name.text, row.organization};
            if (row.name.fallback)
                lines << tr("Not available in your language; shown in %1.")
                             .arg(TranslationLoader::languageName(row.name.locale));
            if (row.noLongerRunning)
                lines << tr("No longer running: the record says this service has ended.");
            else if (row.temporarilyClosed)
                lines << tr("Temporarily closed.");
            if (row.demonstration)
                lines << tr("Demonstration data: verify before referring.");
            lines.removeAll(QString());
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Organization || index.column() == Categories)
            return data(index, Qt::DisplayRole);
        if (index.column() == Hours && (row.noLongerRunning || row.temporarilyClosed))
            return row.noLongerRunning ? tr("No longer running: the record says this service has ended.")
                                       : tr("Temporarily closed.");
        if (index.column() == Hours && !row.alwaysOpen && row.open == schedule::OpenState::Unknown)
            return tr("The record gives no opening hours.");
        if (index.column() == Verified)
            return !QDate::fromString(row.verified.left(10), Qt::ISODate).isValid()
                       ? tr("No person has confirmed this record yet.")
                       : tr("Last confirmed by a person on %1.")
                             .arg(QLocale().toString(QDate::fromString(row.verified.left(10), Qt::ISODate),
                                                     QLocale::LongFormat));
        return {};
    case Qt::FontRole:
        if (index.column() == Name) {
            QFont font;
            font.setBold(true);
            font.setItalic(row.name.fallback);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // A service that has ended reads as greyed out in every column; its Hours cell says why.
        if (row.noLongerRunning)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == Hours && row.temporarilyClosed)
            return QBrush(QColor(0xa0, 0x40, 0x00));
        if (index.column() == Hours && (row.open == schedule::OpenState::Open || row.alwaysOpen))
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        return {};
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case Organization:
        return tr("Organisation");
    case Categories:
        return tr("Categories");
    case Place:
        return tr("Municipality");
    case Distance:
        return tr("Distance");
    case Hours:
        return tr("Hours", "column: open now / closed / 24/7");
    case Verified:
        return tr("Verified", "column: when a person last confirmed the record");
    default:
        return {};
    }
}

} // namespace pathways::desktop
