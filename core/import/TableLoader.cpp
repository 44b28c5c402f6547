#include "import/TableLoader.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "import/CsvReader.h"
#include "import/FieldChecks.h"

#include <QList>
#include <QVarLengthArray>

#include <optional>

namespace pathways::import {

namespace {

constexpr int kSqliteConstraint = 19; // SQLITE_CONSTRAINT, the primary result code of any constraint failure
const QChar kKeySeparator(0x1F);      // cannot occur in a CSV field we keep: joins translation key parts

using Severity = ImportIssue::Severity;

QString insertSql(const TableSpec& spec)
{
    QStringList names;
    QStringList marks;
    for (const ColumnSpec& column : spec.columns) {
        names << column.name;
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
        .arg(spec.table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

} // namespace

/// What load() keeps while reading one file.
struct TableLoader::FileState
{
    const TableSpec& spec;
    QString name;
    db::Statement insert;
    qsizetype headerSize = 0;
    QList<int> source;  ///< per spec column: index in the CSV record, -1 when the file has no such column
    QStringList values; ///< per spec column: the trimmed value of the current record
    QVarLengthArray<bool, 32> null; ///< per spec column: store NULL although a value was given
    QHash<QString, int> columnOf;   ///< spec column name -> index in spec.columns
    struct SelfReference
    {
        qint64 line;
        QString id, column, value;
    };
    QList<SelfReference> selfReferences; ///< checked once the whole file is read
    QSet<QString> translationKeys;
    QSet<QString> uncheckable; ///< reference columns already reported as uncheckable

    QString value(const QString& column) const
    {
        const int index = columnOf.value(column, -1);
        return index < 0 ? QString() : values.at(index);
    }
};

TableLoader::TableLoader(db::Connection& target, ImportReport& report) : m_db(target), m_report(report) {}

void TableLoader::issue(Severity severity, const QString& file, qint64 line, const QString& id,
                        const QString& message)
{
    m_report.issues << ImportIssue{severity, file, line, id, message};
}

bool TableLoader::load(const TableSpec& spec, const QString& path, const QString& fileName)
{
    CsvReader reader;
    if (!reader.open(path)) {
        issue(Severity::Fatal, fileName, reader.errorLine(), {}, reader.error());
        return false;
    }
    FileState file{spec, fileName, m_db.prepare(insertSql(spec)), 0, {}, {}, {}, {}, {}, {}, {}};
    for (int i = 0; i < spec.columns.size(); ++i)
        file.columnOf.insert(spec.columns.at(i).name, i);
    file.values.resize(spec.columns.size());
    file.null.resize(spec.columns.size());
    if (!readHeader(file, reader))
        return false;
    m_readTables.insert(spec.table);
    m_rows.insert(spec.table, 0);

    CsvReader::Record record;
    QString problem;
    while (true) {
        const CsvReader::Result result = reader.next(record, problem);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Skipped)
            issue(Severity::Dropped, fileName, record.line, {}, problem);
        else
            loadRecord(file, record.line, record.fields);
    }

    // References within the table (a parent organization, a parent term) can point further down the file.
    const QSet<QString>& ids = m_ids[spec.table];
    for (const FileState::SelfReference& reference : std::as_const(file.selfReferences)) {
        if (!ids.contains(reference.value))
            issue(Severity::Warning, fileName, reference.line, reference.id,
                  QStringLiteral("%1 \"%2\" matches no %3").arg(reference.column, reference.value, spec.table));
    }
    return true;
}

bool TableLoader::readHeader(FileState& file, CsvReader& reader)
{
    CsvReader::Record header;
    QString problem;
    const CsvReader::Result result = reader.next(header, problem);
    if (result == CsvReader::Result::Skipped) {
        issue(Severity::Fatal, file.name, header.line, {}, QStringLiteral("the header cannot be read: %1").arg(problem));
        return false;
    }
    if (result == CsvReader::Result::End) {
        issue(Severity::Fatal, file.name, 0, {}, QStringLiteral("the file is empty: it needs at least a header with an id column"));
        return false;
    }
    QHash<QString, int> index; // column name -> position; matched by name, so any order works
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (index.contains(name))
            issue(Severity::Warning, file.name, header.line, {},
                  QStringLiteral("column \"%1\" appears twice; the first one is used").arg(name));
        else
            index.insert(name, i);
    }
    if (!index.contains(QStringLiteral("id"))) {
        issue(Severity::Fatal, file.name, header.line, {}, QStringLiteral("the header has no \"id\" column"));
        return false;
    }
    file.headerSize = header.fields.size();
    for (const ColumnSpec& column : file.spec.columns)
        file.source << index.value(column.name, -1);
    for (const QString& column : file.spec.essential) {
        if (!index.contains(column))
            issue(Severity::Warning, file.name, header.line, {},
                  QStringLiteral("the header has no \"%1\" column: every record will be dropped").arg(column));
    }
    return true;
}

void TableLoader::loadRecord(FileState& file, qint64 line, const QStringList& fields)
{
    const TableSpec& spec = file.spec;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const int source = file.source.at(i);
        file.values[i] = source >= 0 && source < fields.size() ? fields.at(source).trimmed() : QString();
        file.null[i] = false;
    }
    const QString id = file.value(QStringLiteral("id"));
    if (fields.size() != file.headerSize) {
        issue(Severity::Dropped, file.name, line, id,
              QStringLiteral("the record has %1 fields but the header has %2").arg(fields.size()).arg(file.headerSize));
        return;
    }
    if (id.isEmpty()) {
        issue(Severity::Dropped, file.name, line, {}, QStringLiteral("the record has no id"));
        return;
    }
    if (spec.keyedById && m_ids[spec.table].contains(id)) {
        issue(Severity::Dropped, file.name, line, id, QStringLiteral("duplicate id; the first record with it was kept"));
        return;
    }
    QStringList missing;
    for (const QString& column : spec.essential) {
        if (file.value(column).isEmpty())
            missing << column;
    }
    if (!missing.isEmpty()) {
        issue(Severity::Dropped, file.name, line, id,
              QStringLiteral("missing required %1").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    if (!checkReferences(file, line, id))
        return;
    missing.clear();
    for (const QString& column : spec.required) {
        if (file.value(column).isEmpty())
            missing << column;
    }
    if (!missing.isEmpty())
        issue(Severity::Warning, file.name, line, id,
              QStringLiteral("missing %1, which HSDS requires").arg(missing.join(QStringLiteral(", "))));
    checkValues(file, line, id);
    insert(file, line, id);
}

// Reports dangling references; returns false when the record is dropped because of one.
bool TableLoader::checkReferences(FileState& file, qint64 line, const QString& id)
{
    const TableSpec& spec = file.spec;
    QList<ReferenceSpec> references = spec.references;
    if (spec.table == QLatin1StringView("attribute")) {
        // link_entity names the table link_id points into; an entity we do not know is not checked.
        const QString entity = file.value(QStringLiteral("link_entity"));
        const TableSpec* target = findTableSpec(entity);
        if (target && target->keyedById && target->table == entity)
            references << ReferenceSpec{QStringLiteral("link_id"), entity, false};
    } else if (spec.table == QLatin1StringView("translation")) {
        const QString entity = file.value(QStringLiteral("entity"));
        const TableSpec* target = findTableSpec(entity);
        if (!target || !target->keyedById || target->table != entity) {
            issue(Severity::Dropped, file.name, line, id,
                  QStringLiteral("entity \"%1\" is not an HSDS table name such as service or organization").arg(entity));
            return false;
        }
        const QString key = QStringList{entity, id, file.value(QStringLiteral("field")),
                                        file.value(QStringLiteral("locale"))}
                                .join(kKeySeparator);
        if (file.translationKeys.contains(key)) {
            issue(Severity::Dropped, file.name, line, id,
                  QStringLiteral("duplicate translation of this field to this locale; the first one was kept"));
            return false;
        }
        file.translationKeys.insert(key);
        references << ReferenceSpec{QStringLiteral("id"), entity, false};
    }

    for (const ReferenceSpec& reference : std::as_const(references)) {
        const QString value = file.value(reference.column);
        if (value.isEmpty())
            continue;
        if (reference.target == spec.table && spec.keyedById) {
            file.selfReferences << FileState::SelfReference{line, id, reference.column, value};
            continue;
        }
        if (!m_readTables.contains(reference.target) && !reference.dropWhenMissing) {
            // Without the target's file every reference would dangle: say so once, not per record.
            if (!file.uncheckable.contains(reference.column)) {
                file.uncheckable.insert(reference.column);
                issue(Severity::Warning, file.name, 0, {},
                      QStringLiteral("%1 refers to %2, but the package has no %2 file; not checked")
                          .arg(reference.column, reference.target));
            }
            continue;
        }
        if (m_ids.value(reference.target).contains(value))
            continue;
        if (reference.dropWhenMissing) {
            issue(Severity::Dropped, file.name, line, id,
                  QStringLiteral("%1 \"%2\" matches no %3").arg(reference.column, value, reference.target));
            return false;
        }
        issue(Severity::Warning, file.name, line, id,
              QStringLiteral("%1 \"%2\" matches no %3").arg(reference.column, value, reference.target));
    }
    return true;
}

// Checks typed values; a value that cannot be stored as its type is reported and stored as NULL.
void TableLoader::checkValues(FileState& file, qint64 line, const QString& id)
{
    const TableSpec& spec = file.spec;
    int latitude = -1;
    int longitude = -1;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const ColumnSpec& column = spec.columns.at(i);
        const QString& value = file.values.at(i);
        switch (column.type) {
        case FieldType::Text:
            break;
        case FieldType::Real:
            if (!value.isEmpty() && !checks::parseNumber(value)) {
                file.null[i] = true;
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("%1 \"%2\" is not a number; left empty").arg(column.name, value));
            }
            break;
        case FieldType::Integer:
            if (!value.isEmpty() && !checks::parseInteger(value)) {
                file.null[i] = true;
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("%1 \"%2\" is not a whole number; left empty").arg(column.name, value));
            }
            break;
        case FieldType::Boolean:
            if (!checks::isBooleanSpelling(value))
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("%1 \"%2\" is not true/false, 1/0 or yes/no; taken as false").arg(column.name, value));
            break;
        case FieldType::Latitude:
            latitude = i;
            break;
        case FieldType::Longitude:
            longitude = i;
            break;
        }
    }
    if (latitude >= 0 && longitude >= 0) {
        const QString& latText = file.values.at(latitude);
        const QString& lonText = file.values.at(longitude);
        if (!latText.isEmpty() || !lonText.isEmpty()) {
            const std::optional<double> lat = checks::parseNumber(latText);
            const std::optional<double> lon = checks::parseNumber(lonText);
            // A position needs both halves; one without the other would place the location wrongly.
            if (!lat || !lon || *lat < -90.0 || *lat > 90.0 || *lon < -180.0 || *lon > 180.0) {
                file.null[latitude] = true;
                file.null[longitude] = true;
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("latitude/longitude \"%1\"/\"%2\" is not a position (-90..90, -180..180); "
                                     "coordinates left empty")
                          .arg(latText, lonText));
            }
        }
    }
    if (spec.table == QLatin1StringView("schedule")) {
        const QStringList problems = checks::scheduleProblems(
            {file.value(QStringLiteral("opens_at")), file.value(QStringLiteral("closes_at")),
             file.value(QStringLiteral("freq")), file.value(QStringLiteral("byday")),
             file.value(QStringLiteral("valid_from")), file.value(QStringLiteral("valid_to"))});
        if (!problems.isEmpty())
            issue(Severity::Warning, file.name, line, id,
                  QStringLiteral("%1; opening hours will ignore this schedule").arg(problems.join(QStringLiteral("; "))));
    }
}

void TableLoader::insert(FileState& file, qint64 line, const QString& id)
{
    const TableSpec& spec = file.spec;
    db::Statement& statement = file.insert;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const QString& value = file.values.at(i);
        const int parameter = i + 1;
        switch (spec.columns.at(i).type) {
        case FieldType::Text:
            statement.bindOptional(parameter, value);
            break;
        case FieldType::Boolean:
            statement.bind(parameter, checks::parseBoolean(value) ? 1 : 0);
            break;
        case FieldType::Integer:
            if (value.isEmpty() || file.null.at(i))
                statement.bindNull(parameter);
            else
                statement.bind(parameter, *checks::parseInteger(value));
            break;
        case FieldType::Real:
        case FieldType::Latitude:
        case FieldType::Longitude:
            if (value.isEmpty() || file.null.at(i))
                statement.bindNull(parameter);
            else
                statement.bind(parameter, *checks::parseNumber(value));
            break;
        }
    }
    try {
        statement.run();
    } catch (const db::DatabaseError& error) {
        // Every constraint is checked above; should one still fail, lose the record, not the import.
        statement.reset();
        if ((error.sqliteCode() & 0xFF) != kSqliteConstraint)
            throw;
        issue(Severity::Dropped, file.name, line, id, QStringLiteral("rejected by the database: %1").arg(error.message()));
        return;
    }
    if (spec.keyedById)
        m_ids[spec.table].insert(id);
    ++m_rows[spec.table];
}

} // namespace pathways::import
