// `pathways-cli referrals list|export|clear`: the real binary on a data folder with the embedded directory.
// The log is switched on here through core (the window's switch); a referral-slip then logs one entry per
// service with its category from the directory, never the client's note; exit codes on bad input.
#include "CliRunner.h"
#include "support/TempDir.h"
#include "user/ReferralLog.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

struct LogFolder
{
    test::TempDir scratch;
    QString data = scratch.file(QStringLiteral("data"));
    QStringList environment{QStringLiteral("HOME=") + scratch.file(QStringLiteral("home")),
                            QStringLiteral("XDG_CONFIG_HOME=") + scratch.file(QStringLiteral("config")),
                            QStringLiteral("XDG_DATA_HOME=") + scratch.file(QStringLiteral("share")),
                            QStringLiteral("XDG_RUNTIME_DIR=") + scratch.path()};
    test::CliResult run(const QStringList& arguments) const
    {
        return test::runCli(QStringList{QStringLiteral("--data-dir"), data} + arguments, environment);
    }
    QString userFile() const { return data + QStringLiteral("/user.sqlite"); }
    /// user.sqlite and its journal, every byte.
    QByteArray userBytes() const
    {
        QByteArray bytes;
        for (const QString& name : QDir(data).entryList({QStringLiteral("user.sqlite*")}, QDir::Files, QDir::Name))
            bytes += test::readFile(QDir(data).filePath(name));
        return bytes;
    }
};

QJsonArray jsonArray(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).array();
}

} // namespace

TEST_CASE("referrals: bad input is one line on stderr and exit code 1, and nothing is written")
{
    LogFolder folder;
    const QString csv = folder.scratch.file(QStringLiteral("out.csv"));
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("referrals")}, QStringList{QStringLiteral("referrals"), QStringLiteral("sum")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-02-30")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--to"), QStringLiteral("yesterday")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-03-01")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("export")},
          QStringList{QStringLiteral("referrals"), QStringLiteral("export"), csv}, // nothing logged: no file
          QStringList{QStringLiteral("referrals"), QStringLiteral("clear")}}) { // no terminal, no --yes
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = folder.run(arguments);
        CHECK(result.exitCode == 1);
        if (arguments.size() > 1) // the bare command prints its usage
            CHECK(result.errLines().size() == 1);
    }
    CHECK_FALSE(QFile::exists(csv));
    const auto list = folder.run({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    CHECK(jsonArray(list.out).isEmpty());
}

TEST_CASE("referrals: a slip logs nothing while the log is off, and one entry per service without the note when on")
{
    LogFolder folder;
    const QString note = QStringLiteral("Olena K., born 1988");
    // The first two services the directory lists, and their categories as `show --json` gives them.
    const auto search = folder.run({QStringLiteral("search"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray rows = jsonArray(search.out);
    REQUIRE(rows.size() >= 2);
    const QStringList ids{rows.at(0)[QStringLiteral("id")].toString(), rows.at(1)[QStringLiteral("id")].toString()};
    auto slip = [&](const QString& out) {
        return folder.run({QStringLiteral("referral-slip"), ids.at(0), ids.at(1), QStringLiteral("--client-lang"),
                           QStringLiteral("en"), QStringLiteral("--client-note"), note,
                           QStringLiteral("--client-consent"), QStringLiteral("--out"), folder.scratch.file(out)});
    };

    REQUIRE(folder.run({QStringLiteral("referrals"), QStringLiteral("list")}).exitCode == 0); // creates user.sqlite
    const QByteArray before = folder.userBytes();
    REQUIRE(slip(QStringLiteral("off.pdf")).exitCode == 0);
    CHECK(folder.userBytes() == before); // off: not a byte changed

    REQUIRE(user::ReferralLog::open(folder.userFile()).value()->setEnabled(true));
    const auto printed = slip(QStringLiteral("on.pdf"));
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.err.isEmpty());
    const auto list = folder.run({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray entries = jsonArray(list.out);
    REQUIRE(entries.size() == 2);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (int i = 0; i < 2; ++i) {
        const auto show = folder.run({QStringLiteral("show"), ids.at(i), QStringLiteral("--json")});
        REQUIRE(show.exitCode == 0);
        const QJsonObject service = QJsonDocument::fromJson(show.out).object();
        const QJsonObject entry = entries.at(i).toObject();
        CHECK(entry[QStringLiteral("date")].toString() == today);
        CHECK(entry[QStringLiteral("service_id")].toString() == ids.at(i));
        CHECK(entry[QStringLiteral("service_name")].toString() == service[QStringLiteral("name")].toString());
        const QJsonValue first = service[QStringLiteral("categories")].toArray().first();
        const QString code = first.isObject() ? first[QStringLiteral("code")].toString() : first.toString();
        CHECK(entry[QStringLiteral("category")].toString() == code);
        CHECK_FALSE(entry[QStringLiteral("category_name")].toString().isEmpty());
    }
    CHECK_FALSE(folder.userBytes().contains(note.toUtf8()));
    CHECK_FALSE(folder.userBytes().contains(QByteArrayLiteral("Olena")));

    // Date ranges: today is in, yesterday and tomorrow are not.
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    CHECK(jsonArray(folder.run({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--from"), today, QStringLiteral("--to"), today})
                        .out)
              .size() == 2);
    CHECK(jsonArray(folder.run({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--from"), tomorrow})
                        .out)
              .isEmpty());
    CHECK(jsonArray(folder.run({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--to"), yesterday})
                        .out)
              .isEmpty());

    // CSV: the header and one line per entry, matching the list.
    const QString csv = folder.scratch.file(QStringLiteral("log.csv"));
    const auto exported = folder.run({QStringLiteral("referrals"), QStringLiteral("export"), csv});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out == "wrote " + csv.toUtf8() + " (2 referrals)\n");
    const QList<QByteArray> lines = test::readFile(csv).split('\n');
    REQUIRE(lines.size() == 4); // header, two rows, and the empty rest after the last CRLF
    CHECK(lines.at(0) == "date,service_id,service_name,category,category_name\r");
    for (int i = 0; i < 2; ++i)
        CHECK(lines.at(i + 1).startsWith((today + QLatin1Char(',') + ids.at(i) + QLatin1Char(',')).toUtf8()));
    CHECK_FALSE(test::readFile(csv).contains(QByteArrayLiteral("Olena")));

    const auto cleared = folder.run({QStringLiteral("referrals"), QStringLiteral("clear"), QStringLiteral("--yes")});
    REQUIRE(cleared.exitCode == 0);
    CHECK(cleared.out == "deleted 2 referrals\n");
    CHECK(jsonArray(folder.run({QStringLiteral("referrals"), QStringLiteral("list"), QStringLiteral("--json")}).out).isEmpty());
    CHECK(user::ReferralLog::isEnabled(folder.userFile()).value()); // clearing keeps the switch
}
