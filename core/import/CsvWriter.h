#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::import {

/// Builds RFC 4180 CSV text that CsvReader reads back field for field: UTF-8, LF line ends, a field
/// quoted only when it holds a separator, a quote or a line break. Used wherever Pathways writes HSDS
/// tables (converted JSON, a converted sheet, an exported directory).
class CsvWriter
{
public:
    static QByteArray field(const QString& text);
    /// One record with its line end.
    static QByteArray line(const QStringList& fields);
    /// A whole file: the header, then each row's values in the header's order (a missing one empty).
    static QByteArray table(const QStringList& header, const QList<QHash<QString, QString>>& rows);
};

} // namespace pathways::import
