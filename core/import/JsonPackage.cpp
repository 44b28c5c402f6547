#include "import/JsonPackage.h"

#include "import/CsvWriter.h"
#include "import/HsdsTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace pathways::import {

namespace {

void finding(ImportReport& report, ImportIssue::Severity severity, const QString& file, const QString& message)
{
    report.issues << ImportIssue{severity, file, 0, {}, message};
}

/// A nested key of an HSDS 3.0 object: the table its records go to and how they link to their parent.
struct Nested
{
    const char* key;
    const char* table;
    const char* childColumn;  ///< the child's column that gets the parent's id, or nullptr
    const char* parentColumn; ///< for a single nested object: the parent's column that gets its id
};

// From the 3.0 JSON schemas (service, organization, location, service_at_location, contact, phone,
// attribute, taxonomy_term); `funding`, `metadata`, `organization_identifiers` have no table here.
const QList<Nested>& nestedOf(const QString& table)
{
    static const QHash<QString, QList<Nested>> kNested = {
        {QStringLiteral("service"),
         {{"organization", "organization", nullptr, "organization_id"},
          {"program", "program", nullptr, "program_id"},
          {"phones", "phone", "service_id", nullptr},
          {"schedules", "schedule", "service_id", nullptr},
          {"service_areas", "service_area", "service_id", nullptr},
          {"service_at_locations", "service_at_location", "service_id", nullptr},
          {"languages", "language", "service_id", nullptr},
          {"cost_options", "cost_option", "service_id", nullptr},
          {"required_documents", "required_document", "service_id", nullptr},
          {"contacts", "contact", "service_id", nullptr},
          {"attributes", "attribute", "link_id", nullptr}}},
        {QStringLiteral("organization"),
         {{"services", "service", "organization_id", nullptr},
          {"locations", "location", "organization_id", nullptr},
          {"phones", "phone", "organization_id", nullptr},
          {"contacts", "contact", "organization_id", nullptr},
          {"programs", "program", "organization_id", nullptr},
          {"attributes", "attribute", "link_id", nullptr}}},
        {QStringLiteral("location"),
         {{"addresses", "address", "location_id", nullptr},
          {"phones", "phone", "location_id", nullptr},
          {"schedules", "schedule", "location_id", nullptr},
          {"languages", "language", "location_id", nullptr},
          {"accessibility", "accessibility", "location_id", nullptr},
          {"contacts", "contact", "location_id", nullptr},
          {"attributes", "attribute", "link_id", nullptr}}},
        {QStringLiteral("service_at_location"),
         {{"service", "service", nullptr, "service_id"},
          {"location", "location", nullptr, "location_id"},
          {"phones", "phone", "service_at_location_id", nullptr},
          {"schedules", "schedule", "service_at_location_id", nullptr},
          {"contacts", "contact", "service_at_location_id", nullptr},
          {"attributes", "attribute", "link_id", nullptr}}},
        {QStringLiteral("contact"), {{"phones", "phone", "contact_id", nullptr}}},
        {QStringLiteral("phone"), {{"languages", "language", "phone_id", nullptr}}},
        {QStringLiteral("attribute"), {{"taxonomy_term", "taxonomy_term", nullptr, "taxonomy_term_id"}}},
        {QStringLiteral("taxonomy_term"), {{"taxonomy_detail", "taxonomy", nullptr, "taxonomy_id"}}},
    };
    static const QList<Nested> kNone;
    const auto found = kNested.constFind(table);
    return found == kNested.cend() ? kNone : *found;
}

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

// The kind of a top-level record: an organisation carries its services, a service_at_location its
// location; anything else is taken for a service.
QString kindOf(const QJsonObject& object, const QString& fileName)
{
    if (object.value(QLatin1StringView("services")).isArray() ||
        fileName.startsWith(QLatin1StringView("organization")))
        return QStringLiteral("organization");
    if (object.value(QLatin1StringView("location")).isObject() && object.contains(QLatin1StringView("service")))
        return QStringLiteral("service_at_location");
    return QStringLiteral("service");
}

} // namespace

bool JsonPackage::isJson(const QString& path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return info.suffix().compare(QLatin1StringView("json"), Qt::CaseInsensitive) == 0;
    if (!info.isDir())
        return false;
    const QDir dir(path);
    return !dir.exists(QStringLiteral("datapackage.json")) &&
           dir.entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty() &&
           !dir.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
}

bool JsonPackage::convert(const QString& path, const QString& csvFolder, ImportReport& report)
{
    JsonPackage package;
    QStringList files;
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
    } else {
        files << path;
    }
    for (const QString& file : std::as_const(files)) {
        const QString name = QFileInfo(file).fileName();
        if (QFileInfo(file).isSymLink()) {
            finding(report, ImportIssue::Severity::Warning, name, QStringLiteral("a symbolic link: refused, not read"));
            continue;
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            finding(report, ImportIssue::Severity::Fatal, name, QStringLiteral("cannot be read: %1").arg(in.errorString()));
            continue;
        }
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
        if (document.isNull()) {
            finding(report, ImportIssue::Severity::Fatal, name,
                    QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
            continue;
        }
        package.readDocument(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                             name, report);
    }
    if (report.hasFatal())
        return false;
    report.format = QStringLiteral("HSDS 3.0 JSON");
    report.notes << QStringLiteral("read %1 JSON record(s) from %2 file(s)").arg(package.m_documents).arg(files.size());
    return package.write(csvFolder, report);
}

void JsonPackage::readDocument(const QJsonValue& document, const QString& fileName, ImportReport& report)
{
    QJsonArray items;
    if (document.isArray()) {
        items = document.toArray();
    } else if (document.toObject().value(QLatin1StringView("contents")).isArray()) {
        const QJsonObject page = document.toObject();
        items = page.value(QLatin1StringView("contents")).toArray();
        const int total = page.value(QLatin1StringView("total_items")).toInt(-1);
        if (total > items.size())
            finding(report, ImportIssue::Severity::Warning, fileName,
                    QStringLiteral("one page (page %1 of %2) of a list of %3: only its %4 record(s) are imported")
                        .arg(page.value(QLatin1StringView("page_number")).toInt())
                        .arg(page.value(QLatin1StringView("total_pages")).toInt())
                        .arg(total)
                        .arg(items.size()));
    } else {
        items.append(document);
    }
    for (const QJsonValue& item : std::as_const(items)) {
        if (!item.isObject())
            continue;
        add(kindOf(item.toObject(), fileName), item.toObject(), {});
        ++m_documents;
    }
    // Keys that are neither a column nor a nested table: said once per table, as for CSV columns.
    for (auto it = m_tables.begin(); it != m_tables.end(); ++it) {
        if (it->unknownKeys.isEmpty())
            continue;
        QStringList keys(it->unknownKeys.cbegin(), it->unknownKeys.cend());
        keys.sort();
        finding(report, ImportIssue::Severity::Warning, fileName,
                QStringLiteral("%1: %2 key(s) not kept: %3").arg(it.key()).arg(keys.size()).arg(keys.join(QStringLiteral(", "))));
        it->unknownKeys.clear();
    }
}

QString JsonPackage::add(const QString& table, const QJsonObject& object, const QHash<QString, QString>& links)
{
    const TableSpec* spec = findTableSpec(table);
    const QList<Nested>& nested = nestedOf(table);
    QHash<QString, QString> row = links;
    Table& rows = m_tables[table];
    QStringList columns;
    for (const ColumnSpec& column : spec->columns)
        columns << column.name;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (columns.contains(it.key()) && !it->isObject() && !it->isArray()) {
            if (!row.contains(it.key()) || row.value(it.key()).isEmpty())
                row.insert(it.key(), scalarText(*it));
            continue;
        }
        const bool isNested = std::any_of(nested.cbegin(), nested.cend(),
                                          [&](const Nested& n) { return it.key() == QLatin1StringView(n.key); });
        static const QStringList kNoTable = {QStringLiteral("funding"), QStringLiteral("metadata"),
                                             QStringLiteral("organization_identifiers")};
        if (!isNested && !kNoTable.contains(it.key()) && !it->isNull())
            rows.unknownKeys.insert(it.key());
    }
    const QString id = row.value(QStringLiteral("id"));
    // A record nested in several parents (the organisation of each of its services, a program in its
    // service and in its organisation) is kept once, with the links each parent gives it.
    if (const auto seen = rows.rowOfId.constFind(id); !id.isEmpty() && seen != rows.rowOfId.cend()) {
        QHash<QString, QString>& existing = rows.rows[*seen];
        for (auto it = links.cbegin(); it != links.cend(); ++it) {
            if (existing.value(it.key()).isEmpty())
                existing.insert(it.key(), it.value());
        }
        return id;
    }
    // The row is in place before anything nested is read, so that a record nested inside its own
    // descendants (a service inside its organisation inside the service) finds it.
    const qsizetype index = rows.rows.size();
    if (!id.isEmpty())
        rows.rowOfId.insert(id, index);
    rows.rows << row;
    // Single nested objects: their ids are columns of this row. (m_tables may grow while they are read,
    // so `rows` is not used past here.)
    for (const Nested& n : nested) {
        const QJsonValue value = object.value(QLatin1StringView(n.key));
        if (n.parentColumn && value.isObject()) {
            const QString childId = add(QString::fromLatin1(n.table), value.toObject(), {});
            QString& column = m_tables[table].rows[index][QString::fromLatin1(n.parentColumn)];
            if (!childId.isEmpty() && column.isEmpty())
                column = childId;
        }
    }
    for (const Nested& n : nested) {
        const QJsonValue value = object.value(QLatin1StringView(n.key));
        if (n.childColumn && value.isArray()) {
            QHash<QString, QString> childLinks{{QString::fromLatin1(n.childColumn), id}};
            if (QLatin1StringView(n.table) == QLatin1StringView("attribute"))
                childLinks.insert(QStringLiteral("link_entity"), table);
            for (const QJsonValue& child : value.toArray()) {
                if (child.isObject())
                    add(QString::fromLatin1(n.table), child.toObject(), childLinks);
            }
        }
    }
    return id;
}

bool JsonPackage::write(const QString& folder, ImportReport& report) const
{
    const QDir dir(folder);
    for (const TableSpec& spec : hsdsTableSpecs()) {
        const auto table = m_tables.constFind(spec.table);
        if (table == m_tables.cend() || table->rows.isEmpty())
            continue;
        QStringList header;
        for (const ColumnSpec& column : spec.columns)
            header << column.name;
        const QByteArray csv = CsvWriter::table(header, table->rows);
        QSaveFile out(dir.filePath(spec.fileName));
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit()) {
            finding(report, ImportIssue::Severity::Fatal, spec.fileName,
                    QStringLiteral("cannot write a scratch file: %1").arg(out.errorString()));
            return false;
        }
    }
    return true;
}

} // namespace pathways::import
