// FacetCounter counts from its in-memory sets (search_facet); here every count is compared with FTS5's
// own count of the same services, through the facet tokens the search index writes for every service, on
// a generated directory large enough for every kind of value (frequent, rare, dense and sparse sets).
#include "HsdsGenerator.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/DataFolder.h"
#include "search/FacetCounter.h"
#include "search/FacetTokens.h"
#include "search/SearchEngine.h"
#include "store/DirectoryStore.h"
#include "support/TempDir.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace pathways;

namespace {

QString anyToken(const QStringList& tokens)
{
    QStringList parts;
    for (const QString& token : tokens)
        parts << QStringLiteral("facets : \"%1\"").arg(token);
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

struct Case
{
    QString text; // one complete word, matched as a prefix in the text columns (as the counter does)
    QStringList categories;
    QStringList audiences;
    QString municipality; // a place key
    QString language;
    bool freeOnly = false;
};

// The FTS5 expression of `c` without the filter of `skippedKind` ("" keeps every filter).
QString expression(const Case& c, const QString& skippedKind)
{
    QStringList parts;
    if (!c.text.isEmpty())
        parts << QStringLiteral("{name alt place body} : \"%1\"*").arg(c.text);
    auto tokens = [](const char* kind, const QStringList& values) {
        QStringList result;
        for (const QString& value : values)
            result << search::facet::token(kind, value);
        return result;
    };
    if (!c.categories.isEmpty() && skippedKind != QLatin1String("category"))
        parts << anyToken(tokens(search::facet::kCategory, c.categories));
    if (!c.audiences.isEmpty() && skippedKind != QLatin1String("audience"))
        parts << anyToken(tokens(search::facet::kAudience, c.audiences));
    if (!c.municipality.isEmpty() && skippedKind != QLatin1String("municipality"))
        parts << anyToken({search::facet::token(search::facet::kMunicipality, c.municipality),
                           search::facet::token(search::facet::kRegion, c.municipality)});
    if (!c.language.isEmpty() && skippedKind != QLatin1String("language"))
        parts << anyToken(tokens(search::facet::kLanguage, {c.language}));
    if (c.freeOnly && skippedKind != QLatin1String("free"))
        parts << anyToken({search::facet::token(search::facet::kFree, QStringLiteral("free"))});
    return parts.join(QStringLiteral(" AND "));
}

qint64 ftsCount(db::Connection& db, const QString& expression)
{
    if (expression.isEmpty())
        return db.queryInt(QStringLiteral("SELECT count(*) FROM search_doc"));
    auto row = db.prepare(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"));
    row.bind(1, expression);
    return row.step() ? row.columnInt64(0) : -1;
}

} // namespace

TEST_CASE("facet counts on a generated directory equal FTS5's counts of the same services, under filters")
{
    test::TempDir work;
    bench::HsdsGenerator::Options options;
    options.services = 4000;
    options.seed = 7;
    options.folder = QString(work.path() + QStringLiteral("/hsds")).toStdString();
    bench::HsdsGenerator(options).run();
    store::DirectoryStore store{directory::DataFolder(work.path() + QStringLiteral("/data"))};
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Facet check");
    origin.sequence = 1;
    origin.created = QStringLiteral("2026-11-01T00:00:00Z");
    REQUIRE(store.importHsdsFolder(work.path() + QStringLiteral("/hsds"), origin).installed);

    db::Connection db(store.data().installedDatabasePath(), db::Connection::Mode::ReadOnly);
    search::SearchEngine engine(db, QTimeZone("Europe/Ljubljana"));
    search::FacetCounter counter(db);

    const QList<Case> cases{
        {},                                                    // the whole directory, no text, no filter
        {{}, {QStringLiteral("legal-aid")}, {}, {}, {}, false}, // a listing of one category
        {{}, {QStringLiteral("shelter"), QStringLiteral("hotline")}, {QStringLiteral("women")},
         QStringLiteral("ljubljana"), {}, false},
        {{}, {}, {}, QStringLiteral("maribor"), {}, true},
        {QStringLiteral("legal"), {}, {}, {}, QStringLiteral("uk"), false},
        {QStringLiteral("pomoc"), {QStringLiteral("health-care")}, {}, {}, QStringLiteral("sl"), true},
    };
    struct Value
    {
        QString kind, value;
    };
    QList<Value> values;
    auto all = db.prepare(QStringLiteral("SELECT kind, value FROM search_facet WHERE kind <> 'region'"));
    while (all.step())
        values << Value{all.columnText(0), all.columnText(1)};
    REQUIRE(values.size() > 100);

    for (const Case& c : cases) {
        search::SearchQuery query;
        query.text = c.text;
        query.categories = c.categories;
        query.audiences = c.audiences;
        query.municipality = c.municipality;
        query.language = c.language;
        query.freeOnly = c.freeOnly;
        const search::FacetCounts counts = counter.count(query, engine);
        INFO("query '" << c.text.toStdString() << "', filters: " << expression(c, {}).toStdString());
        CHECK(counts.total == ftsCount(db, expression(c, {})));
        CHECK(counts.total > 0);
        qint64 nonZero = 0;
        for (const Value& v : std::as_const(values)) {
            qint64 counted = 0;
            for (const search::FacetValue& shown : counts.byKind.value(v.kind))
                if (shown.value == v.value)
                    counted = shown.count;
            const QByteArray kind = v.kind.toLatin1();
            const QString own = search::facet::token(kind.constData(), v.value);
            const QString rest = expression(c, v.kind);
            const qint64 expected = ftsCount(
                db, rest.isEmpty() ? anyToken({own}) : rest + QStringLiteral(" AND ") + anyToken({own}));
            INFO(v.kind.toStdString() << " " << v.value.toStdString());
            CHECK(counted == expected);
            nonZero += counted > 0 ? 1 : 0;
        }
        CHECK(nonZero > 0);
    }
}
