// The slip's parts on their own: the glossary every language needs, and what each service's QR code holds.
#include "render/ContactCode.h"
#include "api/PrepareDataFolder.h"
#include "render/SlipFixture.h"

#include <catch2/catch.hpp>

using namespace pathways;

TEST_CASE("the slip glossary has every label in en, sl, uk, ru, ar and fa, Arabic and Farsi right to left")
{
    const auto glossary = render::SlipGlossary::load();
    REQUIRE(glossary);
    for (const char* language : {"en", "sl", "uk", "ru", "ar", "fa"}) {
        INFO(language);
        REQUIRE(glossary->has(QString::fromLatin1(language)));
        for (const QString& key : glossary->keys())
            CHECK(glossary->label(QString::fromLatin1(language), key) !=
                  (QLatin1String(language) == QLatin1String("en") ? QString() : glossary->label(QStringLiteral("en"), key)));
    }
    CHECK(glossary->rightToLeft(QStringLiteral("ar")));
    CHECK(glossary->rightToLeft(QStringLiteral("fa")));
    CHECK_FALSE(glossary->rightToLeft(QStringLiteral("uk")));
    CHECK(glossary->label(QStringLiteral("uk"), QStringLiteral("where")) == QStringLiteral("Де"));
}

TEST_CASE("a glossary language missing a label is refused, not printed half in English")
{
    const auto broken = render::SlipGlossary::parse(
        R"({"languages":{"en":{"labels":{"where":"Where","when":"When"}},"xx":{"labels":{"where":"W"}}}})");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("'when'")));
}

TEST_CASE("the QR code holds a vCard, a tel: or a web address, and nothing for a service without contact details")
{
    test::SlipFixture fixture;
    auto record = [&](const char* id) {
        auto details = fixture.reader().details(QString::fromLatin1(id), {QStringLiteral("en")});
        REQUIRE(details);
        return details->record;
    };
    const auto desk = render::ContactCode::payload(record("svc-fic-legal-desk"));
    REQUIRE(desk);
    CHECK(desk->startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Legal Advice Desk\r\n")));
    CHECK(desk->contains(QStringLiteral("ORG:Exampletown Advice Association (fictional)")));
    CHECK(desk->contains(QStringLiteral("TEL;TYPE=work:+442079460123")));
    CHECK(desk->contains(QStringLiteral("TEL;TYPE=work:+442079460124")));
    CHECK(desk->contains(QStringLiteral("EMAIL:desk@example.org")));
    CHECK(desk->contains(QStringLiteral("ADR;TYPE=work:;;12 Harbour Square;Exampletown;;1000;SI")));
    CHECK(desk->contains(QStringLiteral("URL:https://example.org/legal-desk")));
    CHECK(render::ContactCode::payload(record("svc-fic-helpline")) == QStringLiteral("tel:+442079460999"));
    CHECK(render::ContactCode::payload(record("svc-fic-webinfo")) == QStringLiteral("https://example.org/info"));
    CHECK_FALSE(render::ContactCode::payload(record("svc-fic-dropin")));
}

TEST_CASE("vCard text is escaped so a comma or semicolon in a name cannot shift the fields")
{
    CHECK(render::ContactCode::escapeVCard(QStringLiteral("A; B, C\\D")) == QStringLiteral("A\\; B\\, C\\\\D"));
    CHECK(render::ContactCode::dialable(QStringLiteral("+386 (1) 234-56 78")) == QStringLiteral("+38612345678"));
}

TEST_CASE("no service of the embedded demonstration directory gets a QR code: it has no contact details on purpose")
{
    test::TempDir scratch;
    const directory::DataFolder data(scratch.file(QStringLiteral("data")));
    REQUIRE(api::prepareDataFolder(data));
    auto reader = api::DirectoryReader::open(data);
    REQUIRE(reader);
    search::SearchQuery everything;
    everything.limit = 1000;
    const auto page = (*reader)->search(everything, {QStringLiteral("en")});
    REQUIRE(page);
    REQUIRE(page->rows.size() > 5);
    for (const auto& row : page->rows) {
        auto details = (*reader)->details(row.id, {QStringLiteral("en")});
        REQUIRE(details);
        INFO(row.id.toStdString());
        CHECK_FALSE(render::ContactCode::payload(details->record));
    }
}
