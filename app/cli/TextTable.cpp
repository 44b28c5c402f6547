#include "cli/TextTable.h"

#include <algorithm>

namespace pathways::cli {

TextTable::TextTable(QStringList headers, int maxColumnWidth)
    : m_headers(std::move(headers)), m_maxWidth(maxColumnWidth)
{
}

void TextTable::addRow(QStringList cells)
{
    for (QString& cell : cells) {
        cell = cell.simplified();
        if (cell.size() > m_maxWidth)
            cell = cell.left(m_maxWidth - 1) + QChar(0x2026);
    }
    m_rows << cells;
}

void TextTable::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths << header.size();
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    auto printRow = [&](const QStringList& cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < widths.size() ? cell.leftJustified(widths[i] + 2) : cell;
        }
        out << line.trimmed() << '\n';
    };
    printRow(m_headers);
    for (const QStringList& row : m_rows)
        printRow(row);
}

} // namespace pathways::cli
