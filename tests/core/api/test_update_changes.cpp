// What an update changes, as a person checking it needs to see it: a service whose street address moved is a
// changed service (with the address, old and new), and so is one whose organisation or category changed;
// digests an older version stored are not compared with today's; Restore previous says what changes too.
#include "../bundle/BundleTestSupport.h"
#include "api/UpdateService.h"
#include "db/Connection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

const QByteArray kAddresses = "id,location_id,address_1,city,postal_code\n"
                              "adr-1,loc-1,Trubarjeva 1,Ljubljana,1000\n"
                              "adr-2,loc-2,Slovenska 9,Ljubljana,1000\n";

// The fixture's files with addresses (and any other file replaced by `replace`, old -> new bytes).
QList<bundle::ArchiveMember> withAddresses(QList<bundle::ArchiveMember> files, const QByteArray& addresses)
{
    files << bundle::ArchiveMember{QStringLiteral("addresses.csv"), addresses};
    return files;
}

const bundle::DirectoryDiff::FieldChange* field(const bundle::DirectoryDiff::Entry& entry,
                                                const QString& name)
{
    for (const auto& change : entry.fields)
        if (change.field == name)
            return &change;
    return nullptr;
}

QStringList ids(const QList<bundle::DirectoryDiff::Entry>& entries)
{
    QStringList list;
    for (const auto& entry : entries)
        list << entry.id;
    return list;
}

// A data folder with the fixture (and its addresses) installed as sequence 3 through the update service.
struct AddressFixture
{
    test::InstalledFixture f{2};
    QList<bundle::ArchiveMember> base = withAddresses(f.forge.files, kAddresses);
    api::UpdateService updates{f.data};

    AddressFixture()
    {
        f.temp.write(QStringLiteral("data/trusted-keys/test.pub"), f.forge.key.publicKey().toFile());
        f.forge.files = base;
        const auto installed = updates.install(f.temp.write(QStringLiteral("v3.pathways"), f.forge.build(3)));
        REQUIRE(installed.result == api::UpdateOutcome::Result::Installed);
    }
    /// The next bundle, with `from` replaced by `to` in every file.
    QString next(quint64 sequence, const QByteArray& from, const QByteArray& to)
    {
        f.forge.files = base;
        for (bundle::ArchiveMember& member : f.forge.files)
            member.data.replace(from, to);
        return f.temp.write(QStringLiteral("v%1.pathways").arg(sequence), f.forge.build(sequence));
    }
};

} // namespace

TEST_CASE("api: a service whose street address moved is changed, with the address old and new")
{
    AddressFixture a;
    const QByteArray directoryBefore = test::readFile(a.f.data.installedDatabasePath());
    const QByteArray userBefore = test::readFile(a.f.data.userDatabasePath());
    // loc-1 (the Red Cross depot: Food parcels and Clothing store) moves; nothing of the services changes.
    const QString path = a.next(4, "Trubarjeva 1,Ljubljana,1000", "Dunajska 5,Ljubljana,1000");

    const api::UpdateOutcome preview = a.updates.preview(path);
    REQUIRE(preview.result == api::UpdateOutcome::Result::Previewed);
    CHECK(ids(preview.diff.changed) == QStringList{QStringLiteral("svc-1"), QStringLiteral("svc-2")});
    for (const auto& entry : preview.diff.changed) {
        INFO(entry.id.toStdString());
        REQUIRE(entry.fields.size() == 1);
        const auto* address = field(entry, QStringLiteral("address"));
        REQUIRE(address != nullptr);
        CHECK(address->before == QStringLiteral("Trubarjeva 1, Ljubljana, 1000"));
        CHECK(address->after == QStringLiteral("Dunajska 5, Ljubljana, 1000"));
    }
    const QJsonObject first =
        preview.diff.toJson().value(QStringLiteral("changed")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("fields")).toArray().first().toObject().value(QStringLiteral("field")) ==
          QStringLiteral("address"));
    CHECK(test::readFile(a.f.data.installedDatabasePath()) == directoryBefore);
    CHECK(test::readFile(a.f.data.userDatabasePath()) == userBefore);

    // Installing says the same (from the digests alone), and the digests it stores mark the move back too.
    const api::UpdateOutcome installed = a.updates.install(path, preview.bundleSha256);
    REQUIRE(installed.result == api::UpdateOutcome::Result::Installed);
    CHECK(ids(installed.diff.changed) == ids(preview.diff.changed));
    const api::UpdateOutcome back = a.updates.preview(a.next(5, "x-no-such-text", "x"));
    CHECK(ids(back.diff.changed) == ids(preview.diff.changed));
}

TEST_CASE("api: a renamed location or organisation marks each service there changed")
{
    AddressFixture a;
    // Legal advice (svc-3) is the only service at loc-2 (Centre office).
    const api::UpdateOutcome moved = a.updates.preview(a.next(4, "Centre office", "Centre office 2nd floor"));
    REQUIRE(moved.result == api::UpdateOutcome::Result::Previewed);
    REQUIRE(ids(moved.diff.changed) == QStringList{QStringLiteral("svc-3")});
    const auto* location = field(moved.diff.changed.first(), QStringLiteral("location"));
    REQUIRE(location != nullptr);
    CHECK(location->before.startsWith(QStringLiteral("Centre office, ")));
    CHECK(location->after.startsWith(QStringLiteral("Centre office 2nd floor, ")));

    // org-1 runs Food parcels and Clothing store.
    const api::UpdateOutcome renamed =
        a.updates.preview(a.next(4, ",Bundle Test Red Cross,", ",Bundle Test Red Cross Slovenia,"));
    REQUIRE(renamed.result == api::UpdateOutcome::Result::Previewed);
    CHECK(ids(renamed.diff.changed) == QStringList{QStringLiteral("svc-1"), QStringLiteral("svc-2")});
    const auto* organisation = field(renamed.diff.changed.first(), QStringLiteral("organization"));
    REQUIRE(organisation != nullptr);
    CHECK(organisation->after == QStringLiteral("Bundle Test Red Cross Slovenia"));
}

TEST_CASE("api: digests stored by an older version are computed again, not compared with today's")
{
    AddressFixture a;
    {
        // What a directory installed before the digests covered addresses looks like: no version, and
        // digests that match nothing computed today.
        db::Connection installed(a.f.data.installedDatabasePath());
        installed.execute(QStringLiteral("DROP TABLE bundle_digest_version; UPDATE bundle_service_digest SET "
                                         "digest = zeroblob(16)"));
    }
    const api::UpdateOutcome same = a.updates.preview(a.next(4, "x-no-such-text", "x"));
    REQUIRE(same.result == api::UpdateOutcome::Result::Previewed);
    CHECK(same.diff.changed.isEmpty());
    CHECK(same.diff.added.isEmpty());
    CHECK(same.diff.removed.isEmpty());
}

TEST_CASE("api: restore previous says which fields of each changed service change back")
{
    AddressFixture a;
    REQUIRE(a.updates.install(a.next(4, "Trubarjeva 1,", "Dunajska 5,")).result ==
            api::UpdateOutcome::Result::Installed);
    const QByteArray directoryBefore = test::readFile(a.f.data.installedDatabasePath());

    const Expected<api::UpdateOutcome> preview = a.updates.restorePrevious(true);
    REQUIRE(preview);
    REQUIRE(ids(preview->diff.changed) == QStringList{QStringLiteral("svc-1"), QStringLiteral("svc-2")});
    const auto* address = field(preview->diff.changed.first(), QStringLiteral("address"));
    REQUIRE(address != nullptr);
    CHECK(address->before == QStringLiteral("Dunajska 5, Ljubljana, 1000"));  // installed now
    CHECK(address->after == QStringLiteral("Trubarjeva 1, Ljubljana, 1000")); // what restoring brings back
    CHECK(test::readFile(a.f.data.installedDatabasePath()) == directoryBefore);

    const Expected<api::UpdateOutcome> restored = a.updates.restorePrevious(false);
    REQUIRE(restored);
    REQUIRE(restored->diff.changed.size() == 2);
    CHECK(field(restored->diff.changed.first(), QStringLiteral("address")) != nullptr);
}
