// `bundle build` takes any shape `import` reads (HSDS 1.x/2.0 CSV, HSDS 3.0 JSON, a .zip, a one-sheet CSV):
// the bundle carries the HSDS 3.0 tables they import to, and installs on a laptop like any other.
#include "BundleCliRunner.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace pathways;
using pathways::test::cli;
using pathways::test::Run;

namespace {

const QString kData = QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/");

QStringList searchIds(const QString& data)
{
    const Run all = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                         QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QStringList ids;
    for (const QJsonValue& hit : QJsonDocument::fromJson(all.out).array())
        ids << hit.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

// The services `import` makes of the same source: what the bundle must install.
QStringList importedIds(const test::TempDir& dir, const QString& option, const QString& source)
{
    const QString data = dir.file(QStringLiteral("imported"));
    REQUIRE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), option, source}).exitCode ==
            0);
    return searchIds(data);
}

} // namespace

TEST_CASE("cli: bundle build from HSDS 2.0 CSV, HSDS 3.0 JSON, a zip with JSON in a folder, and a sheet")
{
    test::TempDir dir;
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--secret"), key,
                 QStringLiteral("--public"), pub, QStringLiteral("--unencrypted")})
                .exitCode == 0);
    // A zip that holds its JSON files in a folder, as an API dump is often shipped.
    const QString zip = dir.file(QStringLiteral("api-dump.zip"));
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile, os\n"
                                 "z = zipfile.ZipFile(sys.argv[1], 'w')\n"
                                 "for n in sorted(os.listdir(sys.argv[2])):\n"
                                 "    z.write(os.path.join(sys.argv[2], n), 'api-dump/' + n)\n"),
                  zip, kData + QStringLiteral("hsds-3.0-json/folder")});
    REQUIRE(python.waitForFinished());
    REQUIRE(python.exitCode() == 0);

    const struct
    {
        const char* option;
        QString source;
        const char* readAs;
    } shapes[] = {
        {"--hsds", kData + QStringLiteral("hsds-2.0-clean"), "HSDS 1.x CSV"},
        {"--hsds", kData + QStringLiteral("hsds-3.0-json/folder"), "HSDS 3.0 JSON"},
        {"--hsds", zip, "HSDS 3.0 JSON"},
        {"--sheet", kData + QStringLiteral("sheet/sheet-sl.csv"), "Pathways one-sheet CSV"},
    };
    quint64 sequence = 1;
    for (const auto& shape : shapes) {
        INFO(shape.source.toStdString());
        const QString bundle = dir.file(QStringLiteral("b%1.pathways").arg(sequence));
        const Run built =
            cli({QStringLiteral("bundle"), QStringLiteral("build"), QString::fromLatin1(shape.option),
                 shape.source, QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                 QStringLiteral("--publisher"), QStringLiteral("Shapes Test"), QStringLiteral("--secret"),
                 key, QStringLiteral("--sequence"), QString::number(sequence), QStringLiteral("--out"),
                 bundle, QStringLiteral("--payload"), QStringLiteral("csv")});
        INFO(built.err.toStdString());
        REQUIRE(built.exitCode == 0);
        CHECK(built.err.contains(
            QByteArray(QByteArray("read as ") + shape.readAs + " and converted to HSDS 3.0 CSV")));
        CHECK_FALSE(built.err.contains("not an HSDS file name"));

        const QString data = dir.file(QStringLiteral("laptop%1").arg(sequence));
        dir.write(QStringLiteral("laptop%1/trusted-keys/k.pub").arg(sequence), test::readFile(pub));
        const Run synced = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), bundle});
        INFO(synced.err.toStdString());
        REQUIRE(synced.exitCode == 0);
        const QStringList installed = searchIds(data);
        CHECK_FALSE(installed.isEmpty());
        test::TempDir other;
        CHECK(installed == importedIds(other, QString::fromLatin1(shape.option), shape.source));
        ++sequence;
    }
    // Both or neither of --hsds and --sheet: one line, exit 1.
    const Run neither = cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--sequence"),
                             QStringLiteral("1")});
    CHECK(neither.exitCode == 1);
    CHECK(neither.err.contains("bundle build needs --hsds PATH or --sheet FILE.csv"));
}
