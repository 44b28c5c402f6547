#pragma once

#include "api/DirectoryReader.h"
#include "render/ReferralSlip.h"
#include "render/SlipGlossary.h"
#include "support/TempDir.h"

#include <memory>

namespace pathways::test {

/// A data folder holding the fictional slip directory (tests/data/slip), imported for real, and the
/// renderer's inputs read from it through the read API, as the CLI and the window read them.
class SlipFixture
{
public:
    SlipFixture();
    api::DirectoryReader& reader() { return *m_reader; }
    const render::SlipGlossary& glossary() const { return m_glossary; }
    const directory::DataFolder& data() const { return m_data; }
    /// A request for `ids` with the service text in `clientLanguage` first, printed now.
    render::SlipRequest request(const QStringList& ids, const QString& clientLanguage,
                                const QString& workerLanguage = {});
    /// Renders to `name` in the fixture's scratch folder and returns its path.
    QString renderToFile(const render::SlipRequest& request, const QString& name);
    TempDir& scratch() { return m_scratch; }

private:
    TempDir m_scratch;
    directory::DataFolder m_data;
    std::unique_ptr<api::DirectoryReader> m_reader;
    render::SlipGlossary m_glossary;
};

QString slipFixtureFolder();

} // namespace pathways::test
