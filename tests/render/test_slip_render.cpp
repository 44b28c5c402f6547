// Referral slips rendered to real PDF files and read back with the tools a person's computer would use:
// the text (pdftotext), the QR codes (pdftoppm + zbarimg, as a phone camera would) and the page layout.
#include "api/PrepareDataFolder.h"
#include "api/ReferralPathway.h"
#include "render/ContactCode.h"
#include "render/PathwayBooklet.h"
#include "render/SlipFixture.h"
#include "support/PdfTools.h"

#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

using namespace pathways;
namespace pdf = pathways::test::pdf;

namespace {

const QStringList kThree{QStringLiteral("svc-fic-legal-desk"), QStringLiteral("svc-fic-helpline"),
                         QStringLiteral("svc-fic-dropin")};

bool toolsMissing(std::initializer_list<const char*> tools)
{
    for (const char* tool : tools) {
        if (!pdf::haveTool(QString::fromLatin1(tool))) {
            WARN("skipped: " << tool << " is not installed (poppler-utils, zbar-tools; .ci/install-deps)");
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("an English slip prints every field the data gives, on one A4 page for three services")
{
    if (toolsMissing({"pdftotext", "pdfinfo"}))
        return;
    test::SlipFixture fixture;
    const QString path = fixture.renderToFile(fixture.request(kThree, QStringLiteral("en")), QStringLiteral("en.pdf"));
    CHECK(pdf::pageCount(path) == 1);
    const QSizeF size = pdf::pageSize(path);
    CHECK(qAbs(size.width() - 595.3) < 1.0); // A4 in points
    const QString text = pdf::text(path);
    INFO(text.toStdString());
    for (const char* expected : {"Referral", "Legal Advice Desk", "Exampletown Advice Association (fictional)",
                                 "Free advice on residence permits", "Call first to book an appointment",
                                 "Adults who live in Exampletown", "About one week", "12 Harbour Square",
                                 "1000 Exampletown", "Bus 7 to Harbour Square", "+44 20 7946 0123",
                                 "desk@example.org", "https://example.org/legal-desk",
                                 "Identity document or asylum card", "Letters from the authorities",
                                 "Free of charge", "Night Helpline", "Drop-in Café", "Fictional Test Publisher",
                                 "Scan to save the contact"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    // The week table: Wednesday's afternoon hours and the weekend, which the data says is closed.
    CHECK(text.contains(QStringLiteral("13:00")));
    CHECK(text.contains(QStringLiteral("19:00")));
    CHECK(text.contains(QStringLiteral("closed")));
    // A fresh, non-demonstration directory: no warning, and nothing invented for a service without hours.
    CHECK_FALSE(text.contains(QStringLiteral("Verify before you go")));
    CHECK_FALSE(text.contains(QStringLiteral("Demonstration data")));
    CHECK(text.contains(QStringLiteral("The directory gives no opening hours.")));
}

TEST_CASE("one page holds three services on Letter paper too")
{
    if (toolsMissing({"pdfinfo"}))
        return;
    test::SlipFixture fixture;
    auto request = fixture.request(kThree, QStringLiteral("en"));
    request.paper = render::Paper::Letter;
    const QString path = fixture.renderToFile(request, QStringLiteral("letter.pdf"));
    CHECK(pdf::pageCount(path) == 1);
    CHECK(pdf::pageSize(path) == QSizeF(612, 792));
}

TEST_CASE("a Ukrainian slip has Ukrainian labels and service text, the worker's labels beside, and marks English fallback")
{
    if (toolsMissing({"pdftotext"}))
        return;
    test::SlipFixture fixture;
    const QString path = fixture.renderToFile(
        fixture.request({QStringLiteral("svc-fic-legal-desk"), QStringLiteral("svc-fic-webinfo")}, QStringLiteral("uk"),
                        QStringLiteral("en")),
        QStringLiteral("uk.pdf"));
    const QString text = pdf::text(path);
    INFO(text.toStdString());
    for (const char* expected : {"Направлення", "Де", "Коли", "Телефон", "Візьміть із собою", "Пункт правової допомоги",
                                 "Безкоштовні консультації", "Спершу зателефонуйте", "Where", "When"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    // Monday in Ukrainian from QLocale, and the directory's English-only text marked as such.
    CHECK(text.contains(QStringLiteral("пн")));
    CHECK(text.contains(QStringLiteral("Online Information Pages [en]")));
    CHECK(text.contains(QStringLiteral("недоступно вашою мовою")));
}

TEST_CASE("an Arabic slip runs right to left, in a font with Arabic glyphs")
{
    if (toolsMissing({"pdftotext", "pdffonts"}))
        return;
    test::SlipFixture fixture;
    const QString ar = fixture.renderToFile(fixture.request(kThree, QStringLiteral("ar")), QStringLiteral("ar.pdf"));
    const QString en = fixture.renderToFile(fixture.request(kThree, QStringLiteral("en")), QStringLiteral("en.pdf"));
    const QString text = pdf::text(ar);
    INFO(text.toStdString());
    for (const char* expected : {"إحالة", "مكتب المشورة القانونية", "لحجز", "أين", "متى", "الهاتف",
                                 "+44 20 7946 0123", "Drop-in Café [en]"})
        CHECK(text.contains(pdf::normalised(QString::fromUtf8(expected))));
    CHECK(pdf::pageCount(ar) == 1); // three services, one page, in Arabic script too
    const QSizeF page = pdf::pageSize(ar);
    auto find = [](const QList<pdf::Word>& words, const QString& word) {
        for (const auto& w : words)
            if (w.text == pdf::normalised(word))
                return w.box;
        return QRectF();
    };
    // The title starts at the right margin in Arabic and at the left one in English. (pdftotext -bbox gives
    // Arabic glyph by glyph: the title's glyphs are the words of the first line.)
    const QList<pdf::Word> arabicWords = pdf::words(ar);
    REQUIRE_FALSE(arabicWords.isEmpty());
    const qreal firstLine = arabicWords.first().box.top();
    QRectF arabicTitle;
    for (const auto& word : arabicWords)
        if (qAbs(word.box.top() - firstLine) < 2)
            arabicTitle |= word.box;
    const QRectF englishTitle = find(pdf::words(en), QStringLiteral("Referral"));
    REQUIRE(englishTitle.isValid());
    CHECK(arabicTitle.left() > page.width() / 2);
    CHECK(page.width() - arabicTitle.right() < 40);
    CHECK(englishTitle.right() < page.width() / 2);
    // Labels sit right of their values: on the address's line, Arabic text (the label) is right of it.
    const QRectF street = find(arabicWords, QStringLiteral("Harbour"));
    REQUIRE(street.isValid());
    bool labelRightOfAddress = false;
    for (const auto& word : arabicWords)
        labelRightOfAddress = labelRightOfAddress ||
                              (word.box.top() < street.center().y() && word.box.bottom() > street.center().y() &&
                               word.box.left() > street.right() &&
                               word.text.at(0).script() == QChar::Script_Arabic);
    CHECK(labelRightOfAddress);
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {ar});
    fonts.waitForFinished();
    CHECK(fonts.readAllStandardOutput().contains("NotoSansArabic"));
}

TEST_CASE("every QR code on a slip decodes to the contact of its service, and a service without contacts has none")
{
    if (toolsMissing({"pdftoppm", "zbarimg"}))
        return;
    test::SlipFixture fixture;
    for (const char* language : {"en", "uk", "ar"}) {
        INFO(language);
        const auto request = fixture.request(kThree, QString::fromLatin1(language));
        const QString path = fixture.renderToFile(request, QStringLiteral("qr-%1.pdf").arg(QLatin1String(language)));
        QStringList expected;
        for (const auto& service : request.services)
            if (const auto payload = render::ContactCode::payload(service.record))
                expected << *payload;
        REQUIRE(expected.size() == 2); // the drop-in café has no phone, e-mail or website
        const pdf::QrScan scan = pdf::qrScan(path);
        INFO(scan.raw.toStdString());
        CHECK(scan.holdsExactly(expected));
    }
    const auto helpline = fixture.request({QStringLiteral("svc-fic-helpline")}, QStringLiteral("en"));
    CHECK(pdf::qrScan(fixture.renderToFile(helpline, QStringLiteral("tel.pdf"))).holdsExactly({QStringLiteral("tel:+442079460999")}));
}

TEST_CASE("demonstration or old data tells the client to verify before going")
{
    if (toolsMissing({"pdftotext"}))
        return;
    test::SlipFixture fixture;
    auto request = fixture.request({QStringLiteral("svc-fic-helpline")}, QStringLiteral("en"));
    CHECK_FALSE(render::ReferralSlip::needsVerification(request));
    request.printedAt = QDateTime::currentDateTime().addDays(200);
    CHECK(render::ReferralSlip::needsVerification(request));
    CHECK(pdf::text(fixture.renderToFile(request, QStringLiteral("old.pdf"))).contains(QStringLiteral("Verify before you go")));

    test::TempDir scratch;
    const directory::DataFolder demo(scratch.file(QStringLiteral("demo")));
    REQUIRE(api::prepareDataFolder(demo));
    auto reader = api::DirectoryReader::open(demo);
    REQUIRE(reader);
    auto details = (*reader)->details(QStringLiteral("svc-pic-mobile-blue-dot"), {QStringLiteral("uk")});
    REQUIRE(details);
    render::SlipRequest demoRequest;
    demoRequest.clientLanguage = QStringLiteral("uk");
    demoRequest.services << *details;
    demoRequest.directory = *(*reader)->status();
    const QString text = pdf::text(fixture.renderToFile(demoRequest, QStringLiteral("demo.pdf")));
    CHECK(text.contains(QStringLiteral("Демонстраційні дані")));
    CHECK(text.contains(QStringLiteral("Перевірте перед візитом")));
}

TEST_CASE("a client note is printed only with the client's consent")
{
    if (toolsMissing({"pdftotext"}))
        return;
    test::SlipFixture fixture;
    auto request = fixture.request({QStringLiteral("svc-fic-helpline")}, QStringLiteral("en"));
    request.clientNote = QStringLiteral("Ms Fictional Person");
    const auto refused = render::ReferralSlip::render(request, fixture.glossary());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
    request.clientConsent = true;
    CHECK(pdf::text(fixture.renderToFile(request, QStringLiteral("note.pdf"))).contains(QStringLiteral("For: Ms Fictional Person")));
}

TEST_CASE("a slip in a language without labels, or without services, is refused with one line")
{
    test::SlipFixture fixture;
    auto request = fixture.request({QStringLiteral("svc-fic-helpline")}, QStringLiteral("en"));
    request.clientLanguage = QStringLiteral("xx");
    const auto unknown = render::ReferralSlip::render(request, fixture.glossary());
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("en, ")));
    request.clientLanguage = QStringLiteral("en");
    request.services.clear();
    CHECK_FALSE(render::ReferralSlip::render(request, fixture.glossary()));
}

TEST_CASE("how to refer: the publisher's referral methods in the client's language, the age range, nothing guessed")
{
    if (toolsMissing({"pdftotext"}))
        return;
    test::SlipFixture fixture;
    const QStringList ids{QStringLiteral("svc-fic-legal-desk"), QStringLiteral("svc-fic-dropin"),
                          QStringLiteral("svc-fic-webinfo")};
    const QString en = pdf::text(fixture.renderToFile(fixture.request(ids, QStringLiteral("en")), QStringLiteral("m-en.pdf")));
    INFO(en.toStdString());
    // tests/data/slip/attributes.csv: the desk asks for a call and an appointment, the café takes walk-ins and
    // has a method of the publisher's own, printed by its name in the data.
    for (const char* expected : {"Call before you go", "By appointment only", "Walk in, no appointment needed",
                                 "Leave a note on the board", "Age", "≥ 18"})
        CHECK(en.contains(pdf::normalised(QString::fromUtf8(expected))));
    // The information pages give no method and no age: nothing is printed for them.
    CHECK(en.count(pdf::normalised(QStringLiteral("≥"))) == 1);
    const QString uk = pdf::text(fixture.renderToFile(fixture.request(ids, QStringLiteral("uk")), QStringLiteral("m-uk.pdf")));
    INFO(uk.toStdString());
    CHECK(uk.contains(pdf::normalised(QStringLiteral("Зателефонуйте перед візитом"))));
    CHECK(uk.contains(pdf::normalised(QStringLiteral("Лише за попереднім записом"))));
    CHECK(uk.contains(pdf::normalised(QStringLiteral("Вік"))));
}

TEST_CASE("three services fit one page in Slovenian, Ukrainian and Russian on Letter and A4, with the worker's labels")
{
    if (toolsMissing({"pdftotext", "pdfinfo"}))
        return;
    test::SlipFixture fixture;
    for (const char* language : {"sl", "uk", "ru"}) {
        for (const render::Paper paper : {render::Paper::Letter, render::Paper::A4}) {
            auto request = fixture.request(kThree, QString::fromLatin1(language), QStringLiteral("en"));
            request.paper = paper;
            const QString path = fixture.renderToFile(
                request, QStringLiteral("fit-%1-%2.pdf").arg(QLatin1String(language)).arg(int(paper)));
            INFO(language << (paper == render::Paper::Letter ? " Letter" : " A4"));
            CHECK(pdf::pageCount(path) == 1);
            // The worker's (English) labels stay beside the client's: on Letter, 18 mm shorter, the lines are
            // set closer instead of dropping them.
            const QString text = pdf::text(path);
            CHECK(text.contains(QStringLiteral("/ Where")));
            CHECK(text.contains(QStringLiteral("/ Phone")));
        }
    }
}

TEST_CASE("the referral pathway: services grouped by category, a contents page, the directory's provenance on every page")
{
    if (toolsMissing({"pdftotext", "pdfinfo"}))
        return;
    test::TempDir dir;
    const directory::DataFolder data(dir.file(QStringLiteral("data")));
    REQUIRE(api::prepareDataFolder(data)); // the embedded directory: many categories, several pages
    auto reader = api::DirectoryReader::open(data);
    REQUIRE(reader);
    const QStringList wanted{QStringLiteral("legal-aid"), QStringLiteral("health-care")};
    auto content = api::ReferralPathway::select(**reader, {}, wanted, {QStringLiteral("en")});
    REQUIRE(content);
    REQUIRE(content->sections.size() == 2);
    for (const auto& section : content->sections) {
        REQUIRE_FALSE(section.services.isEmpty());
        for (const auto& service : section.services) {
            CHECK(std::any_of(service.record.summary.categories.cbegin(), service.record.summary.categories.cend(),
                              [&](const directory::TermRef& t) { return t.code == section.code; }));
        }
    }
    CHECK_FALSE(api::ReferralPathway::select(**reader, {}, {QStringLiteral("no-such-category")}, {QStringLiteral("en")}));
    // A place narrows it: only services located there.
    auto ljubljana = api::ReferralPathway::select(**reader, {QStringLiteral("Ljubljana")}, wanted, {QStringLiteral("en")});
    REQUIRE(ljubljana);
    for (const auto& section : ljubljana->sections)
        for (const auto& service : section.services)
            CHECK(service.record.summary.municipality == QStringLiteral("Ljubljana"));

    auto glossary = render::SlipGlossary::load();
    REQUIRE(glossary);
    render::PathwayRequest request{*content, QStringLiteral("en")};
    const auto booklet = render::PathwayBooklet::render(request, *glossary);
    REQUIRE(booklet);
    const QString path = dir.file(QStringLiteral("pathway.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(booklet->pdf);
    file.close();
    REQUIRE(pdf::pageCount(path) == booklet->pages);
    REQUIRE(booklet->pages >= 2);
    const QString text = pdf::text(path);
    INFO(text.toStdString());
    // The contents page names each category with its entries and first page; the services follow, each
    // under the heading of its category.
    CHECK(text.startsWith(QStringLiteral("Referral pathway All places")));
    const QString tocEnd = QStringLiteral("Page 1 / %1").arg(booklet->pages);
    REQUIRE(text.contains(tocEnd));
    const QString toc = text.left(text.indexOf(tocEnd));
    const QString body = text.mid(text.indexOf(tocEnd) + tocEnd.size());
    qsizetype at = 0;
    for (const auto& section : content->sections) {
        CHECK(toc.contains(QStringLiteral("%1 (%2) 2").arg(section.name).arg(section.services.size())));
        const qsizetype heading = body.indexOf(section.name, at);
        REQUIRE(heading >= at);
        for (const auto& service : section.services) {
            const qsizetype entry = body.indexOf(pdf::normalised(service.record.summary.name.text.left(25)), heading);
            CHECK(entry > heading);
            at = std::max(at, entry);
        }
    }
    // The foot of every page: publisher, version and the page number.
    for (int page = 1; page <= booklet->pages; ++page) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                       QString::number(page), path, QStringLiteral("-")});
        REQUIRE(pdftotext.waitForFinished(30000));
        const QString pageText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        INFO("page " << page);
        CHECK(pageText.contains(content->directory.publisher.left(30)));
        CHECK(pageText.contains(QStringLiteral("version %1").arg(content->directory.sequence)));
        CHECK(pageText.contains(QStringLiteral("Page %1 / %2").arg(page).arg(booklet->pages)));
    }
}
