#pragma once

#include "text/WordStemmer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::search {

/// What one word of a query may match beyond itself, looked up in the index's term list (search_term)
/// and the directory's taxonomy. See docs/search.md for the rules and examples.
struct WordMatch
{
    QString word;            ///< the folded query word
    bool last = false;       ///< the word being typed: a prefix even in the strict tiers
    QStringList prefixTerms; ///< indexed terms that begin with the word (empty: too many, or none)
    bool manyPrefixTerms = false; ///< more than kMaxPrefixTerms terms begin with it: use a prefix query
    QStringList forms;       ///< other indexed terms with a stem in common (WordStemmer)
    QStringList facetTokens; ///< category/audience facet tokens whose name has a word beginning like it
    QStringList typos;       ///< indexed terms within text::allowedTypos() edits (only for unknown words)
    int typoDistance = 0;    ///< edits of `typos` (0: none)

    /// True when nothing in the index begins with the word, nor is a form of it: a typo, or not there.
    bool unknown() const { return prefixTerms.isEmpty() && !manyPrefixTerms && forms.isEmpty(); }
};

/// Expands query words for the loose tiers of SearchEngine. Not thread-safe: one per engine.
class QueryExpansion
{
public:
    static constexpr int kMaxPrefixTerms = 32;
    static constexpr int kMaxForms = 48;
    static constexpr int kMaxTypos = 16;
    /// Terms compared for typos, at most (those that begin with the word's first or second letter).
    static constexpr int kMaxTypoScan = 50000;
    static constexpr int kMaxTermLength = 1000;
    /// Terms of one stem range that are stemmed and compared, at most.
    static constexpr int kMaxStemScan = 600;
    /// A word meets a category or audience name word when this many first letters agree.
    static constexpr int kTaxonomyPrefix = 5;

    explicit QueryExpansion(db::Connection& connection);
    ~QueryExpansion();
    QueryExpansion(const QueryExpansion&) = delete;
    QueryExpansion& operator=(const QueryExpansion&) = delete;

    /// False for a directory indexed before the term list existed: no forms or typos are offered then.
    bool hasTermList() const { return m_terms != nullptr; }

    /// One WordMatch per token (folded, as MatchExpression::tokens gives them).
    QList<WordMatch> expand(const QStringList& tokens);

    /// The indexed terms in [from, from + 1 letter) (those that begin with `from`), at most `limit + 1`
    /// of them so that the caller can tell "more than limit".
    QStringList termsBeginning(const QString& from, int limit, int minLength = 0, int maxLength = 0);

private:
    void findForms(WordMatch& match);
    void findTypos(WordMatch& match);
    void findFacets(WordMatch& match);
    void loadTaxonomyWords();
    const QStringList& stemsOf(const QString& term);

    db::Connection& m_db;
    text::WordStemmer m_stemmer;
    std::unique_ptr<db::Statement> m_terms; // null: no term list
    static constexpr qsizetype kMaxCachedStems = 100000;
    QHash<QString, QStringList> m_stems; // term -> its stems
    bool m_taxonomyLoaded = false;
    /// First kTaxonomyPrefix letters of a category/audience name word -> facet tokens of those terms.
    QHash<QString, QStringList> m_taxonomyWords;
};

} // namespace pathways::search
