// The core API as the front ends meet it: real data folders, the real embedded bundle, real signatures.
#include "../bundle/BundleTestSupport.h"
#include "api/DirectoryReader.h"
#include "api/PrepareDataFolder.h"
#include "api/UpdateService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

const QStringList kEnglish{QStringLiteral("en")};

std::unique_ptr<api::DirectoryReader> openReader(const directory::DataFolder& folder)
{
    auto opened = api::DirectoryReader::open(folder);
    REQUIRE(opened);
    return std::move(opened.value());
}

qint64 serviceCount(api::DirectoryReader& reader)
{
    const auto found = reader.status();
    REQUIRE(found);
    return found->services;
}

} // namespace

TEST_CASE("api: first run is explicit: nothing is installed until prepareDataFolder, which is idempotent")
{
    test::TempDir temp;
    const directory::DataFolder folder(temp.file(QStringLiteral("data")));
    const auto before = api::DirectoryReader::open(folder);
    REQUIRE_FALSE(before);
    CHECK(before.error().kind == Error::Kind::NotFound);
    CHECK(before.error().message.contains(QStringLiteral("no directory is installed")));

    REQUIRE(api::prepareDataFolder(folder));
    const QByteArray installed = test::readFile(folder.installedDatabasePath());
    REQUIRE_FALSE(installed.isEmpty());
    REQUIRE(api::prepareDataFolder(folder)); // a second start installs nothing again
    CHECK(test::readFile(folder.installedDatabasePath()) == installed);

    const auto status = openReader(folder)->status();
    REQUIRE(status);
    CHECK(status->origin == QStringLiteral("embedded"));
    CHECK(status->services > 10);
    CHECK(status->demonstrationServices == status->services);
}

TEST_CASE("api: a data folder that cannot be created is an Io error, not a crash")
{
    test::TempDir temp;
    temp.write(QStringLiteral("file"), "not a folder");
    const Status prepared =
        api::prepareDataFolder(directory::DataFolder(temp.file(QStringLiteral("file/data"))));
    REQUIRE_FALSE(prepared);
    CHECK(prepared.error().kind == Error::Kind::Io);
    CHECK(prepared.error().message.contains(QStringLiteral("cannot create the data folder")));
}

TEST_CASE("api: the read API answers typed values in the user's language, and errors as values")
{
    test::TempDir temp;
    const directory::DataFolder folder(temp.file(QStringLiteral("data")));
    REQUIRE(api::prepareDataFolder(folder));
    auto reader = openReader(folder);

    search::SearchQuery legal;
    legal.text = QStringLiteral("legal");
    const auto english = reader->search(legal, kEnglish);
    REQUIRE(english);
    REQUIRE_FALSE(english->rows.isEmpty());
    const api::ResultRow& first = english->rows.first();
    CHECK_FALSE(first.categories.isEmpty());
    CHECK(first.demonstration);
    for (const api::ResultRow& row : english->rows) {
        // Never verified stays never verified: no age is made up.
        CHECK(row.verifiedDaysAgo.has_value() == !row.verified.isEmpty());
        if (row.verifiedDaysAgo)
            CHECK(*row.verifiedDaysAgo ==
                  QDate::fromString(row.verified, Qt::ISODate).daysTo(QDate::currentDate()));
    }

    // The same service in Ukrainian: its name and its category names come from the translations.
    search::SearchQuery same;
    same.onlyServices = {first.id};
    const auto ukrainian = reader->search(same, {QStringLiteral("uk"), QStringLiteral("en")});
    REQUIRE(ukrainian);
    REQUIRE(ukrainian->rows.size() == 1);
    CHECK(ukrainian->rows.first().name.locale == QStringLiteral("uk"));
    CHECK(ukrainian->rows.first().categories.first().name != first.categories.first().name);

    const auto details = reader->details(first.id, kEnglish);
    REQUIRE(details);
    CHECK(details->record.summary.id == first.id);
    CHECK(details->week.size() == 7);

    const auto missing = reader->details(QStringLiteral("no-such-service"), kEnglish);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == Error::Kind::NotFound);

    search::SearchQuery unknown;
    unknown.categories = {QStringLiteral("no-such-category")};
    const auto resolved = reader->resolve(unknown);
    REQUIRE_FALSE(resolved);
    CHECK(resolved.error().kind == Error::Kind::InvalidInput);
    CHECK(resolved.error().message.contains(QStringLiteral("no-such-category")));

    search::SearchQuery near;
    near.nearPlace = QStringLiteral("Любляна"); // any script
    const auto located = reader->resolve(near);
    REQUIRE(located);
    CHECK(located->origin.has_value());

    const auto facets = reader->facets(search::SearchQuery{}, {QStringLiteral("sl"), QStringLiteral("en")});
    REQUIRE(facets);
    CHECK(facets->counts.total == serviceCount(*reader));
    const auto categories = reader->categories({QStringLiteral("sl"), QStringLiteral("en")});
    REQUIRE(categories);
    const auto legalAid = std::find_if(categories->cbegin(), categories->cend(), [](const api::ListEntry& e) {
        return e.code == QStringLiteral("legal-aid");
    });
    REQUIRE(legalAid != categories->cend());
    CHECK(legalAid->name == QStringLiteral("Pravna pomoč"));
    CHECK(facets->nameOf(QStringLiteral("category"), QStringLiteral("legal-aid")) == legalAid->name);
}

TEST_CASE("api: an update preview shows the diff and writes nothing, install then changes the directory")
{
    test::InstalledFixture f(2);
    f.temp.write(QStringLiteral("data/trusted-keys/test.pub"), f.forge.key.publicKey().toFile());
    const QByteArray directoryBefore = test::readFile(f.data.installedDatabasePath());
    const QByteArray userBefore = test::readFile(f.data.userDatabasePath()); // holds a note
    // The publisher renamed one service.
    for (bundle::ArchiveMember& member : f.forge.files)
        if (member.name == QStringLiteral("services.csv"))
            member.data.replace("Clothing store", "Clothing and shoes");
    const QString bundlePath = f.temp.write(QStringLiteral("update.pathways"), f.forge.build(3));
    const api::UpdateService updates(f.data);

    const api::UpdateOutcome preview = updates.preview(bundlePath);
    CHECK(preview.result == api::UpdateOutcome::Result::Previewed);
    CHECK(preview.sequence == 3);
    CHECK(preview.previousSequence == 2);
    CHECK_FALSE(preview.keyId.isEmpty());
    CHECK(test::readFile(f.data.installedDatabasePath()) == directoryBefore);
    CHECK(test::readFile(f.data.userDatabasePath()) == userBefore);

    REQUIRE(preview.diff.changed.size() == 1);
    CHECK(preview.diff.changed.first().id == QStringLiteral("svc-2"));
    // On demand, what changed in it: the name, old and new, and nothing the publisher left alone.
    const auto& fields = preview.diff.changed.first().fields;
    INFO([&] {
        QString all;
        for (const auto& field : fields)
            all += field.field + QStringLiteral(": ") + field.before + QStringLiteral(" -> ") + field.after +
                   QLatin1Char('\n');
        return all.toStdString();
    }());
    REQUIRE_FALSE(fields.isEmpty());
    const auto name = std::find_if(fields.cbegin(), fields.cend(),
                                   [](const auto& field) { return field.field == QStringLiteral("name"); });
    REQUIRE(name != fields.cend());
    CHECK(name->before == QStringLiteral("Clothing store"));
    CHECK(name->after == QStringLiteral("Clothing and shoes"));
    for (const auto& field : fields)
        CHECK(field.before != field.after);
    const QJsonArray jsonFields = preview.diff.toJson()
                                      .value(QStringLiteral("changed"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("fields"))
                                      .toArray();
    CHECK(jsonFields.size() == fields.size());
    CHECK(preview.diff.added.isEmpty());
    CHECK(preview.diff.removed.isEmpty());

    const api::UpdateOutcome installed = updates.install(bundlePath);
    REQUIRE(installed.result == api::UpdateOutcome::Result::Installed);
    REQUIRE(installed.diff.changed.size() == 1);
    CHECK(installed.diff.changed.first().id == QStringLiteral("svc-2"));
    CHECK(test::readFile(f.data.installedDatabasePath()) != directoryBefore);
    CHECK(test::readFile(f.data.userDatabasePath()) == userBefore);
    CHECK(updates.installedBundle().value() == test::readFile(bundlePath));

    // The same file again: already installed, nothing written.
    const QByteArray afterInstall = test::readFile(f.data.installedDatabasePath());
    CHECK(updates.install(bundlePath).result == api::UpdateOutcome::Result::AlreadyInstalled);
    CHECK(test::readFile(f.data.installedDatabasePath()) == afterInstall);
}

TEST_CASE("api: a refused bundle is a Refused outcome with the step, and an unreadable key is a warning")
{
    test::InstalledFixture f(2);
    f.temp.write(QStringLiteral("data/trusted-keys/broken.pub"), "untrusted comment: not a key\nAAAA\n");
    test::BundleForge stranger; // signed by a key nobody trusts
    const QString path = f.temp.write(QStringLiteral("stranger.pathways"), stranger.build(9));
    const api::UpdateOutcome outcome = api::UpdateService(f.data).install(path);
    REQUIRE(outcome.result == api::UpdateOutcome::Result::Refused);
    REQUIRE(outcome.refusal);
    CHECK(outcome.refusal->kind == Error::Kind::Refused);
    CHECK(outcome.refusedAt == bundle::VerifyStep::Signature);
    CHECK_FALSE(outcome.trustWarnings.isEmpty()); // the window now shows these too
    CHECK(f.unchanged());
}
