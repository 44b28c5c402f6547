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
