#pragma once

#include "search/QueryExpansion.h"
#include "search/SearchQuery.h"
#include "search/TieredExpression.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::search {

/// Builds FTS5 MATCH strings from folded tokens. User text reaches FTS5 only as folded words (letters and
/// digits) inside double quotes, so quotes, operators, column names and SQL in the query are inert.
class MatchExpression
{
public:
    /// At most this many words of a query are used; each is cut to kMaxTokenLength characters.
    static constexpr int kMaxTokens = 8;
    static constexpr int kMaxTokenLength = 48;

    /// The words of `text`, folded and capped.
    static QStringList tokens(const QString& text);

    /// All tokens within `columns` (e.g. "name alt"): the last one as a prefix (it is being typed), the
    /// others as whole words. `lastTerms`, when not empty, are the indexed terms the last token is a prefix
    /// of (WordMatch::prefixTerms): an OR of those few exact terms matches the same documents as the
    /// prefix, without FTS5 merging the doclists of every such term again for each tier.
    static QString text(const QStringList& tokens, const QString& columns, const QStringList& lastTerms = {});

    /// The loose form of a query (SearchEngine's lower tiers): every word may be a prefix, a form of the
    /// word (same stem), a corrected typo, or the name of a category/audience it begins like; words of one
    /// or two letters other than the last are left out ("z", "za", "in") when longer words remain.
    /// A word whose category/audience alternatives include every token of one of `requiredGroups` (the
    /// query's filters, filterGroups()) is met by every service those filters let through (A AND (B OR A)
    /// is A), so it is left out where its alternatives apply (columns with alt): the same services, at the
    /// cost of the filter alone.
    static QString loose(const QList<WordMatch>& words, const QString& columns,
                         const QList<QStringList>& requiredGroups = {});

    /// One expression for every tier of a query with text (TierWalk): each word as `{name alt place body} :
    /// (strict terms OR loose terms) OR facets : its categories`, ANDed, then the filters' groups. It
    /// matches what loose(words, all columns, requiredGroups) AND the filters match (a word the filters
    /// imply adds nothing to that set), and its phrases are numbered for TierWalk. Nothing when a word of
    /// one or two letters is left out of the loose tiers (one expression cannot both require and ignore
    /// it): the engine then asks tier by tier.
    static std::optional<TieredExpression> tiered(const QStringList& tokens, const QList<WordMatch>& words,
                                                  const QStringList& lastTerms,
                                                  const QList<QStringList>& requiredGroups);

    /// The strict tiers over the name and alt columns as one expression for TierWalk::pickNames: text(tokens,
    /// "name alt", lastTerms) AND the filters' groups, each word's terms numbered as its strict phrases.
    static TieredExpression namesTiered(const QStringList& tokens, const QStringList& lastTerms,
                                        const QList<QStringList>& requiredGroups);

    /// The filters of `query` as facet-token groups (AND of ORs), without open-at. `geoTokens` (may be
    /// empty) adds a radius group. Empty when nothing filters.
    static QString filters(const SearchQuery& query, const QStringList& geoTokens);
    /// The facet-token groups of filters(), each an OR of tokens, ANDed together.
    static QList<QStringList> filterGroups(const SearchQuery& query, const QStringList& geoTokens);

    /// `a AND b`, skipping empty parts.
    static QString both(const QString& a, const QString& b);
};

} // namespace pathways::search
