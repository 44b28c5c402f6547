#include "search/FacetCounter.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/FacetTokens.h"
#include "search/LanguageCodes.h"
#include "search/MatchExpression.h"
#include "search/SearchEngine.h"
#include "text/TextFolding.h"

#include <QSet>
#include <algorithm>

namespace pathways::search {

FacetCounter::FacetCounter(db::Connection& connection) : m_db(connection) {}

FacetCounter::~FacetCounter() = default;

void FacetCounter::load()
{
    if (m_loaded)
        return;
    const qint64 maxOrd = m_db.queryInt(QStringLiteral("SELECT coalesce(max(ord), 0) FROM search_doc"));
    m_facets.assign(static_cast<size_t>(maxOrd + 1), {});
    auto row = m_db.prepare(QStringLiteral("SELECT ord, kind, value FROM search_facet"));
    while (row.step()) {
        const QString kind = row.columnText(1);
        const QString value = row.columnText(2);
        int kindIndex = m_kindIndex.value(kind, -1);
        if (kindIndex < 0) {
            kindIndex = static_cast<int>(m_kinds.size());
            m_kinds << kind;
            m_kindIndex.insert(kind, kindIndex);
        }
        int valueIndex = m_valueIndex.value(value, -1);
        if (valueIndex < 0) {
            valueIndex = static_cast<int>(m_values.size());
            m_values << value;
            m_valueIndex.insert(value, valueIndex);
        }
        const qint64 ord = row.columnInt64(0);
        if (ord >= 0 && ord < static_cast<qint64>(m_facets.size()))
            m_facets[static_cast<size_t>(ord)].append({kindIndex, valueIndex});
    }
    m_loaded = true;
}

QList<qint64> FacetCounter::textMatches(const QString& text)
{
    QList<qint64> ords;
    const QStringList tokens = MatchExpression::tokens(text);
    if (tokens.isEmpty()) {
        auto row = m_db.prepare(QStringLiteral("SELECT ord FROM search_doc ORDER BY ord"));
        while (row.step())
            ords << row.columnInt64(0);
        return ords;
    }
    auto row =
        m_db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"));
    row.bind(1, MatchExpression::text(tokens, QStringLiteral("name alt place body")));
    while (row.step())
        ords << row.columnInt64(0);
    return ords;
}

bool FacetCounter::passes(qint64 ord, const SearchQuery& query, const QString& skipKind, SearchEngine& engine)
{
    const auto& facets = m_facets[static_cast<size_t>(ord)];
    auto has = [&](const char* kind, const QString& value) {
        const int kindIndex = m_kindIndex.value(QString::fromLatin1(kind), -1);
        const int valueIndex = m_valueIndex.value(value, -1);
        return std::any_of(facets.cbegin(), facets.cend(), [&](const QPair<int, int>& f) {
            return f.first == kindIndex && f.second == valueIndex;
        });
    };
    auto anyOf = [&](const char* kind, const QStringList& values) {
        return values.isEmpty() || skipKind == QLatin1String(kind) ||
               std::any_of(values.cbegin(), values.cend(), [&](const QString& v) { return has(kind, v); });
    };
    if (!anyOf(facet::kCategory, query.categories) || !anyOf(facet::kAudience, query.audiences))
        return false;
    if (!query.municipality.trimmed().isEmpty() && skipKind != QLatin1String(facet::kMunicipality)) {
        const QString key = text::placeKey(query.municipality);
        if (!has(facet::kMunicipality, key) && !has(facet::kRegion, key))
            return false;
    }
    if (!query.language.trimmed().isEmpty() &&
        !anyOf(facet::kLanguage, {normalizedLanguageCode(query.language, query.language)}))
        return false;
    if (query.freeOnly && !anyOf(facet::kFree, {QStringLiteral("free")}))
        return false;
    if (query.origin && query.withinKm) {
        const auto distance = engine.distanceFrom(ord, *query.origin);
        if (!distance || *distance > *query.withinKm)
            return false;
    }
    return true;
}

FacetCounts FacetCounter::count(const SearchQuery& query, SearchEngine& engine)
{
    load();
    FacetCounts counts;
    QList<qint64> matches = textMatches(query.text);
    if (!query.onlyServices.isEmpty()) {
        // A restriction to a few services (the user's favourites) is applied to every count.
        QSet<qint64> allowed;
        auto ord = m_db.prepare(QStringLiteral("SELECT ord FROM search_doc WHERE service_id = ?"));
        for (const QString& id : query.onlyServices) {
            ord.bind(1, id);
            if (ord.step())
                allowed.insert(ord.columnInt64(0));
            ord.reset();
        }
        matches.removeIf([&allowed](qint64 candidate) { return !allowed.contains(candidate); });
    }
    const QStringList kinds{QString::fromLatin1(facet::kCategory), QString::fromLatin1(facet::kAudience),
                            QString::fromLatin1(facet::kMunicipality), QString::fromLatin1(facet::kLanguage),
                            QString::fromLatin1(facet::kFree)};
    QHash<QString, QHash<int, qint64>> tallies;
    QList<qint64> passingAll;
    for (const qint64 ord : matches) {
        if (ord <= 0 || ord >= static_cast<qint64>(m_facets.size()))
            continue;
        if (passes(ord, query, QString(), engine))
            passingAll << ord;
        for (const QString& kind : kinds) {
            if (!passes(ord, query, kind, engine))
                continue;
            const int kindIndex = m_kindIndex.value(kind, -1);
            for (const auto& [k, v] : std::as_const(m_facets[static_cast<size_t>(ord)]))
                if (k == kindIndex)
                    ++tallies[kind][v];
        }
    }
    // The open-at filter is applied last: it needs each service's schedule.
    const bool checkOpen = passingAll.size() <= kMaxOpenChecks;
    const QDateTime moment = query.openAt.value_or(QDateTime::currentDateTimeUtc());
    qint64 open = 0;
    auto serviceId = m_db.prepare(QStringLiteral("SELECT service_id FROM search_doc WHERE ord = ?"));
    if (checkOpen) {
        for (const qint64 ord : std::as_const(passingAll)) {
            serviceId.bind(1, ord);
            if (serviceId.step() &&
                engine.openState(serviceId.columnText(0), moment) == schedule::OpenState::Open)
                ++open;
            serviceId.reset();
        }
        counts.openNow = open;
    }
    counts.total = query.openAt ? (checkOpen ? open : 0) : passingAll.size();
    for (const QString& kind : kinds) {
        QList<FacetValue> values;
        const auto& tally = tallies.value(kind);
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            values << FacetValue{m_values.at(it.key()), it.value()};
        std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        counts.byKind.insert(kind, values);
    }
    return counts;
}

} // namespace pathways::search
