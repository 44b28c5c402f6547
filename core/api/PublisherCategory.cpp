#include "api/PublisherCategory.h"

#include "directory/TaxonomyTerms.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace pathways::api {

QList<PublisherCategory> PublisherCategory::fromFacet(const QList<search::FacetValue>& values,
                                                      directory::TaxonomyTerms& terms)
{
    QHash<QString, PublisherCategory> byId;
    for (const search::FacetValue& value : values) {
        const auto term = terms.byId(value.value);
        if (!term)
            continue;
        byId.insert(term->id,
                    PublisherCategory{term->id, term->taxonomy, term->code, term->name, term->parentId, value.count, 0});
    }
    QHash<QString, QList<const PublisherCategory*>> children; // parent id ("" for the roots) -> terms
    for (const PublisherCategory& category : std::as_const(byId))
        children[byId.contains(category.parentId) ? category.parentId : QString()] << &category;
    const auto order = [](const PublisherCategory* a, const PublisherCategory* b) {
        if (a->taxonomy != b->taxonomy)
            return a->taxonomy < b->taxonomy;
        if (a->count != b->count)
            return a->count > b->count;
        return a->name != b->name ? a->name < b->name : a->id < b->id;
    };
    QList<PublisherCategory> tree;
    QSet<QString> placed; // a cycle in the data is cut where it closes
    std::function<void(const QString&, int)> add = [&](const QString& parent, int depth) {
        QList<const PublisherCategory*> level = children.value(parent);
        std::sort(level.begin(), level.end(), order);
        for (const PublisherCategory* category : std::as_const(level)) {
            if (placed.contains(category->id))
                continue;
            placed.insert(category->id);
            tree << *category;
            tree.last().depth = depth;
            add(category->id, depth + 1);
        }
    };
    add(QString(), 0);
    // Terms whose broader terms form a cycle have no root: listed at the top rather than lost.
    for (const PublisherCategory& category : std::as_const(byId)) {
        if (placed.contains(category.id))
            continue;
        children[category.id + QStringLiteral("\n")] = {&category};
        add(category.id + QStringLiteral("\n"), 0);
    }
    return tree;
}

} // namespace pathways::api
