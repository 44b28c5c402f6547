#include "import/HsdsExporter.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "import/CsvWriter.h"
#include "import/HsdsTables.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace pathways::import {

namespace {

// Table Schema types (frictionlessdata), as HSDS 3.0's own datapackage.json names them.
QString schemaType(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("string");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Real:
    case FieldType::Latitude:
    case FieldType::Longitude:
        return QStringLiteral("number");
    }
    return QStringLiteral("string");
}

// A stored value as the importer reads it back to the same value.
QString exported(const db::Statement& row, int column, FieldType type)
{
    if (row.isNull(column))
        return {};
    switch (type) {
    case FieldType::Text:
        return row.columnText(column);
    case FieldType::Integer:
        return QString::number(row.columnInt64(column));
    case FieldType::Boolean:
        return row.columnInt64(column) != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Real:
    case FieldType::Latitude:
    case FieldType::Longitude:
        // Shortest text that reads back to the same double: 46.0569, not 46.056899999999999.
        return QString::number(row.columnDouble(column), 'g', QLocale::FloatingPointShortest);
    }
    return row.columnText(column);
}

Status save(const QDir& dir, const QString& name, const QByteArray& bytes)
{
    QSaveFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Kind::Io,
                     QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()),
                     {}};
    return {};
}

} // namespace

Expected<HsdsExporter::Summary> HsdsExporter::write(db::Connection& source, const QString& folder,
                                                    const ProgressCallback& progress)
{
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error::invalidInput(
            QStringLiteral("%1 is not empty: export into a new or empty folder").arg(folder));
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{Error::Kind::Io, QStringLiteral("cannot create the folder %1").arg(folder), {}};

    Summary summary;
    QJsonArray resources;
    const QList<TableSpec>& specs = hsdsTableSpecs();
    try {
        qint64 tablesDone = 0;
        for (const TableSpec& spec : specs) {
            if (progress)
                progress({QStringLiteral("writing %1").arg(spec.fileName), tablesDone, specs.size(),
                          QStringLiteral("tables")});
            ++tablesDone;
            QStringList names;
            QJsonArray fields;
            for (const ColumnSpec& column : spec.columns) {
                names << column.name;
                fields.append(QJsonObject{{QStringLiteral("name"), column.name},
                                          {QStringLiteral("type"), schemaType(column.type)}});
            }
            // A stable order: a second export of the same directory is byte-identical.
            const QString order =
                spec.keyedById ? QStringLiteral("id") : QStringLiteral("entity, id, field, locale");
            db::Statement row =
                source.prepare(QStringLiteral("SELECT \"%1\" FROM %2 ORDER BY %3")
                                   .arg(names.join(QStringLiteral("\", \"")), spec.table, order));
            QByteArray csv = CsvWriter::line(names);
            qint64 rows = 0;
            QStringList values;
            while (row.step()) {
                values.clear();
                for (int i = 0; i < spec.columns.size(); ++i)
                    values << exported(row, i, spec.columns.at(i).type);
                csv += CsvWriter::line(values);
                ++rows;
            }
            // An empty optional table is left out; services.csv is always there (the package's core).
            if (rows == 0 && spec.table != QLatin1StringView("service"))
                continue;
            if (const Status saved = save(dir, spec.fileName, csv); !saved)
                return saved.error();
            summary.rows.insert(spec.table, rows);
            summary.files << spec.fileName;
            resources.append(QJsonObject{
                {QStringLiteral("name"), spec.table},
                {QStringLiteral("path"), spec.fileName},
                {QStringLiteral("profile"), QStringLiteral("tabular-data-resource")},
                {QStringLiteral("format"), QStringLiteral("csv")},
                {QStringLiteral("mediatype"), QStringLiteral("text/csv")},
                {QStringLiteral("encoding"), QStringLiteral("utf-8")},
                {QStringLiteral("schema"), QJsonObject{{QStringLiteral("fields"), fields}}},
            });
        }
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(QStringLiteral("cannot read the directory: %1").arg(failure.message()),
                                 failure.message());
    }
    const QJsonObject package{
        {QStringLiteral("name"), QStringLiteral("pathways-directory")},
        {QStringLiteral("profile"), QStringLiteral("tabular-data-package")},
        {QStringLiteral("description"),
         QStringLiteral("HSDS 3.0 tables written by Pathways; translations.csv (entity, id, field, locale, "
                        "value) is Pathways' extension for texts in other languages")},
        {QStringLiteral("resources"), resources},
    };
    if (const Status saved = save(dir, QStringLiteral("datapackage.json"),
                                  QJsonDocument(package).toJson(QJsonDocument::Indented));
        !saved)
        return saved.error();
    summary.files << QStringLiteral("datapackage.json");
    if (progress)
        progress({QStringLiteral("done"), specs.size(), specs.size(), QStringLiteral("tables")});
    return summary;
}

} // namespace pathways::import
