// The one-sheet template: a coordinator's referral-pathway table (one row per service at a place, headers in
// en, sl or uk) imported with findings that point at the row and the column, and nothing guessed.
#include "ImportFixture.h"
#include "import/CsvReader.h"
#include "import/SheetColumns.h"
#include "import/SheetPackage.h"

#include <QFile>

using namespace pathways;
using namespace pathways::test;

namespace {

QString sheet(const char* name)
{
    return dataPackage("sheet/") + QString::fromUtf8(name);
}

ImportReport importSheet(Fixture& f, const QString& path)
{
    import::ImportOptions options;
    options.sheet = true;
    return HsdsImporter::importFolder(path, f.db, options);
}

// The finding of `severity` at the sheet's `line` and column `header`, or an empty issue.
ImportIssue at(const ImportReport& report, Severity severity, qint64 line, const char* header)
{
    for (const ImportIssue& issue : report.issues)
        if (issue.severity == severity && issue.line == line && issue.recordId == QString::fromUtf8(header))
            return issue;
    return {};
}

} // namespace

TEST_CASE("sheet: rows become services at places, and each problem names its row and column")
{
    Fixture f;
    const ImportReport report = importSheet(f, sheet("sheet-en.csv"));
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.format == QStringLiteral("Pathways one-sheet CSV"));

    // Three services; the legal advice is one service at two places, each with its own hours.
    CHECK(f.count("service") == 3);
    CHECK(f.count("organization") == 2);
    CHECK(f.text("SELECT group_concat(city, ',') FROM (SELECT city FROM address ORDER BY city)") ==
          QStringLiteral("Ljubljana,Maribor"));
    CHECK(f.count("service_at_location") == 3);
    CHECK(
        f.text(
            "SELECT group_concat(a.city || ' ' || s.byday || ' ' || s.opens_at || '-' || s.closes_at, '; ') "
            "FROM schedule s JOIN service_at_location sal ON sal.id = s.service_at_location_id "
            "JOIN address a ON a.location_id = sal.location_id "
            "WHERE sal.service_id = 'svc-harbour-aid-legal-advice' ORDER BY a.city") ==
        QStringLiteral("Ljubljana MO,TU,WE,TH,FR 09:00-16:00; Maribor MO,TU,WE,TH,FR 09:00-16:00"));
    CHECK(f.text("SELECT byday || ' ' || opens_at || '-' || closes_at FROM schedule WHERE service_id = "
                 "'svc-harbour-aid-night-shelter'") == QStringLiteral("MO,TU,WE,TH,FR,SA,SU 00:00-24:00"));

    // Phones split at "/", categories and audiences to Pathways' codes by their names.
    CHECK(f.value("SELECT count(*) FROM phone WHERE service_id = 'svc-harbour-aid-legal-advice'").toInt() ==
          3);
    CHECK(
        f.text(
            "SELECT group_concat(code, ',') FROM (SELECT t.code FROM attribute a JOIN taxonomy_term t ON "
            "t.id = a.taxonomy_term_id WHERE a.link_id = 'svc-harbour-aid-legal-advice' ORDER BY t.code)") ==
        QStringLiteral("family-reunification,legal-aid,refugees"));
    CHECK(f.text("SELECT value FROM translation WHERE id = 'term-cat-legal-aid' AND field = 'name' AND "
                 "locale = 'sl'") == QStringLiteral("Pravna pomoč"));
    // A value that is no Pathways term is kept as the sheet's own term, and said so at its cell.
    CHECK(f.text("SELECT t.taxonomy || ':' || t.name FROM attribute a JOIN taxonomy_term t ON t.id = "
                 "a.taxonomy_term_id WHERE a.link_id = 'svc-harbour-aid-night-shelter' AND t.code IS NULL") ==
          QStringLiteral("sheet-audience:Single mothers"));
    CHECK(
        at(report, Severity::Warning, 4, "Audience").message.contains(QStringLiteral("\"Single mothers\"")));

    // Dates as written in Slovenia are read; one that is not a date is left out and reported.
    CHECK(f.text("SELECT assured_date FROM service WHERE id = 'svc-harbour-aid-night-shelter'") ==
          QStringLiteral("2026-11-02"));
    CHECK(f.value("SELECT assured_date FROM service WHERE id = 'svc-most-helpline'").isNull());
    CHECK(at(report, Severity::Warning, 5, "Last verified")
              .message.contains(QStringLiteral("\"last spring\"")));
    // Hours that cannot be read: reported at their cell, no hours.
    CHECK(at(report, Severity::Warning, 5, "Opening hours").message.contains(QStringLiteral("kept as text")));
    CHECK(f.value("SELECT count(*) FROM schedule WHERE service_id = 'svc-most-helpline' AND freq IS NOT NULL")
              .toInt() == 0);
    // A second e-mail address is a contact; a website without a scheme is read as https and said so.
    CHECK(f.text("SELECT email FROM service WHERE id = 'svc-most-helpline'") ==
          QStringLiteral("help@example.org"));
    CHECK(f.text("SELECT email FROM contact WHERE service_id = 'svc-most-helpline'") ==
          QStringLiteral("second@example.org"));
    CHECK(f.text("SELECT url FROM service WHERE id = 'svc-harbour-aid-legal-advice'") ==
          QStringLiteral("https://harbour-aid.example.org"));
    CHECK_FALSE(at(report, Severity::Warning, 2, "Website").message.isEmpty());
    // A row without a service is dropped at its row; a column the template does not have is named once.
    CHECK_FALSE(at(report, Severity::Dropped, 7, "Service").message.isEmpty());
    CHECK(find(report, Severity::Warning, "sheet-en.csv", "1 column(s) not kept: Internal note").size() == 1);
    CHECK(report.toLines().contains(QStringLiteral("sheet-en.csv:5: warning: [Opening hours] not understood "
                                                   "(\"dogovoru\" is not a day or a time): kept as "
                                                   "text, no opening hours shown")));
}

TEST_CASE("sheet: hours that cannot be read are kept as the schedule's text, never as hours")
{
    TempDir dir;
    ImportReport report;
    REQUIRE(import::SheetPackage::convert(sheet("sheet-en.csv"), dir.path(), report));
    import::CsvReader reader;
    REQUIRE(reader.open(dir.file(QStringLiteral("schedules.csv"))));
    import::CsvReader::Record record;
    QString problem;
    REQUIRE(reader.next(record, problem) == import::CsvReader::Result::Record);
    const QStringList header = record.fields;
    bool found = false;
    while (reader.next(record, problem) == import::CsvReader::Result::Record) {
        if (record.fields.at(header.indexOf(QStringLiteral("service_id"))) !=
            QStringLiteral("svc-most-helpline"))
            continue;
        found = true;
        CHECK(record.fields.at(header.indexOf(QStringLiteral("description"))) ==
              QStringLiteral("po dogovoru"));
        for (const char* column : {"freq", "byday", "opens_at", "closes_at"})
            CHECK(record.fields.at(header.indexOf(QString::fromLatin1(column))).isEmpty());
    }
    CHECK(found);
}

TEST_CASE("sheet: Slovenian and Ukrainian headers read the same columns")
{
    for (const char* name : {"sheet-sl.csv", "sheet-uk.csv"}) {
        INFO(name);
        Fixture f;
        const ImportReport report = importSheet(f, sheet(name));
        INFO(describe(report));
        REQUIRE_FALSE(report.hasFatal());
        CHECK(report.issues.isEmpty());
        CHECK(f.count("service") == 1);
        CHECK(f.count("phone") == 1);
        CHECK(f.count("language") == 2);
        CHECK(f.count("required_document") == 1);
        CHECK(f.value("SELECT count(*) FROM schedule WHERE opens_at IS NOT NULL").toInt() >= 1);
        CHECK_FALSE(f.text("SELECT assured_date FROM service").isEmpty());
        CHECK_FALSE(f.text("SELECT x_source FROM service").isEmpty());
        CHECK_FALSE(f.text("SELECT email FROM service").isEmpty());
        CHECK(f.value("SELECT count(*) FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id "
                      "WHERE t.code IS NOT NULL")
                  .toInt() == 2); // a category and an audience
    }
}

TEST_CASE("sheet: a sheet saved with semicolons says how to save it, and nothing is imported")
{
    Fixture f;
    const ImportReport report = importSheet(f, sheet("sheet-semicolons.csv"));
    REQUIRE(report.hasFatal());
    CHECK(find(report, Severity::Fatal, "sheet-semicolons.csv", "separated by ';'").size() == 1);
    CHECK(f.count("service") == 0);
}

TEST_CASE("sheet: the templates in docs/ name every column, in en, sl and uk, and import cleanly")
{
    for (const char* language : {"en", "sl", "uk"}) {
        INFO(language);
        const QString path = QStringLiteral(PATHWAYS_SOURCE_DIR "/docs/sheet-template-%1.csv")
                                 .arg(QLatin1StringView(language));
        import::CsvReader reader;
        REQUIRE(reader.open(path));
        import::CsvReader::Record header;
        QString problem;
        REQUIRE(reader.next(header, problem) == import::CsvReader::Result::Record);
        CHECK(header.fields == import::sheetTemplateHeaders(QString::fromLatin1(language)));
        QSet<int> columns;
        for (const QString& field : header.fields)
            if (const auto column = import::sheetColumnForHeader(field))
                columns.insert(static_cast<int>(*column));
        CHECK(columns.size() == import::kSheetColumnCount);

        Fixture f;
        const ImportReport report = importSheet(f, path);
        INFO(describe(report));
        CHECK(report.issues.isEmpty());
        CHECK(f.count("service") == 1);
    }
}
