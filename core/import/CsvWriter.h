#pragma once

#include <QByteArray>
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
};

} // namespace pathways::import
