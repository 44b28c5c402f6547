// Issue 15, the optional referral log: off by default (nothing written, not even a new user.sqlite, while it
// is off), one entry per referred service with the day and the category read from the directory, never a
// client detail; listed by date range, counted per month and category, exported as CSV, cleared.
#include "api/DirectoryReader.h"
#include "api/PrepareDataFolder.h"
#include "api/ReferralLogging.h"
#include "support/TempDir.h"
#include "user/ReferralLog.h"
#include "user/UserStore.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

/// Every byte under `folder` (user.sqlite, its -wal and -shm), for "is this text anywhere on disk?".
QByteArray allBytes(const QString& folder)
{
    QByteArray bytes;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

user::ReferralLogEntry entry(const char* day, const char* id, const char* category)
{
    return user::ReferralLogEntry{0, QDate::fromString(QLatin1String(day), Qt::ISODate), QLatin1String(id),
                                  QStringLiteral("Name of ") + QLatin1String(id), QLatin1String(category)};
}

} // namespace

TEST_CASE("referral log: off by default, and a referral while it is off writes nothing, not even a user file")
{
    test::TempDir temp;
    const directory::DataFolder folder(temp.file(QStringLiteral("data")));
    REQUIRE(api::prepareDataFolder(folder));
    auto reader = api::DirectoryReader::open(folder);
    REQUIRE(reader);
    const QString userFile = folder.userDatabasePath();
    REQUIRE_FALSE(QFile::exists(userFile));

    const Expected<int> none = api::ReferralLogging::record(userFile, **reader, {QStringLiteral("svc-pic-mobile-blue-dot")}, {});
    REQUIRE(none);
    CHECK(*none == 0);
    CHECK_FALSE(QFile::exists(userFile)); // never created by a referral

    // A user file that exists (notes) stays byte for byte as it was.
    REQUIRE(user::UserStore::open(userFile).value()->setNote(QStringLiteral("svc-x"), QStringLiteral("a note")));
    const QByteArray before = allBytes(folder.root());
    CHECK_FALSE(user::ReferralLog::isEnabled(userFile).value());
    REQUIRE(api::ReferralLogging::record(userFile, **reader, {QStringLiteral("svc-pic-mobile-blue-dot")}, {}).value() == 0);
    CHECK(allBytes(folder.root()) == before);

    // And the store itself refuses to add while the switch is off.
    auto log = user::ReferralLog::open(userFile);
    REQUIRE(log);
    const Status refused = (*log)->add({entry("2026-11-03", "svc-a", "legal-aid")});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK((*log)->list().value().isEmpty());
}

TEST_CASE("referral log: when on, one entry per service with the day and the directory's category")
{
    test::TempDir temp;
    const directory::DataFolder folder(temp.file(QStringLiteral("data")));
    REQUIRE(api::prepareDataFolder(folder));
    auto reader = api::DirectoryReader::open(folder);
    REQUIRE(reader);
    const QString userFile = folder.userDatabasePath();
    REQUIRE(user::ReferralLog::open(userFile).value()->setEnabled(true));
    CHECK(user::ReferralLog::isEnabled(userFile).value());

    // Two services of the embedded directory, their categories as the read API gives them.
    auto page = (*reader)->search(search::SearchQuery{}, {});
    REQUIRE(page);
    REQUIRE(page->rows.size() >= 2);
    const QStringList ids{page->rows.at(0).id, page->rows.at(1).id};
    const QDate day(2026, 11, 17);
    REQUIRE(api::ReferralLogging::record(userFile, **reader, ids, {}, day).value() == 2);

    const auto entries = user::ReferralLog::open(userFile).value()->list();
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    for (int i = 0; i < 2; ++i) {
        const auto details = (*reader)->details(ids.at(i), {});
        REQUIRE(details);
        CHECK(entries->at(i).day == day);
        CHECK(entries->at(i).serviceId == ids.at(i));
        CHECK(entries->at(i).serviceName == details->record.summary.name.text);
        REQUIRE_FALSE(details->record.summary.categories.isEmpty());
        CHECK(entries->at(i).category == details->record.summary.categories.first().code);
    }
    // An unknown id logs nothing and says so.
    const Expected<int> unknown = api::ReferralLogging::record(userFile, **reader, {QStringLiteral("svc-nope")}, {}, day);
    REQUIRE_FALSE(unknown);
    CHECK(user::ReferralLog::open(userFile).value()->list().value().size() == 2);
}

TEST_CASE("referral log: date ranges, monthly counts per category, CSV, clear")
{
    test::TempDir temp;
    const QString userFile = temp.file(QStringLiteral("user.sqlite"));
    auto log = user::ReferralLog::open(userFile);
    REQUIRE(log);
    REQUIRE((*log)->setEnabled(true));
    REQUIRE((*log)->add({entry("2026-10-30", "svc-a", "legal-aid"), entry("2026-11-02", "svc-b", "legal-aid"),
                         entry("2026-11-02", "svc-c", "health"), entry("2026-11-30", "svc-d", "")}));
    // Invalid entries are refused whole.
    CHECK_FALSE((*log)->add({entry("2026-11-05", "svc-e", "health"), entry("not a day", "svc-f", "health")}));
    CHECK((*log)->list().value().size() == 4);

    const auto november = (*log)->list(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(november);
    REQUIRE(november->size() == 3);
    CHECK(november->first().serviceId == QLatin1String("svc-b"));
    CHECK((*log)->list(QDate(2026, 11, 3), {}).value().size() == 1);
    CHECK((*log)->list({}, QDate(2026, 10, 30)).value().size() == 1);

    const QHash<QString, QString> names{{QStringLiteral("legal-aid"), QStringLiteral("Legal aid")},
                                        {QStringLiteral("health"), QStringLiteral("Health care")}};
    const auto counts = api::ReferralLogging::monthly((*log)->list().value(), names);
    REQUIRE(counts.size() == 4);
    CHECK(counts.at(0).month == QLatin1String("2026-10"));
    CHECK(counts.at(0).referrals == 1);
    CHECK(counts.at(1).month == QLatin1String("2026-11")); // names sorted: (none) first, then Health care
    CHECK(counts.at(1).category.isEmpty());
    CHECK(counts.at(2).categoryName == QLatin1String("Health care"));
    CHECK(counts.at(3).categoryName == QLatin1String("Legal aid"));
    CHECK(counts.at(3).referrals == 1);

    const QString csvPath = temp.file(QStringLiteral("november.csv"));
    REQUIRE(api::ReferralLogging::exportCsv(userFile, csvPath, names, QDate(2026, 11, 1), QDate(2026, 11, 30)).value() == 3);
    CHECK(test::readFile(csvPath) == QByteArray("date,service_id,service_name,category,category_name\r\n"
                                                "2026-11-02,svc-b,Name of svc-b,legal-aid,Legal aid\r\n"
                                                "2026-11-02,svc-c,Name of svc-c,health,Health care\r\n"
                                                "2026-11-30,svc-d,Name of svc-d,,\r\n"));
    // Nothing in the range: no file.
    const QString empty = temp.file(QStringLiteral("empty.csv"));
    const Expected<int> nothing = api::ReferralLogging::exportCsv(userFile, empty, names, QDate(2027, 1, 1), {});
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(empty));

    CHECK((*log)->clear().value() == 4);
    CHECK((*log)->list().value().isEmpty());
    CHECK((*log)->enabled().value()); // clearing keeps the switch as it was
}

TEST_CASE("referral log: CSV quotes commas and quotes, and defuses what a spreadsheet would run as a formula")
{
    const QList<user::ReferralLogEntry> entries{
        {0, QDate(2026, 11, 2), QStringLiteral("svc-a"), QStringLiteral("Advice, \"legal\" desk"), QStringLiteral("legal-aid")},
        {0, QDate(2026, 11, 2), QStringLiteral("svc-b"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("health")}};
    CHECK(api::ReferralLogging::toCsv(entries, {}) ==
          QByteArray("date,service_id,service_name,category,category_name\r\n"
                     "2026-11-02,svc-a,\"Advice, \"\"legal\"\" desk\",legal-aid,\r\n"
                     "2026-11-02,svc-b,\"'=HYPERLINK(\"\"x\"\")\",health,\r\n"));
}
