#include "search/QueryExpansion.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/FacetTokens.h"
#include "search/TaxonomyNames.h"
#include "text/EditDistance.h"
#include "text/TextFolding.h"

#include <QSet>
#include <algorithm>

namespace pathways::search {

namespace {

// The key of every string that begins with `from`, bytewise: `from` with its last byte raised by one.
QByteArray upperBound(const QByteArray& from)
{
    QByteArray to = from;
    to[to.size() - 1] = static_cast<char>(static_cast<unsigned char>(to.back()) + 1);
    return to;
}

} // namespace

QueryExpansion::QueryExpansion(db::Connection& connection) : m_db(connection)
{
    // A directory built before search_term existed has none: words then match only as typed.
    if (m_db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_term'")) > 0)
        m_terms = std::make_unique<db::Statement>(
            m_db, QStringLiteral("SELECT term FROM search_term WHERE term >= ?1 AND term < ?2 AND "
                                 "(?3 = 0 OR length(term) BETWEEN ?3 AND ?4) LIMIT ?5"));
}

QueryExpansion::~QueryExpansion() = default;

QStringList QueryExpansion::termsBeginning(const QString& from, int limit, int minLength, int maxLength)
{
    QStringList terms;
    if (!m_terms || from.isEmpty())
        return terms;
    const QByteArray utf8 = from.toUtf8();
    m_terms->bindUtf8(1, utf8);
    m_terms->bindUtf8(2, upperBound(utf8));
    m_terms->bind(3, static_cast<qint64>(minLength));
    m_terms->bind(4, static_cast<qint64>(maxLength));
    m_terms->bind(5, static_cast<qint64>(limit + 1));
    while (m_terms->step())
        terms << m_terms->columnText(0);
    m_terms->reset();
    return terms;
}

QList<WordMatch> QueryExpansion::expand(const QStringList& tokens)
{
    QList<WordMatch> matches;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        WordMatch match;
        match.word = tokens.at(i);
        match.last = i + 1 == tokens.size();
        if (m_terms) {
            // A word of one or two letters stands for too many terms to list; it stays a prefix query.
            if (match.word.size() >= 3) {
                match.prefixTerms = termsBeginning(match.word, kMaxPrefixTerms);
                if (match.prefixTerms.size() > kMaxPrefixTerms) {
                    match.prefixTerms.clear();
                    match.manyPrefixTerms = true;
                }
            } else {
                match.manyPrefixTerms = true;
            }
            findForms(match);
            if (match.unknown())
                findTypos(match);
        }
        // A corrected typo is a guess already: a category it happens to begin like would be a second one.
        if (match.typos.isEmpty())
            findFacets(match);
        matches << match;
    }
    return matches;
}

void QueryExpansion::findForms(WordMatch& match)
{
    if (match.word.size() <= text::WordStemmer::kMinStem)
        return;
    // Every form of the word begins with its shortest stem; the terms there are few (a stem has three
    // letters at least) and each is stemmed and compared.
    const QStringList stems = stemsOf(match.word);
    QString shortest = match.word;
    for (const QString& stem : stems)
        if (stem.size() < shortest.size() && stem.size() >= text::WordStemmer::kMinStem)
            shortest = stem;
    const QStringList candidates = termsBeginning(shortest, kMaxStemScan);
    for (const QString& term : candidates) {
        if (term == match.word || match.prefixTerms.contains(term))
            continue; // found anyway
        if (std::ranges::any_of(stemsOf(term), [&](const QString& stem) { return stems.contains(stem); })) {
            match.forms << term;
            if (match.forms.size() >= kMaxForms)
                break;
        }
    }
}

const QStringList& QueryExpansion::stemsOf(const QString& term)
{
    // A term's stems depend on the term alone, and the same stem ranges are read search after search:
    // each term is stemmed once per engine.
    auto it = m_stems.constFind(term);
    if (it == m_stems.constEnd()) {
        if (m_stems.size() >= kMaxCachedStems)
            m_stems.clear();
        it = m_stems.insert(term, m_stemmer.stems(term));
    }
    return *it;
}

void QueryExpansion::findTypos(WordMatch& match)
{
    const QString& word = match.word;
    const int allowed = text::allowedTypos(word.size());
    if (allowed == 0)
        return;
    // A word with one edit keeps its first letter or its second (the edit was at the start): the terms
    // that begin with either letter are compared. A typo that changes both first letters is not corrected.
    // As the word may be a prefix, a term is also taken when its beginning is within reach (psihloog ->
    // psiholog|i).
    QStringList candidates;
    QSet<QChar> firsts{word.at(0), word.at(1)};
    const qsizetype shortest = std::max<qsizetype>(1, word.size() - allowed);
    const qsizetype longest = word.size() + allowed;
    for (const QChar first : firsts)
        candidates << termsBeginning(QString(first), kMaxTypoScan, static_cast<int>(shortest), kMaxTermLength);
    int best = allowed + 1;
    QStringList found;
    for (const QString& term : std::as_const(candidates)) {
        const int limit = std::min(best, allowed);
        int distance = text::editDistance(word, term, limit);
        for (qsizetype length = shortest; distance > 0 && length <= longest && length < term.size(); ++length)
            distance = std::min(distance, text::editDistance(word, QStringView(term).left(length), limit));
        if (distance > limit)
            continue;
        if (distance < best) {
            best = distance;
            found.clear();
        }
        if (found.size() < kMaxTypos)
            found << term;
    }
    if (best <= allowed) {
        match.typos = found;
        match.typoDistance = best;
    }
}

void QueryExpansion::findFacets(WordMatch& match)
{
    if (match.word.size() < kTaxonomyPrefix)
        return;
    loadTaxonomyWords();
    match.facetTokens = m_taxonomyWords.value(match.word.left(kTaxonomyPrefix));
}

void QueryExpansion::loadTaxonomyWords()
{
    if (m_taxonomyLoaded)
        return;
    m_taxonomyLoaded = true;
    struct Term
    {
        QString token;
        QStringList names;
    };
    QHash<QString, Term> terms; // by term id
    auto term = m_db.prepare(QStringLiteral(
        "SELECT t.id, coalesce(nullif(t.code, ''), t.name), t.name, coalesce(x.name, t.taxonomy) "
        "FROM taxonomy_term t LEFT JOIN taxonomy x ON x.id = t.taxonomy_id"));
    while (term.step()) {
        const QString taxonomy = term.columnText(3);
        const char* kind = taxonomy == QLatin1String(facet::kCategoryTaxonomy)   ? facet::kCategory
                           : taxonomy == QLatin1String(facet::kAudienceTaxonomy) ? facet::kAudience
                                                                                 : nullptr;
        if (!kind)
            continue;
        const QString code = term.columnText(1);
        terms.insert(term.columnText(0),
                     {facet::token(kind, code), QStringList{term.columnText(2)} << builtInTermNames(code)});
    }
    auto names = m_db.prepare(QStringLiteral(
        "SELECT id, value FROM translation WHERE entity = 'taxonomy_term' AND field = 'name'"));
    while (names.step())
        if (const auto it = terms.find(names.columnText(0)); it != terms.end())
            it->names << names.columnText(1);
    QHash<QString, QSet<QString>> byPrefix;
    for (const Term& entry : std::as_const(terms))
        for (const QString& name : entry.names)
            for (const QString& word : text::searchTokens(name))
                if (word.size() >= kTaxonomyPrefix)
                    byPrefix[word.left(kTaxonomyPrefix)].insert(entry.token);
    // A beginning that several terms share ("pomoc", "suppo") names no one thing: it is left out.
    for (auto it = byPrefix.cbegin(); it != byPrefix.cend(); ++it)
        if (it->size() <= 2)
            m_taxonomyWords.insert(it.key(), it->values());
}

} // namespace pathways::search
