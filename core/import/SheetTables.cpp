#include "import/SheetTables.h"

#include "import/CsvWriter.h"
#include "import/HsdsTables.h"
#include "search/TaxonomyNames.h"

#include <QDir>
#include <QSaveFile>

namespace pathways::import {

void SheetTables::add(const QString& table, const Row& row)
{
    m_rowOfId[table].insert(row.value(QStringLiteral("id")), m_tables[table].size());
    m_tables[table] << row;
}

bool SheetTables::has(const QString& table, const QString& id) const
{
    return m_rowOfId.value(table).contains(id);
}

SheetTables::Row& SheetTables::row(const QString& table, const QString& id)
{
    return m_tables[table][m_rowOfId[table].value(id)];
}

void SheetTables::tag(const QString& serviceId, const QString& kind, const QString& code,
                      const QString& ownName)
{
    const QString taxonomy = (code.isEmpty() ? QStringLiteral("sheet-") : QStringLiteral("pathways-")) + kind;
    const QString taxonomyId = QStringLiteral("tax-") + taxonomy;
    if (!has(QStringLiteral("taxonomy"), taxonomyId))
        add(QStringLiteral("taxonomy"),
            {{QStringLiteral("id"), taxonomyId}, {QStringLiteral("name"), taxonomy}});
    // Pathways' terms keep the ids the embedded directory gives them (docs/taxonomy.md).
    const QString termId = code.isEmpty()
                               ? QStringLiteral("term-sheet-%1-%2").arg(kind, slug(ownName))
                               : (kind == QLatin1StringView("category") ? QStringLiteral("term-cat-")
                                                                        : QStringLiteral("term-aud-")) +
                                     code;
    if (!has(QStringLiteral("taxonomy_term"), termId)) {
        const QStringList names = code.isEmpty() ? QStringList{ownName} : search::builtInTermNames(code);
        add(QStringLiteral("taxonomy_term"), {{QStringLiteral("id"), termId},
                                              {QStringLiteral("code"), code},
                                              {QStringLiteral("name"), names.value(0)},
                                              {QStringLiteral("taxonomy"), taxonomy},
                                              {QStringLiteral("taxonomy_id"), taxonomyId}});
        const QStringList locales = {QStringLiteral("sl"), QStringLiteral("uk")};
        for (int i = 0; i < locales.size() && i + 1 < names.size(); ++i)
            add(QStringLiteral("translation"), {{QStringLiteral("entity"), QStringLiteral("taxonomy_term")},
                                                {QStringLiteral("id"), termId},
                                                {QStringLiteral("field"), QStringLiteral("name")},
                                                {QStringLiteral("locale"), locales.at(i)},
                                                {QStringLiteral("value"), names.at(i + 1)}});
    }
    const QString attributeId = serviceId + QLatin1Char('/') + termId;
    if (!has(QStringLiteral("attribute"), attributeId))
        add(QStringLiteral("attribute"), {{QStringLiteral("id"), attributeId},
                                          {QStringLiteral("link_id"), serviceId},
                                          {QStringLiteral("taxonomy_term_id"), termId},
                                          {QStringLiteral("link_type"), kind},
                                          {QStringLiteral("link_entity"), QStringLiteral("service")}});
}

bool SheetTables::write(const QString& folder, ImportReport& report) const
{
    const QDir dir(folder);
    for (const TableSpec& spec : hsdsTableSpecs()) {
        const auto table = m_tables.constFind(spec.table);
        if (table == m_tables.cend() || table->isEmpty())
            continue;
        QStringList header;
        for (const ColumnSpec& column : spec.columns)
            header << column.name;
        const QByteArray csv = CsvWriter::table(header, *table);
        QSaveFile out(dir.filePath(spec.fileName));
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
            report.issues << ImportIssue{
                ImportIssue::Severity::Fatal,
                spec.fileName,
                0,
                {},
                QStringLiteral("cannot write a scratch file: %1").arg(out.errorString())};
            return false;
        }
    }
    return true;
}

QString SheetTables::slug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(60);
}

} // namespace pathways::import
