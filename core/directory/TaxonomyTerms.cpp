#include "directory/TaxonomyTerms.h"

#include "db/Connection.h"
#include "db/Statement.h"

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
        return std::nullopt;
    const QString id = row.columnText(0);
    const QString name = row.columnText(1);
    row.reset();
    return Term{id, code,
                m_localizer.text(QStringLiteral("taxonomy_term"), id, QStringLiteral("name"), name).text, 0};
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
    return terms;
}

} // namespace pathways::directory
