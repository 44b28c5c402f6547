#include "SearchBenchmark.h"

#include "ProcessMemory.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "directory/DataFolder.h"
#include "search/FacetCounter.h"
#include "search/GeoCells.h"
#include "search/MatchExpression.h"
#include "search/SearchEngine.h"

#include <QFileInfo>
#include <QTimeZone>
#include <chrono>
#include <ctime>
#include <memory>
#include <stdexcept>

namespace pathways::bench {

namespace {

// Wall-clock time, or with --cpu-time the CPU time of this thread: on a machine shared with other builds
// (load average 10 on two cores) wall time is mostly waiting for a CPU, while CPU time still tells what
// the code costs. Both are in milliseconds.
bool g_cpuTime = false;

struct Clock
{
    static double now()
    {
        if (g_cpuTime) {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
        }
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

double millisecondsSince(double start)
{
    return Clock::now() - start;
}

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

search::SearchQuery toSearchQuery(const BenchQuery& in, search::SearchEngine& engine)
{
    search::SearchQuery query;
    query.text = in.text;
    query.categories = in.categories;
    query.audiences = in.audiences;
    query.municipality = in.municipality;
    query.language = in.language;
    query.freeOnly = in.freeOnly;
    query.limit = in.limit;
    if (!in.openAt.isEmpty()) {
        const QDateTime moment = QDateTime::fromString(in.openAt, Qt::ISODateWithMs);
        if (!moment.isValid())
            fail(QStringLiteral("line %1: --open-at is not ISO 8601: %2").arg(in.line).arg(in.openAt));
        query.openAt = moment;
    }
    if (!in.near.isEmpty()) {
        query.origin = search::parseCoordinates(in.near);
        if (!query.origin)
            query.origin = engine.placeCentroid(in.near);
        if (!query.origin)
            fail(QStringLiteral("line %1: --near: no place '%2' with coordinates").arg(in.line).arg(in.near));
    }
    query.withinKm = in.withinKm;
    if (in.sortByDistance && query.origin)
        query.sort = search::SearchQuery::Sort::Distance;
    return query;
}

// The baseline a first implementation would write: every word as a prefix over the text columns, the
// filters that FTS can express ANDed as facet tokens (the same tokens the engine uses), bm25 order.
// Open-at cannot be expressed in FTS and is ignored; within-km becomes the covering grid cells only.
QString naiveExpression(const search::SearchQuery& query)
{
    using search::MatchExpression;
    QStringList geoTokens;
    if (query.origin && query.withinKm)
        geoTokens = search::GeoCells::tokensCovering(*query.origin, *query.withinKm).value_or(QStringList());
    const QStringList tokens = MatchExpression::tokens(query.text);
    return MatchExpression::both(MatchExpression::text(tokens, QStringLiteral("name alt place body")),
                                 MatchExpression::filters(query, geoTokens));
}

int runNaive(db::Statement& statement, const QString& expression)
{
    statement.bind(1, expression);
    int rows = 0;
    while (statement.step()) {
        statement.columnInt64(0); // read the rowid as a caller would
        ++rows;
    }
    statement.reset();
    return rows;
}

} // namespace

SearchBenchmark::SearchBenchmark(Options options) : m_options(std::move(options)) {}

SearchBenchmark::Result SearchBenchmark::run()
{
    QString error;
    const QList<BenchQuery> queries = QueryFile::read(m_options.queriesPath, &error);
    if (queries.isEmpty())
        fail(error);

    Result result;
    result.loadBefore = ProcessMemory::loadAverage();
    g_cpuTime = m_options.cpuTime;
    result.cpuTime = m_options.cpuTime;
    result.repeat = std::max(1, m_options.repeat);
    result.facetRepeat = m_options.facetRepeat >= 0 ? m_options.facetRepeat : std::max(1, result.repeat / 4);
    const directory::DataFolder data(m_options.dataDir);
    result.databasePath = data.installedDatabasePath();
    if (!data.hasDirectory())
        fail(QStringLiteral("no directory in %1 (run 'pathways-bench import' first)").arg(m_options.dataDir));
    result.databaseBytes = QFileInfo(result.databasePath).size();

    const auto openStart = Clock::now();
    db::Connection connection(result.databasePath, db::Connection::Mode::ReadOnly);
    auto engine = std::make_unique<search::SearchEngine>(connection, QTimeZone("Europe/Ljubljana"));
    engine->setTierWalk(m_options.tierWalk);
    result.openMs = millisecondsSince(openStart);
    result.services = connection.queryInt(QStringLiteral("SELECT count(*) FROM search_doc"));
    result.rssAfterOpenKiB = ProcessMemory::residentKiB();

    QList<search::SearchQuery> resolved;
    for (const BenchQuery& query : queries) {
        resolved << toSearchQuery(query, *engine);
        QueryResult entry;
        entry.query = query;
        if (m_options.naive)
            entry.naiveExpression = naiveExpression(resolved.last());
        result.queries << entry;
    }
    auto naive = connection.prepare(
        QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 50"));

    // Warm-up: one untimed pass, so the timed runs measure a warm page cache and warm engine caches
    // (open states, coordinates), which is the state of an app that has been in use for a minute.
    for (qsizetype i = 0; i < resolved.size(); ++i) {
        QueryResult& entry = result.queries[i];
        const auto start = Clock::now();
        const search::SearchResults results = engine->search(resolved.at(i));
        entry.coldMs = millisecondsSince(start);
        entry.hits = static_cast<int>(results.hits.size());
        entry.more = results.more;
        if (!entry.naiveExpression.isEmpty())
            entry.naiveRows = runNaive(naive, entry.naiveExpression);
    }
    // Rounds over the whole file rather than N runs of one query in a row: a query never runs right after
    // itself, so no run profits from the exact pages its previous run just touched.
    for (int round = 0; round < result.repeat; ++round) {
        for (qsizetype i = 0; i < resolved.size(); ++i) {
            QueryResult& entry = result.queries[i];
            auto start = Clock::now();
            const search::SearchResults results = engine->search(resolved.at(i));
            entry.engine.add(millisecondsSince(start));
            if (results.hits.size() != entry.hits)
                fail(QStringLiteral("line %1: result count changed between runs").arg(entry.query.line));
            if (!entry.naiveExpression.isEmpty()) {
                start = Clock::now();
                runNaive(naive, entry.naiveExpression);
                entry.naive.add(millisecondsSince(start));
            }
        }
    }
    result.rssAfterSearchKiB = ProcessMemory::residentKiB();

    if (m_options.facets && result.facetRepeat > 0) {
        search::FacetCounter counter(connection);
        for (qsizetype i = 0; i < resolved.size(); ++i) {
            const auto start = Clock::now();
            result.queries[i].facetTotal = counter.count(resolved.at(i), *engine).value().total;
            if (i == 0)
                result.facetLoadMs = millisecondsSince(start);
        }
        for (int round = 0; round < result.facetRepeat; ++round) {
            for (qsizetype i = 0; i < resolved.size(); ++i) {
                const auto start = Clock::now();
                counter.count(resolved.at(i), *engine).value();
                result.queries[i].facets.add(millisecondsSince(start));
            }
        }
        result.rssAfterFacetsKiB = ProcessMemory::residentKiB();
    }
    result.peakKiB = ProcessMemory::peakKiB();
    result.loadAfter = ProcessMemory::loadAverage();
    return result;
}

} // namespace pathways::bench
