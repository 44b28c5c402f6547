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
    const bool hasLongWord =
        std::any_of(words.cbegin(), words.cend(), [](const WordMatch& w) { return w.word.size() > 2; });
    const bool withAlternatives = columns.contains(QLatin1String("alt"));
    auto impliedByFilter = [&](const WordMatch& word) {
        return withAlternatives &&
               std::any_of(requiredGroups.cbegin(), requiredGroups.cend(), [&word](const QStringList& group) {
                   return !group.isEmpty() && std::all_of(group.cbegin(), group.cend(), [&word](const QString& t) {
                       return word.facetTokens.contains(t);
                   });
               });
    };
    QStringList parts;
    for (const WordMatch& word : words) {
        const bool shortWord = word.word.size() <= 2;
        if ((shortWord && !word.last && hasLongWord) || impliedByFilter(word))
            continue;
        QStringList terms;
        if (shortWord && !word.last)
            terms << quoted(word.word);
        else if (!word.prefixTerms.isEmpty())
            for (const QString& term : word.prefixTerms)
                terms << quoted(term);
        else
            terms << quoted(word.word) + QLatin1Char('*');
        for (const QString& term : word.forms + word.typos)
            terms << quoted(term);
        QString part = QStringLiteral("{%1} : (%2)").arg(columns, terms.join(QStringLiteral(" OR ")));
        // A category name is searchable text of the alt column: not a name match.
        if (!word.facetTokens.isEmpty() && columns.contains(QLatin1String("alt")))
            part = QLatin1Char('(') + part + QStringLiteral(" OR ") + anyOf(word.facetTokens) + QLatin1Char(')');
        parts << part;
    }
    return parts.join(QStringLiteral(" AND "));
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
