#pragma once

#include <QList>
#include <QString>

namespace pathways::search {

/// One FTS5 MATCH expression that finds every service of SearchEngine's loosest tier (the words in any
/// column, loosened, with the filters) and names, phrase by phrase, which word each phrase stands for and
/// in which tiers it counts. TierWalk reads it once and tells each matching service's tiers from the
/// columns its phrases matched, where the engine otherwise asked FTS5 once per tier and once more for the
/// total (docs/benchmarks.md, "One pass for the tiers").
struct TieredExpression
{
    /// The phrases of one word of the query, in `expression` (FTS5 numbers phrases in the order they
    /// appear): first the word as typed (the strict tiers), then the word loosened (prefixes, forms, typos:
    /// the loose tiers), then the categories and audiences it begins like (loose tiers with the alt column).
    struct Word
    {
        int firstPhrase = 0;
        int strictPhrases = 0;
        int loosePhrases = 0;
        int facetPhrases = 0;
        /// The filters imply the word: the loose tiers that include the alt column leave it out
        /// (MatchExpression::loose, requiredGroups).
        bool impliedByFilter = false;
    };

    QString expression;
    QList<Word> words;
    int phraseCount = 0; ///< the words' phrases and then the filters' facet tokens
    /// Set by TierWalk once it knows which services the tiers pick: the rows after that are only counted,
    /// and pathways_tiers returns 0 for them without looking at their columns.
    bool tiersKnown = false;
};

} // namespace pathways::search
