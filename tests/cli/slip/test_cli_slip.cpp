// `pathways-cli referral-slip`: the real binary on a data folder holding the fictional slip directory.
#include "CliRunner.h"
#include "support/PdfTools.h"
#include "support/TempDir.h"

#include <QDirIterator>
#include <QFile>
#include <catch2/catch.hpp>

using namespace pathways;
namespace pdf = pathways::test::pdf;

namespace {

/// A data folder with tests/data/slip imported, and a home and config folder of its own, so that
/// everything the CLI could write lands where the test can read it.
struct SlipFolder
{
    test::TempDir scratch;
    QString data = scratch.file(QStringLiteral("data"));
    QStringList environment{QStringLiteral("HOME=") + scratch.file(QStringLiteral("home")),
                            QStringLiteral("XDG_CONFIG_HOME=") + scratch.file(QStringLiteral("config")),
                            QStringLiteral("XDG_DATA_HOME=") + scratch.file(QStringLiteral("share")),
                            QStringLiteral("XDG_CACHE_HOME=") + scratch.file(QStringLiteral("cache")),
                            QStringLiteral("XDG_RUNTIME_DIR=") + scratch.path()};

    SlipFolder()
    {
        const auto imported = run({QStringLiteral("import"), QStringLiteral("--hsds"),
                                   QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/slip"), QStringLiteral("--publisher"),
                                   QStringLiteral("Fictional Test Publisher"), QStringLiteral("--sequence"), QStringLiteral("3")});
        REQUIRE(imported.exitCode == 0);
    }
    test::CliResult run(const QStringList& arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("--data-dir"), data} + arguments, environment);
    }
    test::CliResult slip(const QStringList& arguments) const
    {
        return run(QStringList{QStringLiteral("referral-slip")} + arguments);
    }
};

/// Until main() constructs a QGuiApplication for rendering commands (see docs/referral-slip.md), the
/// binary answers this one line; the rendering itself is then covered by tests/render.
bool renderingNotWired(const test::CliResult& result)
{
    if (!result.err.contains("started no QGuiApplication"))
        return false;
    WARN("skipped: pathways-cli main() does not yet construct a QGuiApplication for referral-slip");
    return true;
}

} // namespace

TEST_CASE("referral-slip writes a one-page PDF in the client's language with the contact as a QR code")
{
    if (!pdf::haveTool(QStringLiteral("pdftotext")) || !pdf::haveTool(QStringLiteral("zbarimg"))) {
        WARN("skipped: poppler-utils or zbar-tools missing (.ci/install-deps)");
        return;
    }
    SlipFolder folder;
    const QString out = folder.scratch.file(QStringLiteral("slip.pdf"));
    const auto result = folder.slip({QStringLiteral("svc-fic-legal-desk"), QStringLiteral("svc-fic-helpline"),
                                     QStringLiteral("--client-lang"), QStringLiteral("uk"), QStringLiteral("--worker-lang"),
                                     QStringLiteral("sl"), QStringLiteral("--out"), out});
    if (renderingNotWired(result))
        return;
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == "wrote " + out.toUtf8() + " (2 services, 1 page)\n");
    CHECK(pdf::pageCount(out) == 1);
    CHECK(qAbs(pdf::pageSize(out).width() - 595.3) < 1.0);
    const QString text = pdf::text(out);
    CHECK(text.contains(QStringLiteral("Пункт правової допомоги")));
    CHECK(text.contains(QStringLiteral("Kje"))); // the worker's Slovenian beside the Ukrainian labels
    CHECK(text.contains(QStringLiteral("Fictional Test Publisher")));
    const pdf::QrScan scan = pdf::qrScan(out);
    CHECK(scan.count == 2);
    CHECK(scan.raw.startsWith(QStringLiteral("BEGIN:VCARD")));
    CHECK(scan.raw.contains(QStringLiteral("FN:Пункт правової допомоги")));
    CHECK(scan.raw.contains(QStringLiteral("TEL;TYPE=work:+442079460123")));
    CHECK(scan.raw.contains(QStringLiteral("END:VCARD\ntel:+442079460999")));

    const QString letter = folder.scratch.file(QStringLiteral("letter.pdf"));
    REQUIRE(folder.slip({QStringLiteral("svc-fic-helpline"), QStringLiteral("--client-lang"), QStringLiteral("ar"),
                         QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--out"), letter})
                .exitCode == 0);
    CHECK(pdf::pageSize(letter) == QSizeF(612, 792));
}

TEST_CASE("referral-slip refuses bad requests with exit code 1, one line, and no file")
{
    SlipFolder folder;
    const QString out = folder.scratch.file(QStringLiteral("never.pdf"));
    const QStringList base{QStringLiteral("--client-lang"), QStringLiteral("uk"), QStringLiteral("--out"), out};
    struct Case
    {
        QStringList arguments;
        const char* says;
    };
    const QList<Case> cases{
        {QStringList{QStringLiteral("svc-no-such-service")} + base, "svc-no-such-service"},
        {QStringList{QStringLiteral("svc-fic-helpline"), QStringLiteral("--paper"), QStringLiteral("a5")} + base, "--paper"},
        {{QStringLiteral("svc-fic-helpline"), QStringLiteral("--client-lang"), QStringLiteral("xx"), QStringLiteral("--out"), out},
         "--client-lang xx"},
        {{QStringLiteral("svc-fic-helpline"), QStringLiteral("--client-lang"), QStringLiteral("uk")}, "--out"},
        {{QStringLiteral("svc-fic-helpline"), QStringLiteral("--out"), out}, "--client-lang"},
        {base, "at least one service"},
        {QStringList{QStringLiteral("svc-fic-helpline"), QStringLiteral("--client-note"), QStringLiteral("Ms Example")} + base,
         "--client-consent"},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = folder.slip(c.arguments);
        CHECK(result.exitCode == 1);
        REQUIRE(result.errLines().size() == 1);
        CHECK(result.errLines().first().contains(c.says));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("a client note printed with consent is on the slip and nowhere else: not in user.sqlite, not in settings")
{
    if (!pdf::haveTool(QStringLiteral("pdftotext"))) {
        WARN("skipped: poppler-utils missing (.ci/install-deps)");
        return;
    }
    SlipFolder folder;
    const QString note = QStringLiteral("Zofia Testname-7731");
    const QString out = folder.scratch.file(QStringLiteral("consented.pdf"));
    const auto result = folder.slip({QStringLiteral("svc-fic-helpline"), QStringLiteral("--client-lang"), QStringLiteral("en"),
                                     QStringLiteral("--client-note"), note, QStringLiteral("--client-consent"),
                                     QStringLiteral("--out"), out});
    if (renderingNotWired(result))
        return;
    REQUIRE(result.exitCode == 0);
    CHECK(pdf::text(out).contains(QStringLiteral("For: ") + note));
    CHECK_FALSE(result.out.contains(note.toUtf8()));
    CHECK_FALSE(result.err.contains(note.toUtf8()));
    // Byte-check every file the program could have written: the data folder (user.sqlite, directory), the
    // settings and cache folders. The slip itself is the only place the note may be.
    const QByteArray utf8 = note.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(note.utf16()), note.size() * 2);
    int filesChecked = 0;
    QDirIterator files(folder.scratch.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == out)
            continue;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains(utf8));
        CHECK_FALSE(bytes.contains(utf16));
        ++filesChecked;
    }
    CHECK(filesChecked >= 1);
    CHECK(QFile::exists(folder.data + QStringLiteral("/directory.sqlite")));
}
