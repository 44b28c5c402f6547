// Progress on a terminal: a bar with counts and the phase while an import or a bundle build runs, nothing
// when stderr is not a terminal or with --quiet. The terminal is a real pseudo-terminal (util-linux
// `script`), so the CLI's own isatty() decides, as for a user.
#include "support/TempDir.h"

#include <QProcess>
#include <catch2/catch.hpp>

using namespace pathways::test;

namespace {

// Runs pathways-cli with `arguments` (no spaces inside them) on a pseudo-terminal; everything it wrote.
QByteArray onTerminal(const QStringList& arguments)
{
    QProcess script;
    script.start(QStringLiteral("script"),
                 {QStringLiteral("-qec"), QStringLiteral(PATHWAYS_CLI " ") + arguments.join(QLatin1Char(' ')),
                  QStringLiteral("/dev/null")});
    REQUIRE(script.waitForFinished(120000));
    REQUIRE(script.exitCode() == 0);
    return script.readAllStandardOutput();
}

} // namespace

TEST_CASE("cli progress: a bar with counts and phases on a terminal, none with --quiet")
{
    TempDir dir;
    const QString package = QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/roundtrip");
    const QByteArray shown = onTerminal({QStringLiteral("--data-dir"), dir.file(QStringLiteral("a")),
                                         QStringLiteral("import"), QStringLiteral("--hsds"), package});
    INFO(shown.toStdString());
    CHECK(shown.contains("\r[")); // drawn in place
    CHECK(shown.contains(" kB  reading services.csv"));
    CHECK(shown.contains("reading translations.csv"));
    CHECK(shown.contains("building the search index"));
    CHECK(shown.contains("\r\033[K")); // and cleared before the summary
    CHECK(shown.contains("Imported 2 services"));

    const QByteArray quiet =
        onTerminal({QStringLiteral("--data-dir"), dir.file(QStringLiteral("b")), QStringLiteral("import"),
                    QStringLiteral("--hsds"), package, QStringLiteral("--quiet")});
    CHECK_FALSE(quiet.contains("reading services.csv"));
    CHECK(quiet.contains("Imported 2 services"));

    const QByteArray exported =
        onTerminal({QStringLiteral("--data-dir"), dir.file(QStringLiteral("a")), QStringLiteral("export"),
                    QStringLiteral("--hsds"), dir.file(QStringLiteral("out"))});
    CHECK(exported.contains("tables  writing services.csv"));
}

TEST_CASE("cli progress: sync shows the install's phases on a terminal, none with --quiet or --json")
{
    TempDir dir;
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    onTerminal({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--secret"), key,
                QStringLiteral("--public"), pub, QStringLiteral("--unencrypted")});
    const auto build = [&](int sequence) {
        const QString out = dir.file(QStringLiteral("b%1.pathways").arg(sequence));
        onTerminal({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"),
                    QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds"), QStringLiteral("--sequence"),
                    QString::number(sequence), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                    QStringLiteral("--publisher"), QStringLiteral("Coordinator"), QStringLiteral("--secret"),
                    key, QStringLiteral("--out"), out});
        return out;
    };
    for (const char* data : {"a", "b", "c"})
        dir.write(QStringLiteral("%1/trusted-keys/coordinator.pub").arg(QLatin1String(data)), readFile(pub));

    const QByteArray shown = onTerminal(
        {QStringLiteral("--data-dir"), dir.file(QStringLiteral("a")), QStringLiteral("sync"), build(1)});
    INFO(shown.toStdString());
    CHECK(shown.contains("\r[")); // a bar drawn in place
    CHECK(shown.contains("/5 steps  verifying the bundle"));
    CHECK(shown.contains("checking the content and what changes"));
    CHECK(shown.contains("5/5 steps  installing"));
    CHECK(shown.contains("\r\033[K")); // cleared before the summary
    CHECK(shown.contains("Installed Coordinator sequence 1"));

    // A preview has no install phase; it says what it compares.
    const QByteArray preview = onTerminal({QStringLiteral("--data-dir"), dir.file(QStringLiteral("a")),
                                           QStringLiteral("sync"), build(2), QStringLiteral("--dry-run")});
    CHECK(preview.contains("4/4 steps  comparing the changed services"));
    CHECK_FALSE(preview.contains("installing"));
    CHECK(preview.contains("Nothing was installed"));

    const QByteArray quiet = onTerminal({QStringLiteral("--data-dir"), dir.file(QStringLiteral("b")),
                                         QStringLiteral("sync"), build(3), QStringLiteral("--quiet")});
    CHECK_FALSE(quiet.contains("steps"));
    CHECK(quiet.contains("Installed Coordinator sequence 3"));
    const QByteArray json = onTerminal({QStringLiteral("--data-dir"), dir.file(QStringLiteral("c")),
                                        QStringLiteral("--json"), QStringLiteral("sync"), build(4)});
    CHECK_FALSE(json.contains("steps"));
    CHECK(json.contains("\"installed\": true"));
}
