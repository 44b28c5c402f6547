// Issue 11, defect 11: services that no longer run (HSDS status inactive/defunct) are left out when the
// query asks for running services only, counted for "Include services no longer running (N)", and
// proposed when they are all a search would find.
#include "SearchFixture.h"
#include "search/DeadEndAdvisor.h"
#include "search/FacetCounter.h"
#include "search/RunningServices.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using pathways::search::DeadEndAdvisor;
using pathways::search::FacetCounter;
using pathways::search::QueryFilter;
using pathways::search::SearchQuery;
using pathways::test::SearchFixture;
using pathways::test::TempDir;

namespace {

// The embedded directory's completed projects, as its services.csv marks them (status "inactive").
const QStringList kEnded{QStringLiteral("svc-kljuc-pogum-2022"),
                         QStringLiteral("svc-kljuc-trafficking-victims-health-2015-2016"),
                         QStringLiteral("svc-iom-child-protection-2016-2018")};

SearchQuery running(const QString& text = {})
{
    SearchQuery query;
    query.text = text;
    query.runningOnly = true;
    query.limit = 100;
    return query;
}

// A copy of the embedded directory with other statuses: one project defunct instead of inactive, and one
// running service temporarily closed.
QString copyWithStatuses(const TempDir& dir)
{
    const QString folder = dir.file(QStringLiteral("hsds"));
    QDir().mkpath(folder);
    const QDir source(SearchFixture::embeddedFolder());
    for (const QString& name : source.entryList(QDir::Files)) {
        QFile in(source.filePath(name));
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray content = in.readAll();
        if (name == QLatin1String("services.csv")) {
            const qsizetype pogum = content.indexOf("svc-kljuc-pogum-2022,");
            REQUIRE(pogum >= 0);
            const qsizetype inactive = content.indexOf(",inactive,", pogum);
            REQUIRE(inactive > pogum);
            content.replace(inactive, 10, ",defunct,");
            const qsizetype daily = content.indexOf("svc-iom-assisted-voluntary-return,");
            REQUIRE(daily >= 0);
            const qsizetype active = content.indexOf(",active,", daily);
            REQUIRE(active > daily);
            content.replace(active, 8, ",temporarily closed,");
        }
        QFile out(folder + QLatin1Char('/') + name);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    return folder;
}

} // namespace

TEST_CASE("the completed projects of the embedded directory are not offered unless asked for")
{
    SearchFixture fixture(SearchFixture::embeddedFolder());
    SearchQuery all = running();
    all.runningOnly = false;
    const QStringList everything = fixture.ids(all);
    for (const QString& id : kEnded)
        CHECK(everything.contains(id));
    const QStringList runningIds = fixture.ids(running());
    CHECK(runningIds.size() == everything.size() - kEnded.size());
    for (const QString& id : kEnded)
        CHECK_FALSE(runningIds.contains(id));
    CHECK(fixture.engine().search(running()).total == runningIds.size());

    // Found by name only when asked for every status.
    CHECK(fixture.ids(running(QStringLiteral("POGUM"))).isEmpty());
    all.text = QStringLiteral("POGUM");
    CHECK(fixture.ids(all).value(0) == QStringLiteral("svc-kljuc-pogum-2022"));
    // The 2015–2016 trafficking programme has ended; the running services about trafficking stay.
    const QStringList trafficking = fixture.ids(running(QStringLiteral("trgovina z ljudmi")));
    CHECK_FALSE(trafficking.contains(QStringLiteral("svc-kljuc-trafficking-victims-health-2015-2016")));
}

TEST_CASE("facet counts leave out services no longer running and count them for the include filter")
{
    SearchFixture fixture(SearchFixture::embeddedFolder());
    FacetCounter counter(fixture.connection());
    const auto hidden = counter.count(running(), fixture.engine());
    const auto shown = counter.count(SearchQuery{}, fixture.engine());
    CHECK(hidden.notRunning == kEnded.size());
    CHECK(shown.notRunning == kEnded.size());
    CHECK(shown.total == hidden.total + kEnded.size());
    const auto pogum = counter.count(running(QStringLiteral("pogum")), fixture.engine());
    CHECK(pogum.total == 0);
    CHECK(pogum.notRunning == 1);
}

TEST_CASE("a search that finds only ended services proposes to include them, with the count")
{
    SearchFixture fixture(SearchFixture::embeddedFolder());
    const auto advice = DeadEndAdvisor(fixture.engine()).advise(running(QStringLiteral("pogum")));
    const auto it = std::find_if(advice.alternatives.cbegin(), advice.alternatives.cend(),
                                 [](const auto& a) { return a.filter == QueryFilter::Running; });
    REQUIRE(it != advice.alternatives.cend());
    CHECK(it->count == 1);
    CHECK_FALSE(it->query.runningOnly);
}

TEST_CASE("temporarily closed services still run, defunct ones do not")
{
    CHECK(pathways::search::isNoLongerRunning(QStringLiteral("defunct")));
    CHECK(pathways::search::isNoLongerRunning(QStringLiteral("inactive")));
    CHECK_FALSE(pathways::search::isNoLongerRunning(QStringLiteral("temporarily closed")));
    CHECK_FALSE(pathways::search::isNoLongerRunning(QString()));
    TempDir dir;
    SearchFixture fixture(copyWithStatuses(dir));
    const QStringList runningIds = fixture.ids(running());
    CHECK(runningIds.contains(QStringLiteral("svc-iom-assisted-voluntary-return")));
    for (const QString& id : kEnded)
        CHECK_FALSE(runningIds.contains(id));
    CHECK(pathways::search::firstNotRunningOrd(fixture.connection()) == runningIds.size() + 1);
}
