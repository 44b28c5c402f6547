#pragma once

#include "directory/Localizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::directory {

/// The one place that knows how Pathways names a taxonomy term: its code is `code`, or its `name` when a
/// publisher gave none; its taxonomy is the linked `taxonomy` row's name, or the term's own `taxonomy`
/// column (HSDS 3.0 allows either). Categories and audiences are terms of kCategoryTaxonomy and
/// kAudienceTaxonomy (docs/taxonomy.md).
class TaxonomyTerms
{
public:
    static constexpr auto kCategoryTaxonomy = "pathways-category";
    static constexpr auto kAudienceTaxonomy = "pathways-audience";
    static constexpr auto kReferralTaxonomy = "pathways-referral";
    /// SQL expressions over `taxonomy_term t LEFT JOIN taxonomy x ON x.id = t.taxonomy_id`.
    static constexpr auto kCodeSql = "coalesce(nullif(t.code, ''), t.name)";
    static constexpr auto kTaxonomySql = "coalesce(x.name, t.taxonomy)";

    struct Term
    {
        QString id;
        QString code;
        QString name; ///< in the reader's language
        qint64 services = 0;
    };

    TaxonomyTerms(db::Connection& connection, QStringList languages);
    ~TaxonomyTerms();

    /// The term of `taxonomy` with `code`, or nullopt. Looked up once per object and remembered (facet
    /// names look up every shown value on every keystroke).
    std::optional<Term> find(const QString& taxonomy, const QString& code);
    /// Every term of `taxonomy` by code, with the count of services in the search facet `facetKind`.
    QList<Term> list(const QString& taxonomy, const QString& facetKind);

private:
    std::optional<Term> lookUp(const QString& taxonomy, const QString& code);

    db::Connection& m_db;
    Localizer m_localizer;
    std::unique_ptr<db::Statement> m_find;
    QHash<QString, std::optional<Term>> m_found; // "taxonomy\ncode" -> term
};

} // namespace pathways::directory
