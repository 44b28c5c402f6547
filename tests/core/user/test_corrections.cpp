// Issue 15, corrections back to the publisher: queued in user.sqlite (schema 2, upgraded from 1 without
// losing notes or favourites), editable while pending, exported to one JSON file, reviewed against HSDS data.
#include "api/CorrectionExchange.h"
#include "db/Connection.h"
#include "support/TempDir.h"
#include "user/CorrectionQueue.h"
#include "user/UserStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

user::Correction correction(const QString& service, const QString& field, const QString& oldValue,
                            const QString& suggested)
{
    user::Correction c;
    c.serviceId = service;
    c.serviceName = QStringLiteral("Name of ") + service;
    c.field = field;
    c.oldValue = oldValue;
    c.problem = QStringLiteral("The worker says this is out of date.");
    c.suggestedValue = suggested;
    c.directoryPublisher = QStringLiteral("Fictional Test Publisher");
    c.directoryVersion = 7;
    return c;
}

QString slipData()
{
    return QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/slip");
}

} // namespace

TEST_CASE("user.sqlite of schema 1 is upgraded to 2: notes and favourites kept, corrections can be queued")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("user.sqlite"));
    {
        // A file exactly as Pathways 0.2 (schema 1) wrote it.
        db::Connection v1(path);
        v1.execute(QStringLiteral(
            "CREATE TABLE note (service_id TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL, updated TEXT NOT NULL);"
            "CREATE TABLE favourite (service_id TEXT PRIMARY KEY NOT NULL, added TEXT NOT NULL);"
            "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT);"
            "INSERT INTO note VALUES ('svc-1', 'Ask for Ana', '2026-01-01T10:00:00.000Z');"
            "INSERT INTO favourite VALUES ('svc-2', '2026-01-01T10:00:00.000Z');"
            "INSERT INTO setting VALUES ('home', 'Maribor');"));
        v1.setApplicationId(user::kUserApplicationId);
        v1.setUserVersion(1);
    }
    auto queue = user::CorrectionQueue::open(path);
    REQUIRE(queue);
    REQUIRE((*queue)->add(correction(QStringLiteral("svc-1"), QStringLiteral("phone"), QStringLiteral("01 234"),
                                     QStringLiteral("01 999"))));
    {
        db::Connection check(path);
        CHECK(check.userVersion() == 2);
    }
    auto store = user::UserStore::open(path);
    REQUIRE(store);
    CHECK((*store)->note(QStringLiteral("svc-1")).value_or(QString()) == QStringLiteral("Ask for Ana"));
    CHECK((*store)->favourites().value_or(QStringList()) == QStringList{QStringLiteral("svc-2")});
    CHECK((*store)->setting(QStringLiteral("home")).value_or(QString()) == QStringLiteral("Maribor"));
}

TEST_CASE("a pending correction can be edited and removed, after export it is kept but no longer editable")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("user.sqlite"));
    auto queue = user::CorrectionQueue::open(path);
    REQUIRE(queue);
    CHECK_FALSE((*queue)->add(correction({}, QStringLiteral("phone"), {}, QStringLiteral("x"))));
    auto noWords = correction(QStringLiteral("svc-1"), QStringLiteral("phone"), {}, {});
    noWords.problem.clear();
    CHECK_FALSE((*queue)->add(noWords));

    const auto first = (*queue)->add(correction(QStringLiteral("svc-1"), QStringLiteral("email"),
                                                QStringLiteral("old@example.org"), QStringLiteral("new@example.org")));
    const auto second = (*queue)->add(correction(QStringLiteral("svc-2"), QStringLiteral("hours"), {}, {}));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE((*queue)->edit(*first, QStringLiteral("Bounces."), QStringLiteral("desk@example.org")));
    REQUIRE((*queue)->remove(*second));
    auto pending = (*queue)->list(true);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().suggestedValue == QStringLiteral("desk@example.org"));
    CHECK(pending->first().problem == QStringLiteral("Bounces."));

    const QString file = dir.file(QStringLiteral("corrections.json"));
    const auto written = api::CorrectionExchange::exportPending(path, file, QDateTime::fromString(
                                                                               QStringLiteral("2026-12-01T12:00:00Z"), Qt::ISODate));
    REQUIRE(written);
    CHECK(*written == 1);
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("pathways-corrections"));
    const QJsonObject item = root.value(QStringLiteral("corrections")).toArray().first().toObject();
    CHECK(item.value(QStringLiteral("service_id")).toString() == QStringLiteral("svc-1"));
    CHECK(item.value(QStringLiteral("field")).toString() == QStringLiteral("email"));
    CHECK(item.value(QStringLiteral("old_value")).toString() == QStringLiteral("old@example.org"));
    CHECK(item.value(QStringLiteral("suggested_value")).toString() == QStringLiteral("desk@example.org"));
    CHECK(item.value(QStringLiteral("directory_version")).toInt() == 7);
    CHECK(!item.value(QStringLiteral("date")).toString().isEmpty());

    // Exported: kept, shown as such, read-only; a second export has nothing to write.
    const auto all = (*queue)->list();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK_FALSE(all->first().pending());
    CHECK((*queue)->edit(*first, QStringLiteral("x"), QStringLiteral("y")).error().kind == Error::Kind::Refused);
    CHECK((*queue)->remove(*first).error().kind == Error::Kind::Refused);
    const auto again = api::CorrectionExchange::exportPending(path, dir.file(QStringLiteral("again.json")));
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("again.json"))));
}

TEST_CASE("review: each correction against the publisher's HSDS data, the same one from two workers merged")
{
    test::TempDir dir;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    const QList<user::Correction> workerA{
        correction(QStringLiteral("svc-fic-legal-desk"), QStringLiteral("email"), QStringLiteral("desk@example.org"),
                   QStringLiteral("advice@example.org")),
        correction(QStringLiteral("svc-fic-legal-desk"), QStringLiteral("website"),
                   QStringLiteral("https://example.org/old-desk"), QStringLiteral("https://example.org/legal-desk")),
        correction(QStringLiteral("svc-fic-closed-long-ago"), QStringLiteral("phone"), QStringLiteral("020 7946 0000"),
                   {}),
    };
    const QList<user::Correction> workerB{
        correction(QStringLiteral("svc-fic-legal-desk"), QStringLiteral("email"), QStringLiteral("desk@example.org"),
                   QStringLiteral("advice@example.org")),
        correction(QStringLiteral("svc-fic-helpline"), QStringLiteral("description"), QStringLiteral("An old text."),
                   QStringLiteral("A new text.")),
    };
    const QString a = dir.file(QStringLiteral("a.json")), b = dir.file(QStringLiteral("b.json"));
    for (const auto& [path, list] : {std::pair{a, workerA}, std::pair{b, workerB}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(api::CorrectionExchange::toJson(list, when));
    }
    const auto reviews = api::CorrectionExchange::review({a, b}, slipData());
    REQUIRE(reviews);
    REQUIRE(reviews->size() == 4); // five reports, one of them twice
    using Verdict = api::CorrectionReview::Verdict;
    CHECK(reviews->at(0).verdict == Verdict::StillWrong);
    CHECK(reviews->at(0).reports == 2);
    CHECK(reviews->at(0).files == QStringList{a, b});
    CHECK(reviews->at(0).currentValue == QStringLiteral("desk@example.org"));
    CHECK(reviews->at(1).verdict == Verdict::AlreadyFixed);
    CHECK(reviews->at(2).verdict == Verdict::ServiceGone);
    CHECK(reviews->at(3).verdict == Verdict::Changed);
    CHECK(reviews->at(3).currentValue == QStringLiteral("A listening line at night."));

    QFile bad(dir.file(QStringLiteral("notes.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"format\": \"something-else\"}");
    bad.close();
    const auto refused = api::CorrectionExchange::review({bad.fileName()}, slipData());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
}
