// Golden outputs: the --json answers of the read commands, recorded before the core API refactor (issue 10),
// must stay byte-identical. Fields that depend on the clock or on the temporary folder are removed first; the
// clock-free ones (open state at a given --open-at) stay. Run with PATHWAYS_UPDATE_GOLDEN=1 to re-record
// after an intended change, and review the diff.
#include "CliRunner.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using pathways::test::runCli;
using pathways::test::TempDir;

namespace {

// The clock decides these: open "now", the data's age, when it was installed (and when each history entry
// happened); and the temporary folders: where the data folder is, where an import came from.
const QStringList kVolatileKeys{QStringLiteral("installed_at"), QStringLiteral("data_dir"),
                                QStringLiteral("data_age_days"), QStringLiteral("when"),
                                QStringLiteral("from")};

QJsonValue withoutVolatile(const QJsonValue& value, bool dropOpen)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(withoutVolatile(item, dropOpen));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (const QString& key : kVolatileKeys)
        object.remove(key);
    if (dropOpen)
        object.remove(QStringLiteral("open"));
    // An import records when it ran; the embedded bundle's creation date is fixed and stays.
    if (object.value(QStringLiteral("origin")) == QLatin1String("import"))
        object.remove(QStringLiteral("created"));
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = withoutVolatile(it.value(), dropOpen);
    return object;
}

QByteArray normalized(const QByteArray& out, bool dropOpen)
{
    const QJsonDocument document = QJsonDocument::fromJson(out);
    const QJsonValue value = withoutVolatile(
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), dropOpen);
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

// Same zone for every run: opening hours are read in the system's zone when a schedule names none.
const QStringList kEnvironment{QStringLiteral("TZ=Europe/Ljubljana")};

QByteArray runNormalized(const QString& dataDir, QStringList arguments)
{
    const bool dropOpen = !arguments.contains(QStringLiteral("--open-at"));
    arguments = QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json")} + arguments;
    const auto result = runCli(arguments, kEnvironment);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return normalized(result.out, dropOpen);
}

// "show-all N": `show` for each of the first N services of the unfiltered listing (every status).
QByteArray showAll(const QString& dataDir, QStringList languageOptions, int count)
{
    const auto listing = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--json"),
                                 QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("all"),
                                 QStringLiteral("--limit"), QString::number(count)},
                                kEnvironment);
    REQUIRE(listing.exitCode == 0);
    QByteArray out;
    for (const QJsonValue& hit : listing.json().array())
        out += runNormalized(dataDir,
                             languageOptions + QStringList{QStringLiteral("show"),
                                                           hit.toObject()[QStringLiteral("id")].toString()});
    return out;
}

QString generatedDataDir(const TempDir& dir)
{
    const QString hsds = dir.file(QStringLiteral("generated-hsds"));
    QProcess generate;
    generate.start(QStringLiteral(PATHWAYS_BENCH),
                   {QStringLiteral("generate"), QStringLiteral("--services"), QStringLiteral("10000"),
                    QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), hsds});
    REQUIRE(generate.waitForFinished(300000));
    REQUIRE(generate.exitCode() == 0);
    const QString data = dir.file(QStringLiteral("generated"));
    const auto imported =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"), hsds,
                QStringLiteral("--publisher"), QStringLiteral("Golden test")},
               kEnvironment);
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return data;
}

QByteArray recordAll(const QString& dataSet, const QString& dataDir)
{
    QFile queries(QStringLiteral(PATHWAYS_GOLDEN_DIR "/queries.txt"));
    REQUIRE(queries.open(QIODevice::ReadOnly));
    QByteArray record;
    const QList<QByteArray> lines = queries.readAll().split('\n');
    for (const QByteArray& line : lines) {
        QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty() || words.first().startsWith(QLatin1Char('#')) || words.takeFirst() != dataSet)
            continue;
        record += "### " + line + '\n';
        QStringList languageOptions;
        while (!words.isEmpty() && words.first() == QLatin1String("--lang")) {
            languageOptions << words.takeFirst();
            languageOptions << words.takeFirst();
        }
        if (words.first() == QLatin1String("show-all"))
            record += showAll(dataDir, languageOptions, words.at(1).toInt());
        else
            record += runNormalized(dataDir, languageOptions + words);
    }
    return record;
}

void compareWithGolden(const QString& dataSet, const QByteArray& actual)
{
    const QString path = QStringLiteral(PATHWAYS_GOLDEN_DIR "/expected-%1.txt").arg(dataSet);
    if (qEnvironmentVariableIsSet("PATHWAYS_UPDATE_GOLDEN")) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        return;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    if (expected == actual)
        return;
    // Name the first command whose answer differs, with both versions of that answer.
    const QList<QByteArray> want = expected.split('\n'), got = actual.split('\n');
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
        ++line;
    QByteArray command;
    for (qsizetype i = line; i >= 0 && command.isEmpty(); --i)
        if (i < want.size() && want.at(i).startsWith("### "))
            command = want.at(i);
    INFO(command.toStdString() << "\nline " << line + 1 << " expected: "
                               << (line < want.size() ? want.at(line).toStdString() : "(end)")
                               << "\n                got: "
                               << (line < got.size() ? got.at(line).toStdString() : "(end)"));
    // A bool, not the two texts: Catch would print 200 KB twice, slowly.
    const bool sameAsRecorded = expected == actual;
    CHECK(sameAsRecorded);
}

} // namespace

TEST_CASE("golden: the read commands answer the embedded directory as recorded")
{
    TempDir dir;
    compareWithGolden(QStringLiteral("embedded"),
                      recordAll(QStringLiteral("embedded"), dir.file(QStringLiteral("data"))));
}

TEST_CASE("golden: the read commands answer a generated 10k directory as recorded")
{
    TempDir dir;
    const QString data = generatedDataDir(dir);
    compareWithGolden(QStringLiteral("generated"), recordAll(QStringLiteral("generated"), data));
}
