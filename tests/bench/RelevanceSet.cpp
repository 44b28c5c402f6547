#include "RelevanceSet.h"

#include "HsdsGenerator.h"
#include "db/Connection.h"
#include "directory/DataFolder.h"
#include "store/DirectoryStore.h"
#include "db/Statement.h"
#include "search/FacetTokens.h"
#include "search/SearchEngine.h"
#include "text/TextFolding.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <stdexcept>

namespace pathways::bench {

namespace {

// The services a judgement names, read from the directory itself.
QSet<QString> relevantServices(db::Connection& connection, const QString& judgement)
{
    QSet<QString> ids;
    if (judgement == QLatin1String("-"))
        return ids;
    if (judgement.contains(QLatin1Char('|'))) {
        for (const QString& part : judgement.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            ids.unite(relevantServices(connection, part));
        return ids;
    }
    QString expression;
    if (judgement.startsWith(QLatin1String("category:")))
        expression = QStringLiteral("facets : \"%1\"")
                         .arg(search::facet::token(search::facet::kCategory, judgement.mid(9)));
    else if (judgement.startsWith(QLatin1String("audience:")))
        expression = QStringLiteral("facets : \"%1\"")
                         .arg(search::facet::token(search::facet::kAudience, judgement.mid(9)));
    else if (judgement.startsWith(QLatin1String("terms:"))) {
        QStringList parts;
        for (const QString& word : text::searchTokens(judgement.mid(6)))
            parts << QStringLiteral("{name alt place body} : \"%1\"").arg(word);
        expression = parts.join(QStringLiteral(" AND "));
    } else {
        for (const QString& id : judgement.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.insert(id.trimmed());
        return ids;
    }
    auto row = connection.prepare(QStringLiteral(
        "SELECT d.service_id FROM search_fts f JOIN search_doc d ON d.ord = f.rowid WHERE search_fts MATCH ?"));
    row.bind(1, expression);
    while (row.step())
        ids.insert(row.columnText(0));
    return ids;
}

// The directory of `hsds` installed in `dataDir` (imported unless already there); its database path.
QString installed(const QString& hsds, const QString& dataDir)
{
    store::DirectoryStore store{directory::DataFolder(dataDir)};
    const QString path = store.data().installedDatabasePath();
    if (QFile::exists(path))
        return path;
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Relevance set");
    origin.sequence = 1;
    origin.created = QStringLiteral("2026-11-01T00:00:00Z");
    const auto outcome = store.importHsdsFolder(hsds, origin);
    if (!outcome.installed)
        throw std::runtime_error("cannot import " + hsds.toStdString() + ": " + outcome.error.toStdString());
    return path;
}

} // namespace

QString RelevanceSet::generatedDatabase(const QString& workDir)
{
    return directory::DataFolder(workDir + QStringLiteral("/generated-10k-data")).installedDatabasePath();
}

RelevanceSet::Summary RelevanceSet::evaluate(const QString& judgedPath, const QString& embeddedHsds,
                                             const QString& workDir)
{
    const QList<Judged> judged = load(judgedPath);
    QDir().mkpath(workDir);
    const QString generatedHsds = workDir + QStringLiteral("/generated-10k-hsds");
    if (!QFile::exists(generatedHsds + QStringLiteral("/services.csv"))) {
        HsdsGenerator::Options options;
        options.services = 10000;
        options.seed = 1;
        options.folder = generatedHsds.toStdString();
        HsdsGenerator(options).run();
    }
    const std::pair<QString, QString> corpora[] = {
        {QStringLiteral("embedded"), installed(embeddedHsds, workDir + QStringLiteral("/embedded-data"))},
        {QStringLiteral("generated"), installed(generatedHsds, workDir + QStringLiteral("/generated-10k-data"))}};
    Summary summary;
    for (const auto& [corpus, path] : corpora) {
        db::Connection connection(path, db::Connection::Mode::ReadOnly);
        search::SearchEngine engine(connection, QTimeZone("Europe/Ljubljana"));
        run(judged, corpus, connection, engine, summary);
    }
    finish(summary);
    return summary;
}

QList<RelevanceSet::Judged> RelevanceSet::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("cannot read " + path.toStdString());
    QList<Judged> judged;
    QTextStream in(&file);
    int number = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++number;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 4 || fields.at(2).isEmpty() || fields.at(3).isEmpty())
            throw std::runtime_error(path.toStdString() + ":" + std::to_string(number) +
                                     ": expected corpus, language, query, judgement separated by tabs");
        judged << Judged{fields.at(0), fields.at(1), fields.at(2), fields.at(3)};
    }
    return judged;
}

void RelevanceSet::run(const QList<Judged>& judged, const QString& corpus, db::Connection& connection,
                       search::SearchEngine& engine, Summary& summary)
{
    for (const Judged& entry : judged) {
        if (entry.corpus != corpus)
            continue;
        Outcome outcome;
        outcome.judged = entry;
        const QSet<QString> relevant = relevantServices(connection, entry.judgement);
        outcome.relevant = static_cast<int>(relevant.size());
        search::SearchQuery query;
        query.text = entry.query;
        query.limit = kDepth;
        const search::SearchResults results = engine.search(query);
        outcome.total = results.total;
        for (qsizetype i = 0; i < results.hits.size(); ++i) {
            if (relevant.contains(results.hits.at(i).serviceId)) {
                ++outcome.found;
                if (outcome.firstRank == 0)
                    outcome.firstRank = static_cast<int>(i + 1);
            }
        }
        if (entry.judgement == QLatin1String("-")) {
            outcome.emptyAsJudged = results.hits.isEmpty();
            ++summary.mustFindNothing;
            summary.foundNothing += outcome.emptyAsJudged ? 1 : 0;
        } else {
            outcome.recall = relevant.isEmpty() ? 0
                                                : static_cast<double>(outcome.found) /
                                                      std::min<qsizetype>(kDepth, relevant.size());
        }
        summary.outcomes << outcome;
    }
}

void RelevanceSet::finish(Summary& summary)
{
    summary.judged = 0;
    double recall = 0;
    double reciprocal = 0;
    for (const Outcome& outcome : std::as_const(summary.outcomes)) {
        if (outcome.judged.judgement == QLatin1String("-"))
            continue;
        ++summary.judged;
        recall += outcome.recall;
        reciprocal += outcome.firstRank > 0 ? 1.0 / outcome.firstRank : 0;
    }
    summary.recallAt10 = summary.judged > 0 ? recall / summary.judged : 0;
    summary.mrr = summary.judged > 0 ? reciprocal / summary.judged : 0;
}

RelevanceSet::Summary RelevanceSet::recorded(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::runtime_error("cannot read " + path.toStdString());
    Summary summary;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 2 || fields.at(0).startsWith(QLatin1Char('#')))
            continue;
        if (fields.at(0) == QLatin1String("recallAt10"))
            summary.recallAt10 = fields.at(1).toDouble();
        else if (fields.at(0) == QLatin1String("mrr"))
            summary.mrr = fields.at(1).toDouble();
        else if (fields.at(0) == QLatin1String("foundNothing"))
            summary.foundNothing = fields.at(1).toInt();
    }
    return summary;
}

} // namespace pathways::bench
