// The embedded default directory ships as a real bundle signed by the demonstration key and is installed
// on first run through the same verification as any update.
#include "BundleTestSupport.h"
#include "api/PrepareDataFolder.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "store/DirectoryStore.h"

#include <catch2/catch.hpp>

using namespace pathways;
using namespace pathways::bundle;

TEST_CASE("first run installs the embedded default directory as a signed bundle")
{
    test::TempDir temp;
    const directory::DataFolder data(temp.file(QStringLiteral("data")));
    REQUIRE(api::prepareDataFolder(data));
    auto opened = store::DirectoryStore(data).openForReading();
    REQUIRE(opened);
    auto& connection = opened.value();
    auto meta = connection->prepare(QStringLiteral("SELECT publisher, sequence, origin FROM bundle_meta"));
    REQUIRE(meta.step());
    CHECK(meta.columnText(0) == QStringLiteral("Pathways demonstration data (verify before referring)"));
    CHECK(meta.columnInt64(1) == 1);
    CHECK(meta.columnText(2) == QStringLiteral("embedded"));

    // It can be handed on like any bundle, and verifies under the built-in key.
    const auto exported = BundleInstaller(data).installedBundle();
    REQUIRE(exported);
    CHECK(*exported == test::readFile(BundleInstaller::embeddedBundlePath()));
    VerifyResult result;
    result.bundleBytes = *exported;
    result.outcome = VerifyResult::Outcome::Valid;
    TrustStore builtIn = TrustStore::loadFolders({}, true);
    builtIn.setAcceptDemonstration(true);
    BundleVerifier::verify(result, builtIn, nullptr);
    CHECK(result.ok());
    CHECK(result.signer->source == QStringLiteral("built-in"));
}

TEST_CASE("threat: an update signed with the public demonstration key cannot replace a directory")
{
    // Its secret key is in the repository: anyone can sign "demonstration" bundles with any content.
    test::InstalledFixture f(2);
    test::BundleForge demo;
    demo.key = test::demoKey();
    demo.manifest.publisher = QStringLiteral("Pathways demonstration data (verify before referring)");
    f.trust = TrustStore::loadFolders({}, true);
    f.trust.add({f.forge.key.publicKey(), QStringLiteral("Test Publisher"), QStringLiteral("test")});
    const auto outcome = f.apply(demo.build(99));
    CHECK(outcome.verify.outcome == VerifyResult::Outcome::Refused);
    CHECK(outcome.verify.step == VerifyStep::Signature);
    CHECK(outcome.verify.reason.contains(QStringLiteral("public demonstration key")));
    CHECK(f.unchanged());
}

TEST_CASE("first run refuses the embedded bundle when the demonstration key is revoked")
{
    test::TempDir temp;
    const directory::DataFolder data(temp.file(QStringLiteral("data")));
    temp.write(QStringLiteral("data/trusted-keys/revoked-keys"),
               "# no demonstration data here\n7D7EDF06800AB927\n");
    const Status prepared = api::prepareDataFolder(data);
    REQUIRE_FALSE(prepared);
    CHECK(prepared.error().message.contains(QStringLiteral("revoked")));
    CHECK_FALSE(store::DirectoryStore(data).openForReading());
    CHECK_FALSE(data.hasDirectory());
}
