#include "search/MatchExpression.h"

#include "search/FacetFilters.h"
#include "search/FacetTokens.h"
#include "text/TextFolding.h"

#include <algorithm>

namespace pathways::search {

namespace {

QString quoted(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\"")); // an index term never has one; be sure
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString anyOf(const QStringList& tokens)
{
    QStringList parts;
    for (const QString& token : tokens)
        parts << QStringLiteral("facets : ") + quoted(token);
    if (parts.size() == 1)
        return parts.first();
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

// A word of one or two letters before the last is left out of the loose tiers when longer words remain.
bool leftOutWhenLoose(const WordMatch& word, bool hasLongWord)
{
    return word.word.size() <= 2 && !word.last && hasLongWord;
}

bool anyLongWord(const QList<WordMatch>& words)
{
    return std::any_of(words.cbegin(), words.cend(), [](const WordMatch& w) { return w.word.size() > 2; });
}

// The filters let through only services with a token of one group, and the word's categories hold every
// token of that group: the word is met by every service the filters let through.
bool impliedBy(const WordMatch& word, const QList<QStringList>& requiredGroups)
{
    return std::any_of(requiredGroups.cbegin(), requiredGroups.cend(), [&word](const QStringList& group) {
        return !group.isEmpty() && std::all_of(group.cbegin(), group.cend(), [&word](const QString& t) {
            return word.facetTokens.contains(t);
        });
    });
}

// The quoted terms of a word in the loose tiers.
QStringList looseTerms(const WordMatch& word)
{
    QStringList terms;
    if (word.word.size() <= 2 && !word.last)
        terms << quoted(word.word);
    else if (!word.prefixTerms.isEmpty())
        for (const QString& term : word.prefixTerms)
            terms << quoted(term);
    else
        terms << quoted(word.word) + QLatin1Char('*');
    for (const QString& term : word.forms + word.typos)
        terms << quoted(term);
    return terms;
}

} // namespace

QStringList MatchExpression::tokens(const QString& text)
{
    QStringList words = text::searchTokens(text);
    if (words.size() > kMaxTokens)
        words = words.mid(0, kMaxTokens);
    for (QString& word : words)
        word.truncate(kMaxTokenLength);
    words.removeDuplicates();
    return words;
}

QString MatchExpression::text(const QStringList& tokens, const QString& columns, const QStringList& lastTerms)
{
    // Search as you type: the word being typed (the last) is a prefix; the words before it are complete.
    // An exact term is one doclist for FTS5, a prefix the union of every matching term's doclist.
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool last = i + 1 == tokens.size();
        if (last && !lastTerms.isEmpty()) {
            QStringList terms;
            for (const QString& term : lastTerms)
                terms << quoted(term);
            parts << QStringLiteral("{%1} : (%2)").arg(columns, terms.join(QStringLiteral(" OR ")));
        } else {
            parts << QStringLiteral("{%1} : %2%3")
                         .arg(columns, quoted(tokens.at(i)), last ? QStringLiteral("*") : QString());
        }
    }
    return parts.join(QStringLiteral(" AND "));
}

QString MatchExpression::loose(const QList<WordMatch>& words, const QString& columns,
                               const QList<QStringList>& requiredGroups)
{
    const bool hasLongWord = anyLongWord(words);
    const bool withAlternatives = columns.contains(QLatin1String("alt"));
    QStringList parts;
    for (const WordMatch& word : words) {
        if (leftOutWhenLoose(word, hasLongWord) || (withAlternatives && impliedBy(word, requiredGroups)))
            continue;
        QString part =
            QStringLiteral("{%1} : (%2)").arg(columns, looseTerms(word).join(QStringLiteral(" OR ")));
        // A category name is searchable text of the alt column: not a name match.
        if (!word.facetTokens.isEmpty() && withAlternatives)
            part =
                QLatin1Char('(') + part + QStringLiteral(" OR ") + anyOf(word.facetTokens) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(QStringLiteral(" AND "));
}

std::optional<TieredExpression> MatchExpression::tiered(const QStringList& tokens,
                                                        const QList<WordMatch>& words,
                                                        const QStringList& lastTerms,
                                                        const QList<QStringList>& requiredGroups)
{
    if (tokens.isEmpty() || tokens.size() != words.size())
        return std::nullopt;
    const bool hasLongWord = anyLongWord(words);
    TieredExpression tiered;
    QStringList parts;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const WordMatch& word = words.at(i);
        if (leftOutWhenLoose(word, hasLongWord))
            return std::nullopt;
        const bool last = i + 1 == tokens.size();
        // The strict terms as text() writes them, then the loose ones as loose() does.
        QStringList terms;
        if (last && !lastTerms.isEmpty())
            for (const QString& term : lastTerms)
                terms << quoted(term);
        else
            terms << quoted(tokens.at(i)) + (last ? QStringLiteral("*") : QString());
        TieredExpression::Word phrases;
        phrases.firstPhrase = tiered.phraseCount;
        phrases.strictPhrases = static_cast<int>(terms.size());
        const QStringList loosened = looseTerms(word);
        phrases.loosePhrases = static_cast<int>(loosened.size());
        terms += loosened;
        QString part = QStringLiteral("{name alt place body} : (%1)").arg(terms.join(QStringLiteral(" OR ")));
        if (!word.facetTokens.isEmpty()) {
            part =
                QLatin1Char('(') + part + QStringLiteral(" OR ") + anyOf(word.facetTokens) + QLatin1Char(')');
            phrases.facetPhrases = static_cast<int>(word.facetTokens.size());
        }
        phrases.impliedByFilter = impliedBy(word, requiredGroups);
        tiered.phraseCount += phrases.strictPhrases + phrases.loosePhrases + phrases.facetPhrases;
        tiered.words << phrases;
        parts << part;
    }
    QStringList groups;
    for (const QStringList& group : requiredGroups) {
        groups << anyOf(group);
        tiered.phraseCount += static_cast<int>(group.size());
    }
    tiered.expression = both(parts.join(QStringLiteral(" AND ")), groups.join(QStringLiteral(" AND ")));
    return tiered;
}

TieredExpression MatchExpression::namesTiered(const QStringList& tokens, const QStringList& lastTerms,
                                              const QList<QStringList>& requiredGroups)
{
    TieredExpression tiered;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        TieredExpression::Word phrases;
        phrases.firstPhrase = tiered.phraseCount;
        // text() writes the last word as its indexed terms when it has them, else as a prefix: one phrase.
        phrases.strictPhrases =
            i + 1 == tokens.size() && !lastTerms.isEmpty() ? static_cast<int>(lastTerms.size()) : 1;
        tiered.phraseCount += phrases.strictPhrases;
        tiered.words << phrases;
    }
    QStringList groups;
    for (const QStringList& group : requiredGroups) {
        groups << anyOf(group);
        tiered.phraseCount += static_cast<int>(group.size());
    }
    tiered.expression =
        both(text(tokens, QStringLiteral("name alt"), lastTerms), groups.join(QStringLiteral(" AND ")));
    return tiered;
}

QList<QStringList> MatchExpression::filterGroups(const SearchQuery& query, const QStringList& geoTokens)
{
    QList<QStringList> groups;
    for (const FacetFilter& filter : facetFilters(query)) {
        QStringList tokens;
        for (const auto& [kind, value] : filter.anyOf)
            tokens << facet::token(kind, value);
        tokens.removeDuplicates();
        groups << tokens;
    }
    if (!geoTokens.isEmpty())
        groups << geoTokens;
    return groups;
}

QString MatchExpression::filters(const SearchQuery& query, const QStringList& geoTokens)
{
    QStringList groups;
    for (const QStringList& tokens : filterGroups(query, geoTokens))
        groups << anyOf(tokens);
    return groups.join(QStringLiteral(" AND "));
}

QString MatchExpression::both(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral(" AND ") + b;
}

} // namespace pathways::search
