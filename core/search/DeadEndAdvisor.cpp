#include "search/DeadEndAdvisor.h"

#include "search/SearchEngine.h"

#include <QRegularExpression>
#include <algorithm>

namespace pathways::search {

namespace {

// A word is cut to no fewer letters than this: shorter beginnings match too much to help.
constexpr qsizetype kMinLooserLetters = 3;

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

} // namespace

QList<QueryFilter> DeadEndAdvisor::activeFilters(const SearchQuery& query)
{
    QList<QueryFilter> filters;
    if (!query.categories.isEmpty())
        filters << QueryFilter::Category;
    if (!query.audiences.isEmpty())
        filters << QueryFilter::Audience;
    if (!query.municipality.trimmed().isEmpty())
        filters << QueryFilter::Place;
    if (!query.language.trimmed().isEmpty())
        filters << QueryFilter::Language;
    if (query.freeOnly)
        filters << QueryFilter::Free;
    if (query.openAt)
        filters << QueryFilter::OpenAt;
    if (query.withinKm)
        filters << QueryFilter::Within;
    if (!query.onlyServices.isEmpty())
        filters << QueryFilter::OnlyServices;
    if (query.runningOnly)
        filters << QueryFilter::Running;
    return filters;
}

SearchQuery DeadEndAdvisor::without(const SearchQuery& query, QueryFilter filter)
{
    SearchQuery changed = query;
    switch (filter) {
    case QueryFilter::Category:
        changed.categories.clear();
        break;
    case QueryFilter::Audience:
        changed.audiences.clear();
        break;
    case QueryFilter::Place:
        changed.municipality.clear();
        break;
    case QueryFilter::Language:
        changed.language.clear();
        break;
    case QueryFilter::Free:
        changed.freeOnly = false;
        break;
    case QueryFilter::OpenAt:
        changed.openAt.reset();
        break;
    case QueryFilter::Within:
        changed.withinKm.reset();
        break;
    case QueryFilter::OnlyServices:
        changed.onlyServices.clear();
        break;
    case QueryFilter::Running:
        changed.runningOnly = false;
        break;
    case QueryFilter::None:
        break;
    }
    return changed;
}

Alternative DeadEndAdvisor::counted(Alternative alternative)
{
    SearchQuery probe = alternative.query;
    probe.offset = 0;
    // A filter checked service by service (open at) is counted as far as the ranking reads: this far.
    probe.limit = 20;
    const SearchResults results = m_engine.search(probe);
    alternative.count = results.total;
    alternative.countIsLowerBound = results.totalIsLowerBound;
    return alternative;
}

DeadEndAdvice DeadEndAdvisor::advise(const SearchQuery& query)
{
    DeadEndAdvice advice;
    QList<Alternative> looser;
    QList<Alternative> others;
    const QStringList words = wordsOf(query.text);
    if (!words.isEmpty() && words.last().size() > kMinLooserLetters) {
        Alternative alternative;
        alternative.kind = Alternative::Kind::LooserWord;
        alternative.word = words.last();
        alternative.replacement =
            words.last().left(std::max(kMinLooserLetters, words.last().size() - 2));
        alternative.query = query;
        alternative.query.text = (words.mid(0, words.size() - 1) << alternative.replacement).join(QLatin1Char(' '));
        looser << counted(alternative);
    }
    if (words.size() > 1) {
        for (qsizetype i = 0; i < words.size(); ++i) {
            Alternative alternative;
            alternative.kind = Alternative::Kind::WithoutWord;
            alternative.word = words.at(i);
            alternative.query = query;
            QStringList rest = words;
            rest.removeAt(i);
            alternative.query.text = rest.join(QLatin1Char(' '));
            others << counted(alternative);
        }
    }
    const QList<QueryFilter> filters = activeFilters(query);
    for (const QueryFilter filter : filters) {
        Alternative alternative;
        alternative.kind = Alternative::Kind::WithoutFilter;
        alternative.filter = filter;
        alternative.query = without(query, filter);
        others << counted(alternative);
    }
    // Which filter emptied the list: the words alone, then the filters added one at a time.
    if (!filters.isEmpty()) {
        SearchQuery growing = query;
        for (const QueryFilter filter : filters)
            growing = without(growing, filter);
        qint64 before = counted(Alternative{Alternative::Kind::WithoutFilter, {}, {}, {}, growing, 0, false}).count;
        if (before > 0) {
            for (const QueryFilter filter : filters) {
                // Put `filter` back: the query with only the filters up to it.
                SearchQuery next = query;
                bool after = false;
                for (const QueryFilter other : filters) {
                    after = after || other == filter;
                    if (after && other != filter)
                        next = without(next, other);
                }
                const qint64 count = counted(Alternative{Alternative::Kind::WithoutFilter, {}, {}, {}, next, 0, false}).count;
                if (count == 0) {
                    advice.emptiedBy = filter;
                    advice.countBeforeEmptied = before;
                    break;
                }
                before = count;
            }
        }
    }
    auto finds = [](const Alternative& a) { return a.count > 0; };
    std::stable_sort(others.begin(), others.end(),
                     [](const Alternative& a, const Alternative& b) { return a.count > b.count; });
    for (const Alternative& alternative : std::as_const(looser))
        if (finds(alternative))
            advice.alternatives << alternative;
    for (const Alternative& alternative : std::as_const(others))
        if (finds(alternative))
            advice.alternatives << alternative;
    return advice;
}

} // namespace pathways::search
