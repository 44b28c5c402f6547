#include "api/ReferralPathway.h"

#include "api/DirectoryReader.h"

#include <QSet>

#include <algorithm>

namespace pathways::api {

Expected<QList<ReferralPathway::Match>> ReferralPathway::match(DirectoryReader& reader,
                                                              const QStringList& municipalities,
                                                              const QStringList& categories,
                                                              const QStringList& languages)
{
    Expected<QList<ListEntry>> known = reader.categories(languages);
    if (!known)
        return known.error();
    for (const QString& code : categories)
        if (std::none_of(known->cbegin(), known->cend(), [&code](const ListEntry& e) { return e.code == code; }))
            return Error::invalidInput(QStringLiteral("unknown category '%1' (pathways-cli categories lists them)").arg(code));
    const QStringList places = municipalities.isEmpty() ? QStringList{QString()} : municipalities;
    QList<Match> matches;
    for (const ListEntry& category : std::as_const(*known)) {
        if (!categories.isEmpty() && !categories.contains(category.code))
            continue;
        Match match{category, {}};
        for (const QString& place : places) {
            search::SearchQuery query;
            query.categories = {category.code};
            query.municipality = place;
            query.limit = 10000; // a pathway for a place; the search caps what it reads
            Expected<search::SearchQuery> resolved = reader.resolve(query);
            if (!resolved)
                return resolved.error();
            Expected<ResultPage> page = reader.search(*resolved, languages);
            if (!page)
                return page.error();
            for (const ResultRow& row : page->rows)
                if (!match.serviceIds.contains(row.id))
                    match.serviceIds << row.id;
        }
        if (!match.serviceIds.isEmpty())
            matches << match;
    }
    return matches;
}

Expected<PathwaySize> ReferralPathway::size(DirectoryReader& reader, const QStringList& municipalities,
                                            const QStringList& categories)
{
    const Expected<QList<Match>> matches = match(reader, municipalities, categories, {});
    if (!matches)
        return matches.error();
    PathwaySize size;
    QSet<QString> distinct;
    for (const Match& m : *matches) {
        size.entries += int(m.serviceIds.size());
        for (const QString& id : m.serviceIds)
            distinct.insert(id);
    }
    size.categories = int(matches->size());
    size.services = int(distinct.size());
    return size;
}

Expected<PathwayContent> ReferralPathway::select(DirectoryReader& reader, const QStringList& municipalities,
                                                 const QStringList& categories, const QStringList& languages)
{
    const Expected<QList<Match>> matches = match(reader, municipalities, categories, languages);
    if (!matches)
        return matches.error();
    PathwayContent content;
    content.municipalities = municipalities;
    Expected<DirectoryStatus> status = reader.status();
    if (!status)
        return status.error();
    content.directory = *status;
    for (const Match& m : *matches) {
        PathwaySection section{m.category.code, m.category.name, {}};
        for (const QString& id : m.serviceIds) {
            Expected<ServiceDetails> details = reader.details(id, languages);
            if (!details)
                return details.error();
            section.services << std::move(details).value();
        }
        // Alphabetical within a category: a booklet is looked up by name, not by search rank.
        std::sort(section.services.begin(), section.services.end(), [](const ServiceDetails& a, const ServiceDetails& b) {
            return QString::localeAwareCompare(a.record.summary.name.text, b.record.summary.name.text) < 0;
        });
        content.sections << section;
    }
    return content;
}

} // namespace pathways::api
