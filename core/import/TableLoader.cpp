#include "import/TableLoader.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "import/CsvReader.h"
#include "import/FieldChecks.h"
#include "import/TableFile.h"
#include "import/TablePipeline.h"

#include <optional>

namespace pathways::import {

namespace {

const QChar kKeySeparator(0x1F); // cannot occur in a CSV field we keep: joins translation key parts

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

TableLoader::TableLoader(db::Connection& target, ImportReport& report)
    : m_db(target), m_report(report), m_checks(report)
{
}

void TableLoader::issue(Severity severity, const QString& file, qint64 line, const QString& id,
                        const QString& message)
{
    m_report.issues << ImportIssue{severity, file, line, id, message};
}

const QSet<QString>* TableLoader::idsOf(const QString& table) const
{
    const auto found = m_ids.find(table);
    return found == m_ids.end() ? nullptr : &found->second;
}

bool TableLoader::load(const TableSpec& spec, const QString& path, const QString& fileName,
                       FileVariant variant)
{
    CsvReader reader;
    if (!reader.open(path)) {
        issue(Severity::Fatal, fileName, reader.errorLine(), {}, reader.error());
        return false;
    }
    TableFile file(spec, fileName, m_db.prepare(insertSql(spec)));
    file.variant = variant;
    file.implied.resize(spec.columns.size());
    for (const auto& [column, value] : impliedValues(variant)) {
        if (const int index = file.column(column); index >= 0)
            file.implied[index] = value;
    }
    file.mergesIntoTable = m_rows.contains(spec.table);
    if (file.mergesIntoTable)
        file.idPrefix = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0) + QLatin1Char('/');
    if (spec.table == QLatin1StringView("schedule"))
        file.kind = TableFile::Kind::Schedule;
    else if (spec.table == QLatin1StringView("attribute"))
        file.kind = TableFile::Kind::Attribute;
    else if (spec.table == QLatin1StringView("translation"))
        file.kind = TableFile::Kind::Translation;
    file.values.resize(spec.columns.size());
    file.null.resize(spec.columns.size());
    file.number.resize(spec.columns.size());
    file.integer.resize(spec.columns.size());
    const char* const scheduleFields[] = {"opens_at",   "closes_at", "freq",      "byday",
                                          "valid_from", "valid_to",  "bymonthday", "byweekno",
                                          "byyearday",  "dtstart",   "description"};
    for (int i = 0; i < TableFile::ScheduleFieldCount && file.kind == TableFile::Kind::Schedule; ++i)
        file.schedule[i] = file.column(QLatin1StringView(scheduleFields[i]));
    const Header header = readHeader(file, reader);
    if (header != Header::Read)
        return header == Header::Empty;
    file.ownIds = &m_ids[spec.table];
    if (!m_rows.contains(spec.table))
        m_rows.insert(spec.table, 0);
    resolveReferences(file);

    loadRecords(file, reader);

    // References within the table (a parent organization, a parent term) can point further down the file.
    for (const TableFile::SelfReference& reference : std::as_const(file.selfReferences)) {
        if (!file.ownIds->contains(reference.value))
            issue(Severity::Warning, fileName, reference.line, reference.id,
                  QStringLiteral("%1 \"%2\" matches no %3")
                      .arg(reference.spec->column, reference.value, spec.table));
    }
    return true;
}

TableLoader::Header TableLoader::readHeader(TableFile& file, CsvReader& reader)
{
    CsvReader::Record header;
    QString problem;
    const CsvReader::Result result = reader.next(header, problem);
    // Only services.csv is indispensable: a problem with the header of another file loses that file.
    const bool indispensable = file.spec.table == QLatin1StringView("service");
    const Severity headerSeverity = indispensable ? Severity::Fatal : Severity::Warning;
    const QString skipped = indispensable ? QString() : QStringLiteral("; the file is not imported");
    if (result == CsvReader::Result::Skipped) {
        issue(headerSeverity, file.name, header.line, {},
              QStringLiteral("the header cannot be read: %1%2").arg(problem, skipped));
        return indispensable ? Header::Fatal : Header::Empty;
    }
    if (result == CsvReader::Result::End) {
        // Some exporters write an empty file for an empty table; nothing to import, nothing lost.
        issue(Severity::Warning, file.name, 0, {},
              QStringLiteral("the file is empty; nothing imported from it"));
        return Header::Empty;
    }
    QHash<QString, int> index; // column name -> position; matched by name, so any order works
    QStringList names;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (index.contains(name)) {
            issue(Severity::Warning, file.name, header.line, {},
                  QStringLiteral("column \"%1\" appears twice; the first one is used").arg(name));
        } else {
            index.insert(name, i);
            names << name;
        }
    }
    const TableSpec& spec = file.spec;
    // Older HSDS names (url, term, language, weekday, ...) stand in for a 3.0 column the file lacks.
    QSet<QString> aliased;
    for (const auto& [old, current] : legacyColumns(spec.table)) {
        if (!index.contains(old) || index.contains(current))
            continue;
        index.insert(current, index.value(old));
        aliased.insert(old);
        m_legacyColumns = true;
        m_report.notes << QStringLiteral("%1: column %2 read as %3").arg(file.name, old, current);
        file.splitLanguage = file.splitLanguage || (spec.table == QLatin1StringView("language") &&
                                                    old == QLatin1StringView("language"));
        file.weekdays = file.weekdays || old == QLatin1StringView("weekday");
    }
    if (file.variant == FileVariant::HolidaySchedule)
        file.closedSource = index.value(QStringLiteral("closed"), -1);
    if (!index.contains(QStringLiteral("id"))) {
        if (spec.derivesMissingIds) {
            issue(Severity::Warning, file.name, header.line, {},
                  QStringLiteral("the header has no \"id\" column: every record gets a derived id"));
        } else {
            issue(headerSeverity, file.name, header.line, {},
                  QStringLiteral("the header has no \"id\" column%1").arg(skipped));
            return indispensable ? Header::Fatal : Header::Empty;
        }
    }
    file.headerSize = header.fields.size();
    file.idColumn = file.column(QStringLiteral("id"));
    QStringList kept;
    for (int i = 0; i < spec.columns.size(); ++i) {
        file.source << index.value(spec.columns.at(i).name, -1);
        kept << spec.columns.at(i).name;
        if (spec.columns.at(i).type != FieldType::Text)
            file.typed << i;
    }
    // Said once per file, so that a column the publisher relies on does not vanish without a word.
    QStringList unknown;
    for (const QString& name : std::as_const(names)) {
        if (!kept.contains(name) && !aliased.contains(name) && name != QLatin1StringView("closed"))
            unknown << (name.isEmpty() ? QStringLiteral("(unnamed)") : name);
    }
    if (!unknown.isEmpty())
        issue(Severity::Warning, file.name, header.line, {},
              QStringLiteral("%1 column(s) not kept: %2")
                  .arg(unknown.size())
                  .arg(unknown.join(QStringLiteral(", "))));
    for (const QString& column : spec.essential) {
        file.essential << file.column(column);
        if (!index.contains(column))
            issue(
                Severity::Warning, file.name, header.line, {},
                QStringLiteral("the header has no \"%1\" column: every record will be dropped").arg(column));
    }
    for (const QString& column : spec.required)
        file.required << file.column(column);
    return Header::Read;
}

void TableLoader::resolveReferences(TableFile& file)
{
    for (const ReferenceSpec& reference : file.spec.references) {
        TableFile::Link link;
        link.column = file.column(reference.column);
        link.spec = &reference;
        link.self = reference.target == file.spec.table;
        link.targetIds = idsOf(reference.target);
        file.links << link;
    }
}

void TableLoader::loadRecord(TableFile& file, qint64 line, const QStringList& fields)
{
    const TableSpec& spec = file.spec;
    for (int i = 0; i < spec.columns.size(); ++i) {
        const int source = file.source.at(i);
        file.values[i] = source >= 0 && source < fields.size() ? fields.at(source).trimmed() : file.implied.at(i);
        file.null[i] = false;
    }
    ++file.recordNumber;
    if (file.closedSource >= 0)
        file.closedValue = file.closedSource < fields.size() ? fields.at(file.closedSource).trimmed() : QString();
    QString id = file.values.at(file.idColumn);
    if (fields.size() != file.headerSize) {
        issue(Severity::Dropped, file.name, line, id,
              QStringLiteral("the record has %1 fields but the header has %2")
                  .arg(fields.size())
                  .arg(file.headerSize));
        return;
    }
    if (id.isEmpty() && spec.derivesMissingIds) {
        id = m_checks.deriveId(file, line);
        file.values[file.idColumn] = id;
    }
    if (id.isEmpty()) {
        issue(Severity::Dropped, file.name, line, {}, QStringLiteral("the record has no id"));
        return;
    }
    if (file.mergesIntoTable) {
        // Ids of different files of one table (physical and postal addresses) are often both "1", "2", ...
        if (file.ownIds->contains(id) && !file.fileIds.contains(id))
            id = file.idPrefix + id;
        file.values[file.idColumn] = id;
        file.fileIds.insert(id);
    }
    if (spec.keyedById && file.ownIds->contains(id)) {
        issue(Severity::Dropped, file.name, line, id,
              QStringLiteral("duplicate id; the first record with it was kept"));
        return;
    }
    if (!m_checks.applyVariant(file, line, id))
        return;
    QStringList missing;
    for (const int column : std::as_const(file.essential)) {
        if (file.values.at(column).isEmpty())
            missing << spec.columns.at(column).name;
    }
    if (!missing.isEmpty()) {
        issue(Severity::Dropped, file.name, line, id,
              QStringLiteral("missing required %1").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    if (!checkReferences(file, line, id))
        return;
    if (file.kind == TableFile::Kind::Schedule && !m_checks.checkScheduleHours(file, line, id))
        return;
    for (const int column : std::as_const(file.required)) {
        if (file.values.at(column).isEmpty())
            missing << spec.columns.at(column).name;
    }
    if (!missing.isEmpty())
        issue(Severity::Warning, file.name, line, id,
              QStringLiteral("missing %1, which HSDS requires").arg(missing.join(QStringLiteral(", "))));
    m_checks.checkValues(file, line, id);
    TablePipeline::prepare(file, line, id);
    // Booked now, so that later records of this file see the id as taken; loadRecords() takes it back
    // should SQLite refuse the row after all.
    if (spec.keyedById)
        file.ownIds->insert(id);
    ++m_rows[spec.table];
}

void TableLoader::loadRecords(TableFile& file, CsvReader& reader)
{
    TablePipeline::run(
        file, reader, [&](qint64 line, const QStringList& fields) { loadRecord(file, line, fields); },
        [&](qint64 line, const QString& problem) { issue(Severity::Dropped, file.name, line, {}, problem); });
    // Both threads are done: now the refusals can be booked.
    for (const TableFile::Failure& failure : std::as_const(file.failures)) {
        if (file.spec.keyedById)
            file.ownIds->remove(failure.id);
        --m_rows[file.spec.table];
        issue(Severity::Dropped, file.name, failure.line, failure.id,
              QStringLiteral("rejected by the database: %1").arg(failure.message));
    }
}

// Reports dangling references; returns false when the record is dropped because of one.
bool TableLoader::checkReferences(TableFile& file, qint64 line, const QString& id)
{
    const auto dangling = [&](const QString& column, const QString& value, const QString& target) {
        return QStringLiteral("%1 \"%2\" matches no %3").arg(column, value, target);
    };
    for (TableFile::Link& link : file.links) {
        const QString& value = file.values.at(link.column);
        if (value.isEmpty())
            continue;
        if (link.self) {
            file.selfReferences << TableFile::SelfReference{line, id, link.spec, value};
            continue;
        }
        if (!link.targetIds && !link.spec->dropWhenMissing) {
            // Without the target's file every reference would dangle: say so once, not per record.
            if (!link.reported)
                issue(Severity::Warning, file.name, 0, {},
                      QStringLiteral("%1 refers to %2, but the package has no %2 file; not checked")
                          .arg(link.spec->column, link.spec->target));
            link.reported = true;
            continue;
        }
        if (link.targetIds && link.targetIds->contains(value))
            continue;
        if (link.spec->dropWhenMissing) {
            issue(Severity::Dropped, file.name, line, id,
                  dangling(link.spec->column, value, link.spec->target));
            return false;
        }
        issue(Severity::Warning, file.name, line, id, dangling(link.spec->column, value, link.spec->target));
    }

    if (file.kind == TableFile::Kind::Attribute) {
        // link_entity names the table link_id points into; an entity we do not know is not checked.
        const QString entity = file.value("link_entity");
        const QString linkId = file.value("link_id");
        const QSet<QString>* ids = idsOf(entity);
        if (ids && entity != QLatin1StringView("translation") && !ids->contains(linkId))
            issue(Severity::Warning, file.name, line, id,
                  dangling(QStringLiteral("link_id"), linkId, entity));
    } else if (file.kind == TableFile::Kind::Translation) {
        const QString entity = file.value("entity");
        const TableSpec* target = findTableSpec(entity);
        if (!target || !target->keyedById || target->table != entity) {
            issue(Severity::Dropped, file.name, line, id,
                  QStringLiteral("entity \"%1\" is not an HSDS table name such as service or organization")
                      .arg(entity));
            return false;
        }
        const QString key =
            QStringList{entity, id, file.value("field"), file.value("locale")}.join(kKeySeparator);
        if (file.translationKeys.contains(key)) {
            issue(
                Severity::Dropped, file.name, line, id,
                QStringLiteral("duplicate translation of this field to this locale; the first one was kept"));
            return false;
        }
        file.translationKeys.insert(key);
        const QSet<QString>* ids = idsOf(entity);
        if (!ids)
            issue(Severity::Warning, file.name, line, id,
                  QStringLiteral("translates a %1, but the package has no %1 file").arg(entity));
        else if (!ids->contains(id))
            issue(Severity::Warning, file.name, line, id, dangling(QStringLiteral("id"), id, entity));
    }
    return true;
}

} // namespace pathways::import
