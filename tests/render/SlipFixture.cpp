#include "render/SlipFixture.h"

#include "api/PrepareDataFolder.h"
#include "store/DirectoryStore.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace pathways::test {

QString slipFixtureFolder()
{
    return QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/slip");
}

SlipFixture::SlipFixture() : m_data(m_scratch.file(QStringLiteral("data")))
{
    REQUIRE(api::prepareDataFolder(m_data));
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Fictional Test Publisher");
    origin.sequence = 7;
    origin.created = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate);
    origin.origin = QStringLiteral("import");
    const auto outcome = store::DirectoryStore(m_data).importHsdsFolder(slipFixtureFolder(), origin);
    REQUIRE(outcome.installed);
    auto reader = api::DirectoryReader::open(m_data);
    REQUIRE(reader);
    m_reader = std::move(reader).value();
    auto glossary = render::SlipGlossary::load();
    REQUIRE(glossary);
    m_glossary = *glossary;
}

render::SlipRequest SlipFixture::request(const QStringList& ids, const QString& clientLanguage,
                                         const QString& workerLanguage)
{
    render::SlipRequest request;
    request.clientLanguage = clientLanguage;
    request.workerLanguage = workerLanguage;
    for (const QString& id : ids) {
        auto details = m_reader->details(id, {clientLanguage, QStringLiteral("en")});
        REQUIRE(details);
        request.services << *details;
    }
    auto status = m_reader->status();
    REQUIRE(status);
    request.directory = *status;
    return request;
}

QString SlipFixture::renderToFile(const render::SlipRequest& request, const QString& name)
{
    const auto slip = render::ReferralSlip::render(request, m_glossary);
    REQUIRE(slip);
    const QString path = m_scratch.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(slip->pdf);
    return path;
}

} // namespace pathways::test
