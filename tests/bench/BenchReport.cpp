#include "BenchReport.h"

#include <QJsonArray>

namespace pathways::bench {

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString ratio(const LatencyStats& naive, const LatencyStats& engine, double p)
{
    const double e = engine.percentile(p);
    if (naive.empty() || e <= 0)
        return QStringLiteral("-");
    return QString::number(naive.percentile(p) / e, 'f', 1) + QLatin1Char('x');
}

QString triple(const LatencyStats& stats)
{
    if (stats.empty())
        return QStringLiteral("-");
    return ms(stats.percentile(50)) + QLatin1Char('/') + ms(stats.percentile(95)) + QLatin1Char('/') +
           ms(stats.percentile(99));
}

QJsonObject percentiles(const LatencyStats& stats)
{
    if (stats.empty())
        return {};
    return QJsonObject{
        {QStringLiteral("p50"), stats.percentile(50)}, {QStringLiteral("p95"), stats.percentile(95)},
        {QStringLiteral("p99"), stats.percentile(99)}, {QStringLiteral("mean"), stats.mean()},
        {QStringLiteral("max"), stats.max()},          {QStringLiteral("samples"), stats.count()}};
}

QString mib(long long kib)
{
    return QString::number(static_cast<double>(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

BenchReport::BenchReport(const SearchBenchmark::Result& result) : m_result(result)
{
    m_overall.name = QStringLiteral("overall");
    for (const auto& entry : result.queries) {
        auto it = std::find_if(m_classes.begin(), m_classes.end(),
                               [&](const Group& g) { return g.name == entry.query.queryClass; });
        if (it == m_classes.end()) {
            m_classes << Group{entry.query.queryClass, 0, {}, {}, {}};
            it = m_classes.end() - 1;
        }
        for (Group* group : {&*it, &m_overall}) {
            ++group->queries;
            group->engine.merge(entry.engine);
            group->naive.merge(entry.naive);
            group->facets.merge(entry.facets);
        }
    }
}

QString BenchReport::text() const
{
    QString out;
    const auto& r = m_result;
    out += QStringLiteral("directory  %1 (%2 services, %3 MiB)\n")
               .arg(r.databasePath)
               .arg(r.services)
               .arg(static_cast<double>(r.databaseBytes) / 1048576.0, 0, 'f', 1);
    out += QStringLiteral("runs       %1 timed per query after 1 warm-up; facets %2 timed\n")
               .arg(r.repeat)
               .arg(r.facetRepeat);
    out += QStringLiteral("times      milliseconds, p50/p95/p99 (nearest rank); ratio = naive / engine; cold "
                          "= first (untimed) run\n\n");
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
               .arg(QStringLiteral("class"), -12)
               .arg(QStringLiteral("hits"), 5)
               .arg(QStringLiteral("cold"), 7)
               .arg(QStringLiteral("engine"), 20)
               .arg(QStringLiteral("naive"), 20)
               .arg(QStringLiteral("p99 ratio"), 9)
               .arg(QStringLiteral("facets"), 20)
               .arg(QStringLiteral("query"));
    for (const auto& e : r.queries) {
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
                   .arg(e.query.queryClass, -12)
                   .arg(QString::number(e.hits) + (e.more ? QStringLiteral("+") : QString()), 5)
                   .arg(ms(e.coldMs), 7)
                   .arg(triple(e.engine), 20)
                   .arg(triple(e.naive), 20)
                   .arg(ratio(e.naive, e.engine, 99), 9)
                   .arg(triple(e.facets), 20)
                   .arg(e.query.label());
    }
    out += QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("class"), -12)
               .arg(QStringLiteral("n"), 3)
               .arg(QStringLiteral("engine p50/p95/p99"), 20)
               .arg(QStringLiteral("naive p50/p95/p99"), 20)
               .arg(QStringLiteral("p50 ratio"), 9)
               .arg(QStringLiteral("p99 ratio"), 9)
               .arg(QStringLiteral("facets p50/p95/p99"), 20);
    QList<Group> rows = m_classes;
    rows << m_overall;
    for (const Group& g : rows) {
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(g.name, -12)
                   .arg(g.queries, 3)
                   .arg(triple(g.engine), 20)
                   .arg(triple(g.naive), 20)
                   .arg(ratio(g.naive, g.engine, 50), 9)
                   .arg(ratio(g.naive, g.engine, 99), 9)
                   .arg(triple(g.facets), 20);
    }
    out += QStringLiteral("\nopen %1 ms; facet index load %2 ms\n").arg(ms(r.openMs), ms(r.facetLoadMs));
    if (r.cpuTime)
        out += QStringLiteral("times are CPU time of the searching thread (--cpu-time), not wall time\n");
    out +=
        QStringLiteral("RSS after open %1, after searches %2, after facets %3, peak (VmHWM) %4\n")
            .arg(mib(r.rssAfterOpenKiB), mib(r.rssAfterSearchKiB), mib(r.rssAfterFacetsKiB), mib(r.peakKiB));
    out +=
        QStringLiteral(
            "load average %1 at start, %2 at end (2 cores: above ~1 the figures include waiting for a CPU)\n")
            .arg(r.loadBefore, 0, 'f', 2)
            .arg(r.loadAfter, 0, 'f', 2);
    return out;
}

QJsonObject BenchReport::json() const
{
    const auto& r = m_result;
    QJsonArray queries;
    for (const auto& e : r.queries) {
        queries.append(QJsonObject{{QStringLiteral("line"), e.query.line},
                                   {QStringLiteral("class"), e.query.queryClass},
                                   {QStringLiteral("text"), e.query.text},
                                   {QStringLiteral("options"), e.query.options},
                                   {QStringLiteral("hits"), e.hits},
                                   {QStringLiteral("more"), e.more},
                                   {QStringLiteral("naiveExpression"), e.naiveExpression},
                                   {QStringLiteral("naiveRows"), e.naiveRows},
                                   {QStringLiteral("facetTotal"), e.facetTotal},
                                   {QStringLiteral("coldMs"), e.coldMs},
                                   {QStringLiteral("engineMs"), percentiles(e.engine)},
                                   {QStringLiteral("naiveMs"), percentiles(e.naive)},
                                   {QStringLiteral("facetsMs"), percentiles(e.facets)}});
    }
    auto group = [](const Group& g) {
        QJsonObject o{{QStringLiteral("queries"), g.queries},
                      {QStringLiteral("engineMs"), percentiles(g.engine)},
                      {QStringLiteral("naiveMs"), percentiles(g.naive)},
                      {QStringLiteral("facetsMs"), percentiles(g.facets)}};
        if (!g.naive.empty() && g.engine.percentile(99) > 0) {
            o.insert(QStringLiteral("ratioP50"), g.naive.percentile(50) / g.engine.percentile(50));
            o.insert(QStringLiteral("ratioP99"), g.naive.percentile(99) / g.engine.percentile(99));
        }
        return o;
    };
    QJsonObject classes;
    for (const Group& g : m_classes)
        classes.insert(g.name, group(g));
    return QJsonObject{
        {QStringLiteral("database"), r.databasePath},
        {QStringLiteral("databaseBytes"), r.databaseBytes},
        {QStringLiteral("services"), r.services},
        {QStringLiteral("repeat"), r.repeat},
        {QStringLiteral("facetRepeat"), r.facetRepeat},
        {QStringLiteral("openMs"), r.openMs},
        {QStringLiteral("loadAverage"), QJsonArray{r.loadBefore, r.loadAfter}},
        {QStringLiteral("facetLoadMs"), r.facetLoadMs},
        {QStringLiteral("rssKiB"), QJsonObject{{QStringLiteral("afterOpen"), r.rssAfterOpenKiB},
                                               {QStringLiteral("afterSearch"), r.rssAfterSearchKiB},
                                               {QStringLiteral("afterFacets"), r.rssAfterFacetsKiB},
                                               {QStringLiteral("peak"), r.peakKiB}}},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("classes"), classes},
        {QStringLiteral("overall"), group(m_overall)}};
}

} // namespace pathways::bench
