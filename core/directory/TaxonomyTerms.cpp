#include "directory/TaxonomyTerms.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/PathwaysTerms.h"

#include <algorithm>

namespace pathways::directory {

namespace {

const QString kFrom =
    QStringLiteral(" FROM taxonomy_term t LEFT JOIN taxonomy x ON x.id = t.taxonomy_id WHERE ") +
    QLatin1String(TaxonomyTerms::kTaxonomySql) + QStringLiteral(" = ?1");

} // namespace

TaxonomyTerms::TaxonomyTerms(db::Connection& connection, QStringList languages)
    : m_db(connection), m_localizer(connection, std::move(languages))
{
}

TaxonomyTerms::~TaxonomyTerms() = default;

std::optional<TaxonomyTerms::Term> TaxonomyTerms::find(const QString& taxonomy, const QString& code)
{
    const QString key = taxonomy + QLatin1Char('\n') + code;
    if (const auto known = m_found.constFind(key); known != m_found.constEnd())
        return known.value();
    std::optional<Term> term = lookUp(taxonomy, code);
    m_found.insert(key, term);
    return term;
}

std::optional<TaxonomyTerms::Term> TaxonomyTerms::lookUp(const QString& taxonomy, const QString& code)
{
    if (!m_find)
        m_find = std::make_unique<db::Statement>(
            m_db.prepare(QStringLiteral("SELECT t.id, t.name") + kFrom + QStringLiteral(" AND ") +
                         QLatin1String(kCodeSql) + QStringLiteral(" = ?2 LIMIT 1")));
    db::Statement& row = *m_find;
    row.reset();
    row.bind(1, taxonomy);
    row.bind(2, code);
    if (!row.step())
        return mappedTerm(taxonomy, code);
    const QString id = row.columnText(0);
    const QString name = row.columnText(1);
    row.reset();
    return Term{id, code,
                m_localizer.text(QStringLiteral("taxonomy_term"), id, QStringLiteral("name"), name).text, 0};
}

std::optional<PublisherTermRef> TaxonomyTerms::byId(const QString& id)
{
    if (const auto known = m_foundById.constFind(id); known != m_foundById.constEnd())
        return known.value();
    if (!m_byId)
        m_byId = std::make_unique<db::Statement>(m_db.prepare(
            QStringLiteral("SELECT ") + QLatin1String(kTaxonomySql) + QStringLiteral(", ") +
            QLatin1String(kCodeSql) +
            QStringLiteral(", t.name, t.parent_id FROM taxonomy_term t LEFT JOIN taxonomy x ON x.id = "
                           "t.taxonomy_id WHERE t.id = ?")));
    db::Statement& row = *m_byId;
    row.reset();
    row.bind(1, id);
    std::optional<PublisherTermRef> term;
    if (row.step()) {
        term = PublisherTermRef{id, row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3), {}};
        row.reset();
        term->name = m_localizer.text(QStringLiteral("taxonomy_term"), id, QStringLiteral("name"), term->name).text;
    }
    row.reset();
    m_foundById.insert(id, term);
    return term;
}

std::optional<TaxonomyTerms::Term> TaxonomyTerms::mappedTerm(const QString& taxonomy, const QString& code)
{
    // A Pathways code the publisher's terms are mapped onto, named by Pathways when the directory does not
    // carry the term itself.
    auto mapped = m_db.prepare(
        QStringLiteral("SELECT 1 FROM taxonomy_mapping WHERE pathways_taxonomy = ? AND code = ? LIMIT 1"));
    mapped.bind(1, taxonomy);
    mapped.bind(2, code);
    const auto builtIn = PathwaysTerms::find(code);
    if (!mapped.step() || !builtIn || builtIn->taxonomy != taxonomy)
        return std::nullopt;
    return Term{{}, code, PathwaysTerms::name(*builtIn, m_localizer.languages()), 0};
}

QList<TaxonomyTerms::Term> TaxonomyTerms::list(const QString& taxonomy, const QString& facetKind)
{
    const QString code = QLatin1String(kCodeSql);
    auto row =
        m_db.prepare(QStringLiteral("SELECT t.id, ") + code + QStringLiteral(" AS code, t.name, ") +
                     QStringLiteral("coalesce((SELECT services FROM search_facet f WHERE f.kind = ?2 "
                                    "AND f.value = ") +
                     code + QStringLiteral("), 0)") + kFrom + QStringLiteral(" GROUP BY code ORDER BY code"));
    row.bind(1, taxonomy);
    row.bind(2, facetKind);
    QList<Term> terms;
    while (row.step()) {
        const QString id = row.columnText(0);
        terms << Term{
            id, row.columnText(1),
            m_localizer.text(QStringLiteral("taxonomy_term"), id, QStringLiteral("name"), row.columnText(2))
                .text,
            row.columnInt64(3)};
    }
    auto mapped = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT m.code, coalesce((SELECT services FROM search_facet f WHERE f.kind = ?2 AND f.value = "
        "m.code), 0) FROM taxonomy_mapping m WHERE m.pathways_taxonomy = ?1 ORDER BY 1"));
    mapped.bind(1, taxonomy);
    mapped.bind(2, facetKind);
    bool added = false;
    while (mapped.step()) {
        const QString mappedCode = mapped.columnText(0);
        const auto builtIn = PathwaysTerms::find(mappedCode);
        if (!builtIn || std::any_of(terms.cbegin(), terms.cend(),
                                    [&mappedCode](const Term& t) { return t.code == mappedCode; }))
            continue;
        terms << Term{{}, mappedCode, PathwaysTerms::name(*builtIn, m_localizer.languages()), mapped.columnInt64(1)};
        added = true;
    }
    if (added)
        std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) { return a.code < b.code; });
    return terms;
}

} // namespace pathways::directory
