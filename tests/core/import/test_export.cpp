// `export --hsds`: the installed directory written as an HSDS 3.0 CSV package reads back into the same
// tables, value for value.
#include "ImportFixture.h"
#include "import/HsdsExporter.h"
#include "import/HsdsTables.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pathways;
using namespace pathways::test;

namespace {

// Every row of every HSDS table, in key order, each value with its SQLite type: what "the same directory"
// means for the round trip.
QStringList contents(db::Connection& db)
{
    QStringList rows;
    for (const import::TableSpec& spec : import::hsdsTableSpecs()) {
        const QString order =
            spec.keyedById ? QStringLiteral("id") : QStringLiteral("entity, id, field, locale");
        auto row = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(spec.table, order));
        while (row.step()) {
            QStringList values;
            for (int i = 0; i < row.columnCount(); ++i) {
                const QVariant value = row.columnValue(i);
                values << (value.isNull()
                               ? QStringLiteral("NULL")
                               : QString::fromLatin1(value.typeName()) + QLatin1Char(':') + value.toString());
            }
            rows << spec.table + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("export --hsds: an exported directory imports back to the same tables")
{
    Fixture first;
    const ImportReport imported = HsdsImporter::importFolder(dataPackage("roundtrip"), first.db);
    INFO(describe(imported));
    REQUIRE_FALSE(imported.hasFatal());
    REQUIRE(imported.count(Severity::Dropped) == 0);
    const QStringList before = contents(first.db);
    REQUIRE(before.size() == 29); // every record of the package, none dropped

    const QString out = first.dir.file(QStringLiteral("export"));
    const auto summary = import::HsdsExporter::write(first.db, out);
    REQUIRE(summary);
    CHECK(summary->rows.value(QStringLiteral("service")) == 2);
    CHECK(summary->rows.value(QStringLiteral("translation")) == 3);
    CHECK(summary->files.constLast() == QStringLiteral("datapackage.json"));

    Fixture second;
    const ImportReport again = HsdsImporter::importFolder(out, second.db);
    INFO(describe(again));
    REQUIRE_FALSE(again.hasFatal());
    CHECK(again.format == QStringLiteral("HSDS 3.0 CSV"));
    CHECK(again.count(Severity::Dropped) == 0);
    CHECK(contents(second.db) == before);
    // Text that needs quoting, decimals and booleans survive as they were.
    CHECK(second.text("SELECT description FROM service WHERE id = 'svc-food'") ==
          QStringLiteral("Weekly parcels.\nBring a bag."));
    CHECK(second.value("SELECT minimum_age FROM service WHERE id = 'svc-food'").toDouble() == 16.5);
    CHECK(second.value("SELECT latitude FROM location WHERE id = 'loc-2'").toDouble() == 46.55472);
    CHECK(second.value("SELECT x_demonstration FROM organization WHERE id = 'org-1'").toInt() == 1);

    // The descriptor names every file with its field types, and a second export is byte-identical.
    const QJsonObject package =
        QJsonDocument::fromJson(readAll(out + QStringLiteral("/datapackage.json"))).object();
    const QJsonArray resources = package.value(QStringLiteral("resources")).toArray();
    CHECK(resources.size() == summary->files.size() - 1);
    const QString out2 = second.dir.file(QStringLiteral("export"));
    REQUIRE(import::HsdsExporter::write(second.db, out2));
    for (const QString& name : summary->files)
        CHECK(readAll(out + QLatin1Char('/') + name) == readAll(out2 + QLatin1Char('/') + name));
}

TEST_CASE("export --hsds never writes into a folder that holds files")
{
    Fixture f;
    REQUIRE_FALSE(HsdsImporter::importFolder(dataPackage("roundtrip"), f.db).hasFatal());
    f.dir.write(QStringLiteral("taken/services.csv"), "id,name\nmine,Mine\n");
    const auto refused = import::HsdsExporter::write(f.db, f.dir.file(QStringLiteral("taken")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("is not empty")));
    CHECK(readAll(f.dir.file(QStringLiteral("taken/services.csv"))) == "id,name\nmine,Mine\n");
}
