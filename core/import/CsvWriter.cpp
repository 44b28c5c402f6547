#include "import/CsvWriter.h"

namespace pathways::import {

QByteArray CsvWriter::field(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

QByteArray CsvWriter::line(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    return out + '\n';
}

QByteArray CsvWriter::table(const QStringList& header, const QList<QHash<QString, QString>>& rows)
{
    QByteArray csv = line(header);
    QStringList fields;
    for (const auto& row : rows) {
        fields.clear();
        for (const QString& column : header)
            fields << row.value(column);
        csv += line(fields);
    }
    return csv;
}

} // namespace pathways::import
