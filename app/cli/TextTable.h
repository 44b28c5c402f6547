#pragma once

#include <QStringList>
#include <QTextStream>

namespace pathways::cli {

/// A plain-text table for terminals: columns sized to their content, long cells cut with an ellipsis.
class TextTable
{
public:
    explicit TextTable(QStringList headers, int maxColumnWidth = 40);
    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_maxWidth;
};

} // namespace pathways::cli
