#pragma once

// What the importer's tests share: a package folder and a migrated target database in one scratch folder,
// and finding the report's issues.

#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/DirectorySchema.h"
#include "import/HsdsImporter.h"
#include "support/TempDir.h"

#include <QVariant>
#include <catch2/catch.hpp>

namespace pathways::test {

using import::HsdsImporter;
using import::ImportIssue;
using import::ImportReport;
using Severity = ImportIssue::Severity;


/// A package folder and a migrated target database, both in one scratch folder.
struct Fixture
{
    TempDir dir;
    db::Connection db{dir.file(QStringLiteral("directory.sqlite"))};

    Fixture() { REQUIRE(directory::migrateDirectorySchema(db)); }

    void write(const char* name, const QByteArray& content) const
    {
        dir.write(QStringLiteral("package/") + QString::fromUtf8(name), content);
    }
    QString package() const { return dir.file(QStringLiteral("package")); }
    ImportReport run() { return HsdsImporter::importFolder(package(), db); }

    QVariant value(const char* sql)
    {
        auto statement = db.prepare(QString::fromUtf8(sql));
        return statement.step() ? statement.columnValue(0) : QVariant();
    }
    QString text(const char* sql) { return value(sql).toString(); }
    qint64 count(const char* table)
    {
        return db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromUtf8(table)));
    }
};

/// The issues of `report` with `severity` in `file` whose message contains `words`.
inline QList<ImportIssue> find(const ImportReport& report, Severity severity, const char* file,
                        const char* words = "")
{
    QList<ImportIssue> found;
    for (const ImportIssue& issue : report.issues) {
        if (issue.severity == severity && issue.file == QString::fromUtf8(file) &&
            issue.message.contains(QString::fromUtf8(words)))
            found << issue;
    }
    return found;
}

inline std::string describe(const ImportReport& report)
{
    return report.toLines().join(QLatin1Char('\n')).toStdString();
}

/// The folder of a fixture package under tests/data/import.
inline QString dataPackage(const char* name)
{
    return QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/") + QString::fromUtf8(name);
}

} // namespace pathways::test
