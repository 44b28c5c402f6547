// One test per threat of issue 3. Each forges exactly one thing in an otherwise valid, really signed bundle
// and checks the refusal reason and that directory.sqlite and user.sqlite are byte-for-byte unchanged.
#include "BundleTestSupport.h"
#include "RequireRefused.h"
#include "bundle/Zstd.h"
#include "db/Connection.h"
#include "db/Statement.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace pathways;
using namespace pathways::bundle;
using test::BundleForge;
using test::InstalledFixture;
using test::requireRefused;

namespace {

QByteArray rebuild(const QList<ArchiveMember>& members)
{
    return Ustar::write(members);
}

} // namespace

TEST_CASE("threat: tampered payload byte")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    members[2].data[members[2].data.size() / 2] ^= 0x01;
    requireRefused(f.apply(rebuild(members)), VerifyStep::Payload, "hash does not match");
    CHECK(f.unchanged());
}

TEST_CASE("threat: tampered manifest byte")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    const qsizetype at = members[0].data.indexOf("\"region\": \"Ljubljana\"") + 12;
    members[0].data[at] = 'X'; // same length, so only the signature can notice
    requireRefused(f.apply(rebuild(members)), VerifyStep::Signature, "does not match its signature");
    CHECK(f.unchanged());
}

TEST_CASE("threat: edited trusted comment")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    members[1].data.replace("sequence=3", "sequence=9");
    requireRefused(f.apply(rebuild(members)), VerifyStep::Signature, "trusted comment does not match");
    CHECK(f.unchanged());
}

TEST_CASE("threat: signature by an untrusted key")
{
    InstalledFixture f;
    f.forge.key = SecretKey::generate();
    requireRefused(f.apply(f.forge.build(3)), VerifyStep::Signature, "is not in the trust store");
    CHECK(f.unchanged());
}

TEST_CASE("threat: revoked key")
{
    InstalledFixture f;
    f.trust.revoke(f.forge.key.id());
    requireRefused(f.apply(f.forge.build(3)), VerifyStep::Signature, "revoked");
    CHECK(f.unchanged());
}

TEST_CASE("threat: legacy Ed signature")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    Signature legacy = *Signature::parse(members[1].data);
    legacy.algorithm = "Ed";
    legacy.signature = f.forge.key.signDetached(members[0].data); // non-prehashed, as minisign -l did
    legacy.globalSignature = f.forge.key.signDetached(legacy.signature + legacy.trustedComment);
    members[1].data = legacy.toFile();
    requireRefused(f.apply(rebuild(members)), VerifyStep::Signature, "legacy 'Ed'");
    CHECK(f.unchanged());
}

TEST_CASE("threat: rollback to a lower sequence, validly signed")
{
    InstalledFixture f(5);
    requireRefused(f.apply(f.forge.build(4)), VerifyStep::Sequence, "rollback refused");
    CHECK(f.unchanged());
}

TEST_CASE("threat: replay of the installed sequence is a no-op")
{
    InstalledFixture f(5);
    const auto outcome = f.apply(f.installedBundleBytes);
    CHECK(outcome.verify.outcome == VerifyResult::Outcome::AlreadyInstalled);
    CHECK(outcome.verify.reason.contains(QStringLiteral("already installed")));
    CHECK_FALSE(outcome.installed);
    CHECK(f.unchanged());
}

TEST_CASE("threat: payload of an older bundle inside a newer manifest (mix-and-match)")
{
    InstalledFixture f(2);
    const auto older = test::splitBundle(f.installedBundleBytes);
    f.forge.files[1].data.append("svc-4,org-2,Night shelter,Beds for the night,active\n");
    auto newer = test::splitBundle(f.forge.build(3));
    newer[2] = older[2];
    requireRefused(f.apply(rebuild(newer)), VerifyStep::Payload, "");
    CHECK(f.unchanged());
}

TEST_CASE("threat: truncated file")
{
    InstalledFixture f;
    const QByteArray bundle = f.forge.build(3);
    for (const qsizetype keep : {qsizetype(100), qsizetype(700), bundle.size() / 2, bundle.size() - 1100}) {
        INFO("kept " << keep << " bytes");
        requireRefused(f.apply(bundle.left(keep)), VerifyStep::Archive, "archive:");
    }
    CHECK(f.unchanged());
}

TEST_CASE("threat: empty file")
{
    InstalledFixture f;
    requireRefused(f.apply(QByteArray()), VerifyStep::FileSize, "empty");
    CHECK(f.unchanged());
}

TEST_CASE("threat: extra member")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    auto appended = members;
    appended << ArchiveMember{QStringLiteral("README.txt"), "hello"};
    requireRefused(f.apply(rebuild(appended)), VerifyStep::Archive, "more than 3 members");
    members.insert(1, ArchiveMember{QStringLiteral("README.txt"), "hello"});
    requireRefused(f.apply(rebuild(members)), VerifyStep::Archive,
                   "unexpected member 'README.txt' at position 2");
    auto reordered = test::splitBundle(f.forge.build(3));
    reordered.swapItemsAt(0, 1);
    requireRefused(f.apply(rebuild(reordered)), VerifyStep::Archive, "unexpected member");
    CHECK(f.unchanged());
}

TEST_CASE("threat: member path with ../ or /")
{
    InstalledFixture f;
    const auto members = test::splitBundle(f.forge.build(3));
    for (const QByteArray& name : {QByteArray("../manifest.json"), QByteArray("/manifest.json"),
                                   QByteArray("x/manifest.json"), QByteArray("./manifest.json")}) {
        INFO(name.constData());
        const QByteArray tar = test::tarEntry(name, members[0].data) +
                               test::tarEntry("manifest.json.minisig", members[1].data) +
                               test::tarEntry("payload.tar.zst", members[2].data) + test::tarEnd();
        requireRefused(f.apply(tar), VerifyStep::Archive, "not a plain file name");
    }
    CHECK(f.unchanged());
}

TEST_CASE("threat: symlink and hard link members")
{
    InstalledFixture f;
    const auto members = test::splitBundle(f.forge.build(3));
    for (const char type : {'2', '1'}) {
        const QByteArray tar = test::tarEntry("manifest.json", {}, type, "/etc/passwd") +
                               test::tarEntry("manifest.json.minisig", members[1].data) +
                               test::tarEntry("payload.tar.zst", members[2].data) + test::tarEnd();
        requireRefused(f.apply(tar), VerifyStep::Archive, "not a regular file");
    }
    CHECK(f.unchanged());
}

TEST_CASE("threat: duplicate member")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    members.insert(1, members[0]);
    requireRefused(f.apply(rebuild(members)), VerifyStep::Archive, "duplicate member 'manifest.json'");
    CHECK(f.unchanged());
}

TEST_CASE("threat: non-ustar headers (GNU, v7) are refused")
{
    InstalledFixture f;
    const auto members = test::splitBundle(f.forge.build(3));
    const QByteArray gnu("ustar  \0", 8);
    const QByteArray v7(8, '\0');
    for (const QByteArray& magic : {gnu, v7}) {
        const QByteArray tar = test::tarEntry("manifest.json", members[0].data, '0', {}, magic) +
                               test::tarEntry("manifest.json.minisig", members[1].data, '0', {}, magic) +
                               test::tarEntry("payload.tar.zst", members[2].data, '0', {}, magic) +
                               test::tarEnd();
        requireRefused(f.apply(tar), VerifyStep::Archive, "ustar");
    }
    // A pax extended header (as `tar --format=pax` writes for long names or attributes).
    const QByteArray pax = test::tarEntry("PaxHeader", "30 path=manifest.json\n", 'x') +
                           test::tarEntry("manifest.json", members[0].data) + test::tarEnd();
    requireRefused(f.apply(pax), VerifyStep::Archive, "ustar");
    CHECK(f.unchanged());
}

TEST_CASE("threat: decompression bomb (tiny zstd, huge output)")
{
    InstalledFixture f;
    // 64 MiB of zeros compresses to a few kilobytes; the signed manifest claims what the fixture needs.
    const QByteArray bomb = Zstd::compress(QByteArray(64 << 20, '\0'), 3);
    REQUIRE(bomb.size() < 16 * 1024);
    f.forge.payload();
    BundleManifest manifest = f.forge.manifest;
    manifest.sequence = 3;
    manifest.payloadSize = bomb.size();
    manifest.payloadBlake2b512 = blake2b512(bomb);
    requireRefused(f.apply(BundleBuilder::signAndAssemble(manifest, bomb, f.forge.key)), VerifyStep::Payload,
                   "decompresses to more than");
    // The same without a declared content size in the frame: the streaming cap must stop it.
    const QByteArray streamed = Zstd::compress(QByteArray(64 << 20, '\0'), 3, false);
    manifest.payloadSize = streamed.size();
    manifest.payloadBlake2b512 = blake2b512(streamed);
    requireRefused(f.apply(BundleBuilder::signAndAssemble(manifest, streamed, f.forge.key)),
                   VerifyStep::Payload, "decompresses to more than");
    const auto decompressed = Zstd::decompress(streamed, 1 << 20);
    REQUIRE_FALSE(decompressed);
    INFO(decompressed.error().message.toStdString());
    CHECK(decompressed.error().message.contains(QStringLiteral("more than the 1048576 bytes")));
    CHECK(f.unchanged());
}

TEST_CASE("threat: manifest over 64 KiB")
{
    InstalledFixture f;
    auto members = test::splitBundle(f.forge.build(3));
    members[0].data.insert(members[0].data.size() - 2,
                           ",\n    \"x_padding\": \"" + QByteArray(70000, 'a') + "\"");
    requireRefused(f.apply(rebuild(members)), VerifyStep::Archive, "larger than its limit");
    CHECK(f.unchanged());
}

TEST_CASE("threat: counts that disagree with the payload")
{
    InstalledFixture f;
    f.forge.payload();
    BundleManifest manifest = f.forge.manifest;
    const QByteArray payload = f.forge.payload();
    manifest = f.forge.manifest;
    manifest.sequence = 3;
    manifest.counts[QStringLiteral("service")] = 4;
    requireRefused(f.apply(BundleBuilder::signAndAssemble(manifest, payload, f.forge.key)),
                   VerifyStep::Content, "service has 3 usable rows, the manifest says 4");
    CHECK(f.unchanged());
}

TEST_CASE("threat: validly signed payload with broken referential integrity")
{
    InstalledFixture f;
    f.forge.files[1].data.append("svc-9,org-404,Ghost service,Refers to a missing organisation,active\n");
    requireRefused(f.apply(f.forge.build(3)), VerifyStep::Content, "org-404");
    CHECK(f.unchanged());
}

TEST_CASE("threat: bundle needing a newer app, and a key signing for another publisher")
{
    InstalledFixture f;
    f.forge.manifest.minAppVersion = QStringLiteral("99.0");
    requireRefused(f.apply(f.forge.build(3)), VerifyStep::Manifest, "needs Pathways 99.0");
    f.forge.manifest.minAppVersion = QStringLiteral("0.1.0");
    f.forge.manifest.publisher = QStringLiteral("Somebody Else");
    requireRefused(f.apply(f.forge.build(3)), VerifyStep::Manifest, "may only sign for");
    CHECK(f.unchanged());
}

TEST_CASE("expired bundle applies, with a warning")
{
    InstalledFixture f;
    f.forge.manifest.created = QStringLiteral("2020-01-01T00:00:00Z");
    f.forge.manifest.expires = QStringLiteral("2021-01-01T00:00:00Z");
    const auto outcome = f.apply(f.forge.build(3));
    REQUIRE(outcome.installed);
    REQUIRE(outcome.warnings.size() == 1);
    CHECK(outcome.warnings.first().contains(QStringLiteral("expired on 2021-01-01T00:00:00Z")));
    db::Connection directory(f.data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    auto meta = directory.prepare(QStringLiteral("SELECT expires FROM bundle_meta"));
    REQUIRE(meta.step());
    CHECK(meta.columnText(0) == QStringLiteral("2021-01-01T00:00:00Z"));
}

TEST_CASE("key rotation: a new key is accepted only via next_keys of a trusted bundle")
{
    InstalledFixture f(2);
    const SecretKey next = SecretKey::generate();
    BundleForge signedByNext = f.forge;
    signedByNext.key = next;

    // Before any announcement, the new key is just an untrusted key.
    requireRefused(f.apply(signedByNext.build(3)), VerifyStep::Signature, "not in the trust store");
    CHECK(f.unchanged());

    // The old key announces it.
    f.forge.manifest.nextKeys = {next.publicKey()};
    REQUIRE(f.apply(f.forge.build(3)).installed);
    const TrustStore reloaded = TrustStore::loadFolders({f.data.trustedKeysPath()}, false);
    REQUIRE(reloaded.find(next.id()));
    CHECK(reloaded.find(next.id())->publisher == QStringLiteral("Test Publisher"));

    // Now bundles signed with the new key install (the store is what the CLI would load).
    TrustStore withRotated = f.trust;
    for (const TrustedKey& key : reloaded.keys())
        withRotated.add(key);
    f.trust = withRotated;
    signedByNext.manifest.nextKeys.clear();
    CHECK(f.apply(signedByNext.build(4)).installed);

    // The rotated key is bound to its publisher: it cannot sign for anyone else.
    signedByNext.manifest.publisher = QStringLiteral("Another Publisher");
    requireRefused(f.apply(signedByNext.build(5)), VerifyStep::Manifest, "may only sign for");

    // A bundle from an untrusted key cannot add keys by announcing them.
    const SecretKey intruder = SecretKey::generate();
    BundleForge forged = f.forge;
    forged.key = intruder;
    forged.manifest.nextKeys = {intruder.publicKey()};
    requireRefused(f.apply(forged.build(6)), VerifyStep::Signature, "not in the trust store");
    CHECK_FALSE(TrustStore::loadFolders({f.data.trustedKeysPath()}, false).find(intruder.id()));
}

TEST_CASE("a newer bundle installs, reports the diff, and export is byte-identical")
{
    InstalledFixture f(2);
    f.forge.files[1].data.replace("Clothing store", "Clothing and shoes");
    f.forge.files[1].data.append("svc-4,org-2,Night shelter,Beds for the night,active\n");
    f.forge.files[3].data.replace("sal-3,svc-3,loc-2\n", "");
    f.forge.files[1].data.replace(
        "svc-3,org-2,Legal advice,\"Asylum and residence questions, by appointment\",active\n", "");
    f.forge.files[4].data.replace("ph-2,svc-3,+386 1 000 0003\n", "");
    f.forge.files[5].data.replace("service,svc-3,name,uk,Юридична консультація\n", "");
    const QByteArray bundle = f.forge.build(3);
    const auto outcome = f.apply(bundle);
    INFO(outcome.verify.describe().toStdString());
    REQUIRE(outcome.installed);
    REQUIRE(outcome.diff.added.size() == 1);
    CHECK(outcome.diff.added.first().id == QStringLiteral("svc-4"));
    REQUIRE(outcome.diff.changed.size() == 1);
    CHECK(outcome.diff.changed.first().name == QStringLiteral("Clothing and shoes"));
    REQUIRE(outcome.diff.removed.size() == 1);
    CHECK(outcome.diff.removed.first().id == QStringLiteral("svc-3"));
    CHECK(BundleInstaller(f.data).installedBundle().value() == bundle);
    CHECK(BundleInstaller(f.data).installedState().sequence == 3);
    CHECK(test::readFile(f.data.userDatabasePath()).size() > 0);
    db::Connection directory(f.data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    CHECK(directory.queryInt(QStringLiteral("SELECT count(*) FROM service")) == 3);
    auto check = directory.prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(check.step());
    CHECK(check.columnText(0) == QStringLiteral("ok"));
}

TEST_CASE("rollback protection covers publishers that are not the installed one")
{
    InstalledFixture f(7);
    BundleForge other = f.forge;
    other.key = SecretKey::generate();
    other.manifest.publisher = QStringLiteral("Other Publisher");
    f.trust.add({other.key.publicKey(), QStringLiteral("Other Publisher"), QStringLiteral("test")});
    REQUIRE(f.apply(other.build(1)).installed);
    // Back to the first publisher: only above its high-water mark of 7.
    requireRefused(f.apply(f.forge.build(6)), VerifyStep::Sequence, "rollback refused");
    CHECK(f.apply(f.forge.build(8)).installed);
}
